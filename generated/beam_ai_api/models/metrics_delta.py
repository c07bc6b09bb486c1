from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_MetricsDelta: tuple[str, ...] = ()
_KNOWN_MetricsDelta = frozenset(
    (
        "totalTasksDelta",
        "completedTasksDelta",
        "failedTasksDelta",
        "consentRequiredTasksDelta",
        "averageRuntimeSecondsDelta",
        "totalRuntimeSecondsDelta",
        "averageEvaluationScoreDelta",
    )
)
_FIELDS_MetricsDelta: tuple[str, ...] = (
    "total_tasks_delta",
    "completed_tasks_delta",
    "failed_tasks_delta",
    "consent_required_tasks_delta",
    "average_runtime_seconds_delta",
    "total_runtime_seconds_delta",
    "average_evaluation_score_delta",
)


@_attrs_define(repr=False)
class MetricsDelta:
    """Percentage change vs the previous period of equal length

    Attributes:
        total_tasks_delta (str | None):
        completed_tasks_delta (str | None):
        failed_tasks_delta (str | None):
        consent_required_tasks_delta (str | None):
        average_runtime_seconds_delta (str | None):
        total_runtime_seconds_delta (str | None):
        average_evaluation_score_delta (str | None):
    """

    total_tasks_delta: str | None = None
    completed_tasks_delta: str | None = None
    failed_tasks_delta: str | None = None
    consent_required_tasks_delta: str | None = None
    average_runtime_seconds_delta: str | None = None
    total_runtime_seconds_delta: str | None = None
    average_evaluation_score_delta: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_MetricsDelta)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.total_tasks_delta
        if value is not None:
            field_dict["totalTasksDelta"] = value
        value = self.completed_tasks_delta
        if value is not None:
            field_dict["completedTasksDelta"] = value
        value = self.failed_tasks_delta
        if value is not None:
            field_dict["failedTasksDelta"] = value
        value = self.consent_required_tasks_delta
        if value is not None:
            field_dict["consentRequiredTasksDelta"] = value
        value = self.average_runtime_seconds_delta
        if value is not None:
            field_dict["averageRuntimeSecondsDelta"] = value
        value = self.total_runtime_seconds_delta
        if value is not None:
            field_dict["totalRuntimeSecondsDelta"] = value
        value = self.average_evaluation_score_delta
        if value is not None:
            field_dict["averageEvaluationScoreDelta"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.total_tasks_delta = get("totalTasksDelta")
        self.completed_tasks_delta = get("completedTasksDelta")
        self.failed_tasks_delta = get("failedTasksDelta")
        self.consent_required_tasks_delta = get("consentRequiredTasksDelta")
        self.average_runtime_seconds_delta = get("averageRuntimeSecondsDelta")
        self.total_runtime_seconds_delta = get("totalRuntimeSecondsDelta")
        self.average_evaluation_score_delta = get("averageEvaluationScoreDelta")
        if not _KNOWN_MetricsDelta.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_MetricsDelta}
        else:
            self.additional_properties = {}
        return self

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
