from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.node_configurations import NodeConfigurations
    from ..models.tool_configuration_input import ToolConfigurationInput


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentGraphNodeInput: tuple[str, ...] = ()
_KNOWN_AgentGraphNodeInput = frozenset(
    (
        "id",
        "customId",
        "objective",
        "evaluationCriteria",
        "isAttachmentDataPulledIn",
        "isEntryNode",
        "isExitNode",
        "xCoordinate",
        "yCoordinate",
        "onError",
        "isEvaluationEnabled",
        "autoRetryWhenAccuracyLessThan",
        "autoRetryLimitWhenAccuracyIsLow",
        "enableAutoRetryWhenAccuracyIsLow",
        "enableAutoRetryWhenFailure",
        "autoRetryCountWhenFailure",
        "autoRetryWaitTimeWhenFailureInMs",
        "autoRetryDescription",
        "enableAutoRetryDescription",
        "nodeType",
        "nodeConfigurations",
        "toolConfiguration",
    )
)
_FIELDS_AgentGraphNodeInput: tuple[str, ...] = (
    "id",
    "custom_id",
    "objective",
    "evaluation_criteria",
    "is_attachment_data_pulled_in",
    "is_entry_node",
    "is_exit_node",
    "x_coordinate",
    "y_coordinate",
    "on_error",
    "is_evaluation_enabled",
    "auto_retry_when_accuracy_less_than",
    "auto_retry_limit_when_accuracy_is_low",
    "enable_auto_retry_when_accuracy_is_low",
    "enable_auto_retry_when_failure",
    "auto_retry_count_when_failure",
    "auto_retry_wait_time_when_failure_in_ms",
    "auto_retry_description",
    "enable_auto_retry_description",
    "node_type",
    "node_configurations",
    "tool_configuration",
)


