from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_list,
    as_model,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.daily_task_metrics import DailyTaskMetrics
    from ..models.metrics_delta import MetricsDelta
    from ..models.period_metrics import PeriodMetrics


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_AgentAnalytics = frozenset(
    (
        "currentPeriod",
        "metricsDelta",
        "taskAndEvaluationChart",
    )
)
_FIELDS_AgentAnalytics: tuple[str, ...] = (
    "current_period",
    "metrics_delta",
    "task_and_evaluation_chart",
)


@_attrs_define(repr=False)
class AgentAnalytics(ResponseModel):
    """
    Attributes:
        current_period (PeriodMetrics | None):
        metrics_delta (MetricsDelta | None): Percentage change vs the previous period of equal length
        task_and_evaluation_chart (list[DailyTaskMetrics] | None): One element per day in range
    """

    current_period: PeriodMetrics | None = None
    metrics_delta: MetricsDelta | None = None
    task_and_evaluation_chart: list[DailyTaskMetrics] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentAnalytics)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.current_period
        if value is not None:
            field_dict["currentPeriod"] = value.to_dict()
        value = self.metrics_delta
        if value is not None:
            field_dict["metricsDelta"] = value.to_dict()
        value = self.task_and_evaluation_chart
        if value is not None:
            field_dict["taskAndEvaluationChart"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("currentPeriod")
            self.current_period = None if value is None else _models.PeriodMetrics.from_dict(value)
            value = src_dict.get("metricsDelta")
            self.metrics_delta = None if value is None else _models.MetricsDelta.from_dict(value)
            value = src_dict.get("taskAndEvaluationChart")
            self.task_and_evaluation_chart = (
                None if value is None else list(map(_models.DailyTaskMetrics.from_dict, value))
            )
            if not _KNOWN_AgentAnalytics.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentAnalytics
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentAnalytics, _KNOWN_AgentAnalytics)
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


_SPEC_AgentAnalytics: tuple[FieldSpec, ...] = (
    FieldSpec(
        "currentPeriod",
        "current_period",
        as_model("PeriodMetrics"),
        "PeriodMetrics",
        False,
        False,
        False,
        "PeriodMetrics",
    ),
    FieldSpec(
        "metricsDelta", "metrics_delta", as_model("MetricsDelta"), "MetricsDelta", False, False, False, "MetricsDelta"
    ),
    FieldSpec(
        "taskAndEvaluationChart",
        "task_and_evaluation_chart",
        as_list(as_model("DailyTaskMetrics")),
        "list[DailyTaskMetrics]",
        False,
        False,
        False,
        "DailyTaskMetrics",
    ),
)
