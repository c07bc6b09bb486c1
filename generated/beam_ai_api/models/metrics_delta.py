from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricsDelta")


@_attrs_define
class MetricsDelta:
    """Percentage change vs the previous period of equal length

    Attributes:
        total_tasks_delta (str | Unset):  Example: +15.5%.
        completed_tasks_delta (str | Unset):  Example: +15.5%.
        failed_tasks_delta (str | Unset):  Example: +15.5%.
        consent_required_tasks_delta (str | Unset):  Example: +15.5%.
        average_runtime_seconds_delta (str | Unset):  Example: +15.5%.
        total_runtime_seconds_delta (str | Unset):  Example: +15.5%.
        average_evaluation_score_delta (str | Unset):  Example: +15.5%.
    """

    total_tasks_delta: str | Unset = UNSET
    completed_tasks_delta: str | Unset = UNSET
    failed_tasks_delta: str | Unset = UNSET
    consent_required_tasks_delta: str | Unset = UNSET
    average_runtime_seconds_delta: str | Unset = UNSET
    total_runtime_seconds_delta: str | Unset = UNSET
    average_evaluation_score_delta: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tasks_delta = self.total_tasks_delta

        completed_tasks_delta = self.completed_tasks_delta

        failed_tasks_delta = self.failed_tasks_delta

        consent_required_tasks_delta = self.consent_required_tasks_delta

        average_runtime_seconds_delta = self.average_runtime_seconds_delta

        total_runtime_seconds_delta = self.total_runtime_seconds_delta

        average_evaluation_score_delta = self.average_evaluation_score_delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tasks_delta is not UNSET:
            field_dict["totalTasksDelta"] = total_tasks_delta
        if completed_tasks_delta is not UNSET:
            field_dict["completedTasksDelta"] = completed_tasks_delta
        if failed_tasks_delta is not UNSET:
            field_dict["failedTasksDelta"] = failed_tasks_delta
        if consent_required_tasks_delta is not UNSET:
            field_dict["consentRequiredTasksDelta"] = consent_required_tasks_delta
        if average_runtime_seconds_delta is not UNSET:
            field_dict["averageRuntimeSecondsDelta"] = average_runtime_seconds_delta
        if total_runtime_seconds_delta is not UNSET:
            field_dict["totalRuntimeSecondsDelta"] = total_runtime_seconds_delta
        if average_evaluation_score_delta is not UNSET:
            field_dict["averageEvaluationScoreDelta"] = average_evaluation_score_delta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_tasks_delta = d.pop("totalTasksDelta", UNSET)

        completed_tasks_delta = d.pop("completedTasksDelta", UNSET)

        failed_tasks_delta = d.pop("failedTasksDelta", UNSET)

        consent_required_tasks_delta = d.pop("consentRequiredTasksDelta", UNSET)

        average_runtime_seconds_delta = d.pop("averageRuntimeSecondsDelta", UNSET)

        total_runtime_seconds_delta = d.pop("totalRuntimeSecondsDelta", UNSET)

        average_evaluation_score_delta = d.pop("averageEvaluationScoreDelta", UNSET)

        metrics_delta = cls(
            total_tasks_delta=total_tasks_delta,
            completed_tasks_delta=completed_tasks_delta,
            failed_tasks_delta=failed_tasks_delta,
            consent_required_tasks_delta=consent_required_tasks_delta,
            average_runtime_seconds_delta=average_runtime_seconds_delta,
            total_runtime_seconds_delta=total_runtime_seconds_delta,
            average_evaluation_score_delta=average_evaluation_score_delta,
        )

        metrics_delta.additional_properties = d
        return metrics_delta

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
