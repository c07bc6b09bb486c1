from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_PeriodMetrics: tuple[str, ...] = ()
_KNOWN_PeriodMetrics = frozenset(
    (
        "totalTasks",
        "completedTasks",
        "failedTasks",
        "averageEvaluationScore",
        "averageRuntimeSeconds",
        "totalRuntimeSeconds",
        "positiveFeedbackCount",
        "consentRequiredCount",
        "negativeFeedbackCount",
    )
)
_FIELDS_PeriodMetrics: tuple[str, ...] = (
    "total_tasks",
    "completed_tasks",
    "failed_tasks",
    "average_evaluation_score",
    "average_runtime_seconds",
    "total_runtime_seconds",
    "positive_feedback_count",
    "consent_required_count",
    "negative_feedback_count",
)


@_attrs_define(repr=False)
class PeriodMetrics:
    """
    Attributes:
        total_tasks (int | None):
        completed_tasks (float | None):
        failed_tasks (float | None):
        average_evaluation_score (float | None):
        average_runtime_seconds (float | None):
        total_runtime_seconds (float | None):
        positive_feedback_count (int | None):
        consent_required_count (int | None):
        negative_feedback_count (int | None):
    """

    total_tasks: int | None = None
    completed_tasks: float | None = None
    failed_tasks: float | None = None
    average_evaluation_score: float | None = None
    average_runtime_seconds: float | None = None
    total_runtime_seconds: float | None = None
    positive_feedback_count: int | None = None
    consent_required_count: int | None = None
    negative_feedback_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_PeriodMetrics)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.total_tasks
        if value is not None:
            field_dict["totalTasks"] = value
        value = self.completed_tasks
        if value is not None:
            field_dict["completedTasks"] = value
        value = self.failed_tasks
        if value is not None:
            field_dict["failedTasks"] = value
        value = self.average_evaluation_score
        if value is not None:
            field_dict["averageEvaluationScore"] = value
        value = self.average_runtime_seconds
        if value is not None:
            field_dict["averageRuntimeSeconds"] = value
        value = self.total_runtime_seconds
        if value is not None:
            field_dict["totalRuntimeSeconds"] = value
        value = self.positive_feedback_count
        if value is not None:
            field_dict["positiveFeedbackCount"] = value
        value = self.consent_required_count
        if value is not None:
            field_dict["consentRequiredCount"] = value
        value = self.negative_feedback_count
        if value is not None:
            field_dict["negativeFeedbackCount"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.total_tasks = get("totalTasks")
        self.completed_tasks = get("completedTasks")
        self.failed_tasks = get("failedTasks")
        self.average_evaluation_score = get("averageEvaluationScore")
        self.average_runtime_seconds = get("averageRuntimeSeconds")
        self.total_runtime_seconds = get("totalRuntimeSeconds")
        self.positive_feedback_count = get("positiveFeedbackCount")
        self.consent_required_count = get("consentRequiredCount")
        self.negative_feedback_count = get("negativeFeedbackCount")
        if not _KNOWN_PeriodMetrics.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_PeriodMetrics
            }
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
