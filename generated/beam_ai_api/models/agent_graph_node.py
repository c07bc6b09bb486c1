from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_configuration import ToolConfiguration


T = TypeVar("T", bound="AgentGraphNode")


@_attrs_define
class AgentGraphNode:
    """
    Attributes:
        id (str | Unset):
        custom_id (str | Unset):
        objective (str | Unset):
        evaluation_criteria (list[str] | Unset):
        is_entry_node (bool | Unset):
        is_exit_node (bool | Unset):
        is_evaluation_enabled (bool | Unset):
        auto_retry_when_accuracy_less_than (float | Unset):
        auto_retry_limit_when_accuracy_is_low (int | Unset):
        enable_auto_retry_when_accuracy_is_low (bool | Unset):
        enable_auto_retry_when_failure (bool | Unset):
        auto_retry_description (None | str | Unset):
        enable_auto_retry_description (bool | Unset):
        auto_retry_count_when_failure (int | Unset):
        auto_retry_wait_time_when_failure_in_ms (int | Unset):
        is_attachment_data_pulled_in (bool | Unset):
        is_edited (bool | Unset):
        created_at (datetime.datetime | Unset):
        tool_configuration (ToolConfiguration | Unset):
        x_coordinate (float | Unset):
        y_coordinate (float | Unset):
        child_edges (list[Any] | Unset):
        parent_edges (list[Any] | Unset):
    """

    id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    objective: str | Unset = UNSET
    evaluation_criteria: list[str] | Unset = UNSET
    is_entry_node: bool | Unset = UNSET
    is_exit_node: bool | Unset = UNSET
    is_evaluation_enabled: bool | Unset = UNSET
    auto_retry_when_accuracy_less_than: float | Unset = UNSET
    auto_retry_limit_when_accuracy_is_low: int | Unset = UNSET
    enable_auto_retry_when_accuracy_is_low: bool | Unset = UNSET
    enable_auto_retry_when_failure: bool | Unset = UNSET
    auto_retry_description: None | str | Unset = UNSET
    enable_auto_retry_description: bool | Unset = UNSET
    auto_retry_count_when_failure: int | Unset = UNSET
    auto_retry_wait_time_when_failure_in_ms: int | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    is_edited: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    tool_configuration: ToolConfiguration | Unset = UNSET
    x_coordinate: float | Unset = UNSET
    y_coordinate: float | Unset = UNSET
    child_edges: list[Any] | Unset = UNSET
    parent_edges: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_id = self.custom_id

        objective = self.objective

        evaluation_criteria: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = self.evaluation_criteria

        is_entry_node = self.is_entry_node

        is_exit_node = self.is_exit_node

        is_evaluation_enabled = self.is_evaluation_enabled

        auto_retry_when_accuracy_less_than = self.auto_retry_when_accuracy_less_than

        auto_retry_limit_when_accuracy_is_low = self.auto_retry_limit_when_accuracy_is_low

        enable_auto_retry_when_accuracy_is_low = self.enable_auto_retry_when_accuracy_is_low

        enable_auto_retry_when_failure = self.enable_auto_retry_when_failure

        auto_retry_description: None | str | Unset
        if isinstance(self.auto_retry_description, Unset):
            auto_retry_description = UNSET
        else:
            auto_retry_description = self.auto_retry_description

        enable_auto_retry_description = self.enable_auto_retry_description

        auto_retry_count_when_failure = self.auto_retry_count_when_failure

        auto_retry_wait_time_when_failure_in_ms = self.auto_retry_wait_time_when_failure_in_ms

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        is_edited = self.is_edited

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        tool_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_configuration, Unset):
            tool_configuration = self.tool_configuration.to_dict()

        x_coordinate = self.x_coordinate

        y_coordinate = self.y_coordinate

        child_edges: list[Any] | Unset = UNSET
        if not isinstance(self.child_edges, Unset):
            child_edges = self.child_edges

        parent_edges: list[Any] | Unset = UNSET
        if not isinstance(self.parent_edges, Unset):
            parent_edges = self.parent_edges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if objective is not UNSET:
            field_dict["objective"] = objective
        if evaluation_criteria is not UNSET:
            field_dict["evaluationCriteria"] = evaluation_criteria
        if is_entry_node is not UNSET:
            field_dict["isEntryNode"] = is_entry_node
        if is_exit_node is not UNSET:
            field_dict["isExitNode"] = is_exit_node
        if is_evaluation_enabled is not UNSET:
            field_dict["isEvaluationEnabled"] = is_evaluation_enabled
        if auto_retry_when_accuracy_less_than is not UNSET:
            field_dict["autoRetryWhenAccuracyLessThan"] = auto_retry_when_accuracy_less_than
        if auto_retry_limit_when_accuracy_is_low is not UNSET:
            field_dict["autoRetryLimitWhenAccuracyIsLow"] = auto_retry_limit_when_accuracy_is_low
        if enable_auto_retry_when_accuracy_is_low is not UNSET:
            field_dict["enableAutoRetryWhenAccuracyIsLow"] = enable_auto_retry_when_accuracy_is_low
        if enable_auto_retry_when_failure is not UNSET:
            field_dict["enableAutoRetryWhenFailure"] = enable_auto_retry_when_failure
        if auto_retry_description is not UNSET:
            field_dict["autoRetryDescription"] = auto_retry_description
        if enable_auto_retry_description is not UNSET:
            field_dict["enableAutoRetryDescription"] = enable_auto_retry_description
        if auto_retry_count_when_failure is not UNSET:
            field_dict["autoRetryCountWhenFailure"] = auto_retry_count_when_failure
        if auto_retry_wait_time_when_failure_in_ms is not UNSET:
            field_dict["autoRetryWaitTimeWhenFailureInMs"] = auto_retry_wait_time_when_failure_in_ms
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if tool_configuration is not UNSET:
            field_dict["toolConfiguration"] = tool_configuration
        if x_coordinate is not UNSET:
            field_dict["xCoordinate"] = x_coordinate
        if y_coordinate is not UNSET:
            field_dict["yCoordinate"] = y_coordinate
        if child_edges is not UNSET:
            field_dict["childEdges"] = child_edges
        if parent_edges is not UNSET:
            field_dict["parentEdges"] = parent_edges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_configuration import ToolConfiguration

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        custom_id = d.pop("customId", UNSET)

        objective = d.pop("objective", UNSET)

        evaluation_criteria = cast(list[str], d.pop("evaluationCriteria", UNSET))

        is_entry_node = d.pop("isEntryNode", UNSET)

        is_exit_node = d.pop("isExitNode", UNSET)

        is_evaluation_enabled = d.pop("isEvaluationEnabled", UNSET)

        auto_retry_when_accuracy_less_than = d.pop("autoRetryWhenAccuracyLessThan", UNSET)

        auto_retry_limit_when_accuracy_is_low = d.pop("autoRetryLimitWhenAccuracyIsLow", UNSET)

        enable_auto_retry_when_accuracy_is_low = d.pop("enableAutoRetryWhenAccuracyIsLow", UNSET)

        enable_auto_retry_when_failure = d.pop("enableAutoRetryWhenFailure", UNSET)

        def _parse_auto_retry_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_retry_description = _parse_auto_retry_description(d.pop("autoRetryDescription", UNSET))

        enable_auto_retry_description = d.pop("enableAutoRetryDescription", UNSET)

        auto_retry_count_when_failure = d.pop("autoRetryCountWhenFailure", UNSET)

        auto_retry_wait_time_when_failure_in_ms = d.pop("autoRetryWaitTimeWhenFailureInMs", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        is_edited = d.pop("isEdited", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _tool_configuration = d.pop("toolConfiguration", UNSET)
        tool_configuration: ToolConfiguration | Unset
        if isinstance(_tool_configuration, Unset):
            tool_configuration = UNSET
        else:
            tool_configuration = ToolConfiguration.from_dict(_tool_configuration)

        x_coordinate = d.pop("xCoordinate", UNSET)

        y_coordinate = d.pop("yCoordinate", UNSET)

        child_edges = cast(list[Any], d.pop("childEdges", UNSET))

        parent_edges = cast(list[Any], d.pop("parentEdges", UNSET))

        agent_graph_node = cls(
            id=id,
            custom_id=custom_id,
            objective=objective,
            evaluation_criteria=evaluation_criteria,
            is_entry_node=is_entry_node,
            is_exit_node=is_exit_node,
            is_evaluation_enabled=is_evaluation_enabled,
            auto_retry_when_accuracy_less_than=auto_retry_when_accuracy_less_than,
            auto_retry_limit_when_accuracy_is_low=auto_retry_limit_when_accuracy_is_low,
            enable_auto_retry_when_accuracy_is_low=enable_auto_retry_when_accuracy_is_low,
            enable_auto_retry_when_failure=enable_auto_retry_when_failure,
            auto_retry_description=auto_retry_description,
            enable_auto_retry_description=enable_auto_retry_description,
            auto_retry_count_when_failure=auto_retry_count_when_failure,
            auto_retry_wait_time_when_failure_in_ms=auto_retry_wait_time_when_failure_in_ms,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            is_edited=is_edited,
            created_at=created_at,
            tool_configuration=tool_configuration,
            x_coordinate=x_coordinate,
            y_coordinate=y_coordinate,
            child_edges=child_edges,
            parent_edges=parent_edges,
        )

        agent_graph_node.additional_properties = d
        return agent_graph_node

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
