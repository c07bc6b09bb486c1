from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_int,
    as_number,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class PeriodMetrics(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("totalTasks")
            if value.__class__ is not int and value is not None:
                raise TypeError("totalTasks")
            self.total_tasks = value
            value = src_dict.get("completedTasks")
            if value.__class__ not in NUMBER_N:
                raise TypeError("completedTasks")
            self.completed_tasks = value
            value = src_dict.get("failedTasks")
            if value.__class__ not in NUMBER_N:
                raise TypeError("failedTasks")
            self.failed_tasks = value
            value = src_dict.get("averageEvaluationScore")
            if value.__class__ not in NUMBER_N:
                raise TypeError("averageEvaluationScore")
            self.average_evaluation_score = value
            value = src_dict.get("averageRuntimeSeconds")
            if value.__class__ not in NUMBER_N:
                raise TypeError("averageRuntimeSeconds")
            self.average_runtime_seconds = value
            value = src_dict.get("totalRuntimeSeconds")
            if value.__class__ not in NUMBER_N:
                raise TypeError("totalRuntimeSeconds")
            self.total_runtime_seconds = value
            value = src_dict.get("positiveFeedbackCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("positiveFeedbackCount")
            self.positive_feedback_count = value
            value = src_dict.get("consentRequiredCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("consentRequiredCount")
            self.consent_required_count = value
            value = src_dict.get("negativeFeedbackCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("negativeFeedbackCount")
            self.negative_feedback_count = value
            if not _KNOWN_PeriodMetrics.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_PeriodMetrics
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_PeriodMetrics, _KNOWN_PeriodMetrics)
        return parsed

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


_SPEC_PeriodMetrics: tuple[FieldSpec, ...] = (
    FieldSpec("totalTasks", "total_tasks", as_int, "int", False, False, False, ""),
    FieldSpec("completedTasks", "completed_tasks", as_number, "float", False, False, False, ""),
    FieldSpec("failedTasks", "failed_tasks", as_number, "float", False, False, False, ""),
    FieldSpec("averageEvaluationScore", "average_evaluation_score", as_number, "float", False, False, False, ""),
    FieldSpec("averageRuntimeSeconds", "average_runtime_seconds", as_number, "float", False, False, False, ""),
    FieldSpec("totalRuntimeSeconds", "total_runtime_seconds", as_number, "float", False, False, False, ""),
    FieldSpec("positiveFeedbackCount", "positive_feedback_count", as_int, "int", False, False, False, ""),
    FieldSpec("consentRequiredCount", "consent_required_count", as_int, "int", False, False, False, ""),
    FieldSpec("negativeFeedbackCount", "negative_feedback_count", as_int, "int", False, False, False, ""),
)
