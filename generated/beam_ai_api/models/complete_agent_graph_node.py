from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_agent_graph_edge import CompleteAgentGraphEdge
    from ..models.complete_tool_configuration import CompleteToolConfiguration


T = TypeVar("T", bound="CompleteAgentGraphNode")


@_attrs_define
class CompleteAgentGraphNode:
    """
    Attributes:
        id (str | Unset):
        objective (str | Unset):
        evaluation_criteria (list[str] | Unset):
        is_entry_node (bool | Unset):
        is_exit_node (bool | Unset):
        x_coordinate (float | Unset):
        y_coordinate (float | Unset):
        is_evaluation_enabled (bool | Unset):
        is_attachment_data_pulled_in (bool | Unset):
        on_error (str | Unset): third-party: STOP | CONTINUE Example: STOP.
        auto_retry_when_accuracy_less_than (float | Unset): third-party: values below 50 rejected with 400 Example: 80.
        auto_retry_limit_when_accuracy_is_low (int | Unset):  Example: 1.
        auto_retry_count_when_failure (int | Unset):  Example: 1.
        auto_retry_wait_time_when_failure_in_ms (int | Unset):  Example: 1000.
        enable_auto_retry_when_accuracy_is_low (bool | Unset):
        enable_auto_retry_when_failure (bool | Unset):
        child_edges (list[CompleteAgentGraphEdge] | Unset):
        parent_edges (list[CompleteAgentGraphEdge] | Unset):
        tool_configuration (CompleteToolConfiguration | Unset): third-party: toolFunctionName is the only required field
    """

    id: str | Unset = UNSET
    objective: str | Unset = UNSET
    evaluation_criteria: list[str] | Unset = UNSET
    is_entry_node: bool | Unset = UNSET
    is_exit_node: bool | Unset = UNSET
    x_coordinate: float | Unset = UNSET
    y_coordinate: float | Unset = UNSET
    is_evaluation_enabled: bool | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    on_error: str | Unset = UNSET
    auto_retry_when_accuracy_less_than: float | Unset = UNSET
    auto_retry_limit_when_accuracy_is_low: int | Unset = UNSET
    auto_retry_count_when_failure: int | Unset = UNSET
    auto_retry_wait_time_when_failure_in_ms: int | Unset = UNSET
    enable_auto_retry_when_accuracy_is_low: bool | Unset = UNSET
    enable_auto_retry_when_failure: bool | Unset = UNSET
    child_edges: list[CompleteAgentGraphEdge] | Unset = UNSET
    parent_edges: list[CompleteAgentGraphEdge] | Unset = UNSET
    tool_configuration: CompleteToolConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        objective = self.objective

        evaluation_criteria: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = self.evaluation_criteria

        is_entry_node = self.is_entry_node

        is_exit_node = self.is_exit_node

        x_coordinate = self.x_coordinate

        y_coordinate = self.y_coordinate

        is_evaluation_enabled = self.is_evaluation_enabled

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        on_error = self.on_error

        auto_retry_when_accuracy_less_than = self.auto_retry_when_accuracy_less_than

        auto_retry_limit_when_accuracy_is_low = self.auto_retry_limit_when_accuracy_is_low

        auto_retry_count_when_failure = self.auto_retry_count_when_failure

        auto_retry_wait_time_when_failure_in_ms = self.auto_retry_wait_time_when_failure_in_ms

        enable_auto_retry_when_accuracy_is_low = self.enable_auto_retry_when_accuracy_is_low

        enable_auto_retry_when_failure = self.enable_auto_retry_when_failure

        child_edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_edges, Unset):
            child_edges = []
            for child_edges_item_data in self.child_edges:
                child_edges_item = child_edges_item_data.to_dict()
                child_edges.append(child_edges_item)

        parent_edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parent_edges, Unset):
            parent_edges = []
            for parent_edges_item_data in self.parent_edges:
                parent_edges_item = parent_edges_item_data.to_dict()
                parent_edges.append(parent_edges_item)

        tool_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_configuration, Unset):
            tool_configuration = self.tool_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if objective is not UNSET:
            field_dict["objective"] = objective
        if evaluation_criteria is not UNSET:
            field_dict["evaluationCriteria"] = evaluation_criteria
        if is_entry_node is not UNSET:
            field_dict["isEntryNode"] = is_entry_node
        if is_exit_node is not UNSET:
            field_dict["isExitNode"] = is_exit_node
        if x_coordinate is not UNSET:
            field_dict["xCoordinate"] = x_coordinate
        if y_coordinate is not UNSET:
            field_dict["yCoordinate"] = y_coordinate
        if is_evaluation_enabled is not UNSET:
            field_dict["isEvaluationEnabled"] = is_evaluation_enabled
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if on_error is not UNSET:
            field_dict["onError"] = on_error
        if auto_retry_when_accuracy_less_than is not UNSET:
            field_dict["autoRetryWhenAccuracyLessThan"] = auto_retry_when_accuracy_less_than
        if auto_retry_limit_when_accuracy_is_low is not UNSET:
            field_dict["autoRetryLimitWhenAccuracyIsLow"] = auto_retry_limit_when_accuracy_is_low
        if auto_retry_count_when_failure is not UNSET:
            field_dict["autoRetryCountWhenFailure"] = auto_retry_count_when_failure
        if auto_retry_wait_time_when_failure_in_ms is not UNSET:
            field_dict["autoRetryWaitTimeWhenFailureInMs"] = auto_retry_wait_time_when_failure_in_ms
        if enable_auto_retry_when_accuracy_is_low is not UNSET:
            field_dict["enableAutoRetryWhenAccuracyIsLow"] = enable_auto_retry_when_accuracy_is_low
        if enable_auto_retry_when_failure is not UNSET:
            field_dict["enableAutoRetryWhenFailure"] = enable_auto_retry_when_failure
        if child_edges is not UNSET:
            field_dict["childEdges"] = child_edges
        if parent_edges is not UNSET:
            field_dict["parentEdges"] = parent_edges
        if tool_configuration is not UNSET:
            field_dict["toolConfiguration"] = tool_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complete_agent_graph_edge import CompleteAgentGraphEdge
        from ..models.complete_tool_configuration import CompleteToolConfiguration

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        objective = d.pop("objective", UNSET)

        evaluation_criteria = cast(list[str], d.pop("evaluationCriteria", UNSET))

        is_entry_node = d.pop("isEntryNode", UNSET)

        is_exit_node = d.pop("isExitNode", UNSET)

        x_coordinate = d.pop("xCoordinate", UNSET)

        y_coordinate = d.pop("yCoordinate", UNSET)

        is_evaluation_enabled = d.pop("isEvaluationEnabled", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        on_error = d.pop("onError", UNSET)

        auto_retry_when_accuracy_less_than = d.pop("autoRetryWhenAccuracyLessThan", UNSET)

        auto_retry_limit_when_accuracy_is_low = d.pop("autoRetryLimitWhenAccuracyIsLow", UNSET)

        auto_retry_count_when_failure = d.pop("autoRetryCountWhenFailure", UNSET)

        auto_retry_wait_time_when_failure_in_ms = d.pop("autoRetryWaitTimeWhenFailureInMs", UNSET)

        enable_auto_retry_when_accuracy_is_low = d.pop("enableAutoRetryWhenAccuracyIsLow", UNSET)

        enable_auto_retry_when_failure = d.pop("enableAutoRetryWhenFailure", UNSET)

        _child_edges = d.pop("childEdges", UNSET)
        child_edges: list[CompleteAgentGraphEdge] | Unset = UNSET
        if _child_edges is not UNSET:
            child_edges = []
            for child_edges_item_data in _child_edges:
                child_edges_item = CompleteAgentGraphEdge.from_dict(child_edges_item_data)

                child_edges.append(child_edges_item)

        _parent_edges = d.pop("parentEdges", UNSET)
        parent_edges: list[CompleteAgentGraphEdge] | Unset = UNSET
        if _parent_edges is not UNSET:
            parent_edges = []
            for parent_edges_item_data in _parent_edges:
                parent_edges_item = CompleteAgentGraphEdge.from_dict(parent_edges_item_data)

                parent_edges.append(parent_edges_item)

        _tool_configuration = d.pop("toolConfiguration", UNSET)
        tool_configuration: CompleteToolConfiguration | Unset
        if isinstance(_tool_configuration, Unset):
            tool_configuration = UNSET
        else:
            tool_configuration = CompleteToolConfiguration.from_dict(_tool_configuration)

        complete_agent_graph_node = cls(
            id=id,
            objective=objective,
            evaluation_criteria=evaluation_criteria,
            is_entry_node=is_entry_node,
            is_exit_node=is_exit_node,
            x_coordinate=x_coordinate,
            y_coordinate=y_coordinate,
            is_evaluation_enabled=is_evaluation_enabled,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            on_error=on_error,
            auto_retry_when_accuracy_less_than=auto_retry_when_accuracy_less_than,
            auto_retry_limit_when_accuracy_is_low=auto_retry_limit_when_accuracy_is_low,
            auto_retry_count_when_failure=auto_retry_count_when_failure,
            auto_retry_wait_time_when_failure_in_ms=auto_retry_wait_time_when_failure_in_ms,
            enable_auto_retry_when_accuracy_is_low=enable_auto_retry_when_accuracy_is_low,
            enable_auto_retry_when_failure=enable_auto_retry_when_failure,
            child_edges=child_edges,
            parent_edges=parent_edges,
            tool_configuration=tool_configuration,
        )

        complete_agent_graph_node.additional_properties = d
        return complete_agent_graph_node

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
