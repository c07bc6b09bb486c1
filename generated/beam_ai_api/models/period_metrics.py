from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodMetrics")


@_attrs_define
class PeriodMetrics:
    """
    Attributes:
        total_tasks (int | Unset):
        completed_tasks (float | Unset):
        failed_tasks (float | Unset):
        average_evaluation_score (float | Unset):
        average_runtime_seconds (float | Unset):
        total_runtime_seconds (float | Unset):
        positive_feedback_count (int | Unset):
        consent_required_count (int | Unset):
        negative_feedback_count (int | Unset):
    """

    total_tasks: int | Unset = UNSET
    completed_tasks: float | Unset = UNSET
    failed_tasks: float | Unset = UNSET
    average_evaluation_score: float | Unset = UNSET
    average_runtime_seconds: float | Unset = UNSET
    total_runtime_seconds: float | Unset = UNSET
    positive_feedback_count: int | Unset = UNSET
    consent_required_count: int | Unset = UNSET
    negative_feedback_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tasks = self.total_tasks

        completed_tasks = self.completed_tasks

        failed_tasks = self.failed_tasks

        average_evaluation_score = self.average_evaluation_score

        average_runtime_seconds = self.average_runtime_seconds

        total_runtime_seconds = self.total_runtime_seconds

        positive_feedback_count = self.positive_feedback_count

        consent_required_count = self.consent_required_count

        negative_feedback_count = self.negative_feedback_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tasks is not UNSET:
            field_dict["totalTasks"] = total_tasks
        if completed_tasks is not UNSET:
            field_dict["completedTasks"] = completed_tasks
        if failed_tasks is not UNSET:
            field_dict["failedTasks"] = failed_tasks
        if average_evaluation_score is not UNSET:
            field_dict["averageEvaluationScore"] = average_evaluation_score
        if average_runtime_seconds is not UNSET:
            field_dict["averageRuntimeSeconds"] = average_runtime_seconds
        if total_runtime_seconds is not UNSET:
            field_dict["totalRuntimeSeconds"] = total_runtime_seconds
        if positive_feedback_count is not UNSET:
            field_dict["positiveFeedbackCount"] = positive_feedback_count
        if consent_required_count is not UNSET:
            field_dict["consentRequiredCount"] = consent_required_count
        if negative_feedback_count is not UNSET:
            field_dict["negativeFeedbackCount"] = negative_feedback_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_tasks = d.pop("totalTasks", UNSET)

        completed_tasks = d.pop("completedTasks", UNSET)

        failed_tasks = d.pop("failedTasks", UNSET)

        average_evaluation_score = d.pop("averageEvaluationScore", UNSET)

        average_runtime_seconds = d.pop("averageRuntimeSeconds", UNSET)

        total_runtime_seconds = d.pop("totalRuntimeSeconds", UNSET)

        positive_feedback_count = d.pop("positiveFeedbackCount", UNSET)

        consent_required_count = d.pop("consentRequiredCount", UNSET)

        negative_feedback_count = d.pop("negativeFeedbackCount", UNSET)

        period_metrics = cls(
            total_tasks=total_tasks,
            completed_tasks=completed_tasks,
            failed_tasks=failed_tasks,
            average_evaluation_score=average_evaluation_score,
            average_runtime_seconds=average_runtime_seconds,
            total_runtime_seconds=total_runtime_seconds,
            positive_feedback_count=positive_feedback_count,
            consent_required_count=consent_required_count,
            negative_feedback_count=negative_feedback_count,
        )

        period_metrics.additional_properties = d
        return period_metrics

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
