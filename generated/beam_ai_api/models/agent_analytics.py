from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_task_metrics import DailyTaskMetrics
    from ..models.metrics_delta import MetricsDelta
    from ..models.period_metrics import PeriodMetrics


T = TypeVar("T", bound="AgentAnalytics")


@_attrs_define
class AgentAnalytics:
    """
    Attributes:
        current_period (PeriodMetrics | Unset):
        metrics_delta (MetricsDelta | Unset): Percentage change vs the previous period of equal length
        task_and_evaluation_chart (list[DailyTaskMetrics] | Unset): One element per day in range
    """

    current_period: PeriodMetrics | Unset = UNSET
    metrics_delta: MetricsDelta | Unset = UNSET
    task_and_evaluation_chart: list[DailyTaskMetrics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_period, Unset):
            current_period = self.current_period.to_dict()

        metrics_delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_delta, Unset):
            metrics_delta = self.metrics_delta.to_dict()

        task_and_evaluation_chart: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_and_evaluation_chart, Unset):
            task_and_evaluation_chart = []
            for task_and_evaluation_chart_item_data in self.task_and_evaluation_chart:
                task_and_evaluation_chart_item = task_and_evaluation_chart_item_data.to_dict()
                task_and_evaluation_chart.append(task_and_evaluation_chart_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_period is not UNSET:
            field_dict["currentPeriod"] = current_period
        if metrics_delta is not UNSET:
            field_dict["metricsDelta"] = metrics_delta
        if task_and_evaluation_chart is not UNSET:
            field_dict["taskAndEvaluationChart"] = task_and_evaluation_chart

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.daily_task_metrics import DailyTaskMetrics
        from ..models.metrics_delta import MetricsDelta
        from ..models.period_metrics import PeriodMetrics

        d = dict(src_dict)
        _current_period = d.pop("currentPeriod", UNSET)
        current_period: PeriodMetrics | Unset
        if isinstance(_current_period, Unset):
            current_period = UNSET
        else:
            current_period = PeriodMetrics.from_dict(_current_period)

        _metrics_delta = d.pop("metricsDelta", UNSET)
        metrics_delta: MetricsDelta | Unset
        if isinstance(_metrics_delta, Unset):
            metrics_delta = UNSET
        else:
            metrics_delta = MetricsDelta.from_dict(_metrics_delta)

        _task_and_evaluation_chart = d.pop("taskAndEvaluationChart", UNSET)
        task_and_evaluation_chart: list[DailyTaskMetrics] | Unset = UNSET
        if _task_and_evaluation_chart is not UNSET:
            task_and_evaluation_chart = []
            for task_and_evaluation_chart_item_data in _task_and_evaluation_chart:
                task_and_evaluation_chart_item = DailyTaskMetrics.from_dict(task_and_evaluation_chart_item_data)

                task_and_evaluation_chart.append(task_and_evaluation_chart_item)

        agent_analytics = cls(
            current_period=current_period,
            metrics_delta=metrics_delta,
            task_and_evaluation_chart=task_and_evaluation_chart,
        )

        agent_analytics.additional_properties = d
        return agent_analytics

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