@_attrs_define(repr=False)
class AgentGraphNodeInput:
    """
    Attributes:
        id (str | None):
        custom_id (str | None):
        objective (str | None):
        evaluation_criteria (list[str] | None):
        is_attachment_data_pulled_in (bool | None):
        is_entry_node (bool | None):
        is_exit_node (bool | None):
        x_coordinate (float | None):
        y_coordinate (float | None):
        on_error (str | None):
        is_evaluation_enabled (bool | None):
        auto_retry_when_accuracy_less_than (float | None):
        auto_retry_limit_when_accuracy_is_low (int | None):
        enable_auto_retry_when_accuracy_is_low (bool | None):
        enable_auto_retry_when_failure (bool | None):
        auto_retry_count_when_failure (int | None):
        auto_retry_wait_time_when_failure_in_ms (int | None):
        auto_retry_description (str | None | Unset): None sends JSON null; left out of the body unless given.
        enable_auto_retry_description (bool | None):
        node_type (str | None): One of executionNode, conditionNode, waitingNode, entryNode, exitNode.
        node_configurations (NodeConfigurations | None):
        tool_configuration (ToolConfigurationInput | None):
    """

    id: str | None = None
    custom_id: str | None = None
    objective: str | None = None
    evaluation_criteria: list[str] | None = None
    is_attachment_data_pulled_in: bool | None = None
    is_entry_node: bool | None = None
    is_exit_node: bool | None = None
    x_coordinate: float | None = None
    y_coordinate: float | None = None
    on_error: str | None = None
    is_evaluation_enabled: bool | None = None
    auto_retry_when_accuracy_less_than: float | None = None
    auto_retry_limit_when_accuracy_is_low: int | None = None
    enable_auto_retry_when_accuracy_is_low: bool | None = None
    enable_auto_retry_when_failure: bool | None = None
    auto_retry_count_when_failure: int | None = None
    auto_retry_wait_time_when_failure_in_ms: int | None = None
    auto_retry_description: str | None | Unset = UNSET
    enable_auto_retry_description: bool | None = None
    node_type: str | None = None
    node_configurations: NodeConfigurations | None = None
    tool_configuration: ToolConfigurationInput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentGraphNodeInput)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.objective
        if value is not None:
            field_dict["objective"] = value
        value = self.evaluation_criteria
        if value is not None:
            field_dict["evaluationCriteria"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.is_entry_node
        if value is not None:
            field_dict["isEntryNode"] = value
        value = self.is_exit_node
        if value is not None:
            field_dict["isExitNode"] = value
        value = self.x_coordinate
        if value is not None:
            field_dict["xCoordinate"] = value
        value = self.y_coordinate
        if value is not None:
            field_dict["yCoordinate"] = value
        value = self.on_error
        if value is not None:
            field_dict["onError"] = value
        value = self.is_evaluation_enabled
        if value is not None:
            field_dict["isEvaluationEnabled"] = value
        value = self.auto_retry_when_accuracy_less_than
        if value is not None:
            field_dict["autoRetryWhenAccuracyLessThan"] = value
        value = self.auto_retry_limit_when_accuracy_is_low
        if value is not None:
            field_dict["autoRetryLimitWhenAccuracyIsLow"] = value
        value = self.enable_auto_retry_when_accuracy_is_low
        if value is not None:
            field_dict["enableAutoRetryWhenAccuracyIsLow"] = value
        value = self.enable_auto_retry_when_failure
        if value is not None:
            field_dict["enableAutoRetryWhenFailure"] = value
        value = self.auto_retry_count_when_failure
        if value is not None:
            field_dict["autoRetryCountWhenFailure"] = value
        value = self.auto_retry_wait_time_when_failure_in_ms
        if value is not None:
            field_dict["autoRetryWaitTimeWhenFailureInMs"] = value
        value = self.auto_retry_description
        if value is not UNSET:
            field_dict["autoRetryDescription"] = value
        value = self.enable_auto_retry_description
        if value is not None:
            field_dict["enableAutoRetryDescription"] = value
        value = self.node_type
        if value is not None:
            field_dict["nodeType"] = value
        value = self.node_configurations
        if value is not None:
            field_dict["nodeConfigurations"] = value.to_dict()
        value = self.tool_configuration
        if value is not None:
            field_dict["toolConfiguration"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.id = get("id")
        self.custom_id = get("customId")
        self.objective = get("objective")
        self.evaluation_criteria = get("evaluationCriteria")
        self.is_attachment_data_pulled_in = get("isAttachmentDataPulledIn")
        self.is_entry_node = get("isEntryNode")
        self.is_exit_node = get("isExitNode")
        self.x_coordinate = get("xCoordinate")
        self.y_coordinate = get("yCoordinate")
        self.on_error = get("onError")
        self.is_evaluation_enabled = get("isEvaluationEnabled")
        self.auto_retry_when_accuracy_less_than = get("autoRetryWhenAccuracyLessThan")
        self.auto_retry_limit_when_accuracy_is_low = get("autoRetryLimitWhenAccuracyIsLow")
        self.enable_auto_retry_when_accuracy_is_low = get("enableAutoRetryWhenAccuracyIsLow")
        self.enable_auto_retry_when_failure = get("enableAutoRetryWhenFailure")
        self.auto_retry_count_when_failure = get("autoRetryCountWhenFailure")
        self.auto_retry_wait_time_when_failure_in_ms = get("autoRetryWaitTimeWhenFailureInMs")
        self.auto_retry_description = get("autoRetryDescription", UNSET)
        self.enable_auto_retry_description = get("enableAutoRetryDescription")
        self.node_type = get("nodeType")
        value = get("nodeConfigurations")
        self.node_configurations = None if value is None else _models.NodeConfigurations.from_dict(value)
        value = get("toolConfiguration")
        self.tool_configuration = None if value is None else _models.ToolConfigurationInput.from_dict(value)
        if not _KNOWN_AgentGraphNodeInput.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraphNodeInput
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
