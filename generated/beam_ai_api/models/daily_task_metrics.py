from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyTaskMetrics")


@_attrs_define
class DailyTaskMetrics:
    """
    Attributes:
        date (str | Unset):  Example: 2024-01-15.
        completed_count (int | Unset):
        failed_count (int | Unset):
        average_evaluation_score (float | Unset):
    """

    date: str | Unset = UNSET
    completed_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    average_evaluation_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        completed_count = self.completed_count

        failed_count = self.failed_count

        average_evaluation_score = self.average_evaluation_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if completed_count is not UNSET:
            field_dict["completedCount"] = completed_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count
        if average_evaluation_score is not UNSET:
            field_dict["averageEvaluationScore"] = average_evaluation_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        completed_count = d.pop("completedCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

        average_evaluation_score = d.pop("averageEvaluationScore", UNSET)

        daily_task_metrics = cls(
            date=date,
            completed_count=completed_count,
            failed_count=failed_count,
            average_evaluation_score=average_evaluation_score,
        )

        daily_task_metrics.additional_properties = d
        return daily_task_metrics

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
