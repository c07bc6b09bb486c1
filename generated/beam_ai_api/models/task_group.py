from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minimal_agent_task import MinimalAgentTask


T = TypeVar("T", bound="TaskGroup")


@_attrs_define
class TaskGroup:
    """
    Attributes:
        tasks (list[MinimalAgentTask] | Unset):
        group_name (str | Unset):  Example: Completed Tasks.
        group_id (str | Unset):  Example: completed.
        group_count (int | Unset):  Example: 25.
        group_icon (str | Unset):  Example: check-circle.
    """

    tasks: list[MinimalAgentTask] | Unset = UNSET
    group_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    group_count: int | Unset = UNSET
    group_icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        group_name = self.group_name

        group_id = self.group_id

        group_count = self.group_count

        group_icon = self.group_icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_count is not UNSET:
            field_dict["groupCount"] = group_count
        if group_icon is not UNSET:
            field_dict["groupIcon"] = group_icon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.minimal_agent_task import MinimalAgentTask

        d = dict(src_dict)
        _tasks = d.pop("tasks", UNSET)
        tasks: list[MinimalAgentTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = MinimalAgentTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        group_name = d.pop("groupName", UNSET)

        group_id = d.pop("groupId", UNSET)

        group_count = d.pop("groupCount", UNSET)

        group_icon = d.pop("groupIcon", UNSET)

        task_group = cls(
            tasks=tasks,
            group_name=group_name,
            group_id=group_id,
            group_count=group_count,
            group_icon=group_icon,
        )

        task_group.additional_properties = d
        return task_group

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
