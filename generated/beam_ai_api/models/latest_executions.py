from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sample_task import SampleTask


T = TypeVar("T", bound="LatestExecutions")


@_attrs_define
class LatestExecutions:
    """
    Attributes:
        tasks (list[Any]): Recent agent task executions
        sample_tasks (list[SampleTask]): Sample/template tasks for this agent
        total_count (int): Total executions across all pages Example: 100.
    """

    tasks: list[Any]
    sample_tasks: list[SampleTask]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks

        sample_tasks = []
        for sample_tasks_item_data in self.sample_tasks:
            sample_tasks_item = sample_tasks_item_data.to_dict()
            sample_tasks.append(sample_tasks_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
                "sampleTasks": sample_tasks,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sample_task import SampleTask

        d = dict(src_dict)
        tasks = cast(list[Any], d.pop("tasks"))

        sample_tasks = []
        _sample_tasks = d.pop("sampleTasks")
        for sample_tasks_item_data in _sample_tasks:
            sample_tasks_item = SampleTask.from_dict(sample_tasks_item_data)

            sample_tasks.append(sample_tasks_item)

        total_count = d.pop("totalCount")

        latest_executions = cls(
            tasks=tasks,
            sample_tasks=sample_tasks,
            total_count=total_count,
        )

        latest_executions.additional_properties = d
        return latest_executions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
