from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_list,
    as_model,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.node_condition_group import NodeConditionGroup


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_NodeConfigurations = frozenset(
    (
        "conditionType",
        "llmModel",
        "fallbackModels",
        "waitType",
        "timeToWaitValue",
        "timeToWaitUnit",
        "linkedAgentGraphNodeId",
        "rule",
        "conditions",
        "timeoutType",
        "timeoutValue",
        "timeoutUnit",
        "onTimeout",
    )
)
_FIELDS_NodeConfigurations: tuple[str, ...] = (
    "condition_type",
    "llm_model",
    "fallback_models",
    "wait_type",
    "time_to_wait_value",
    "time_to_wait_unit",
    "linked_agent_graph_node_id",
    "rule",
    "conditions",
    "timeout_type",
    "timeout_value",
    "timeout_unit",
    "on_timeout",
)


@_attrs_define(repr=False)
class NodeConfigurations(ResponseModel):
    """
    Attributes:
        condition_type (str | None):
        llm_model (str | None):
        fallback_models (str | None):
        wait_type (str | None):
        time_to_wait_value (float | None):
        time_to_wait_unit (str | None):
        linked_agent_graph_node_id (str | None):
        rule (str | None):
        conditions (list[NodeConditionGroup] | None):
        timeout_type (str | None):
        timeout_value (float | None):
        timeout_unit (str | None):
        on_timeout (str | None):
    """

    condition_type: str | None = None
    llm_model: str | None = None
    fallback_models: str | None = None
    wait_type: str | None = None
    time_to_wait_value: float | None = None
    time_to_wait_unit: str | None = None
    linked_agent_graph_node_id: str | None = None
    rule: str | None = None
    conditions: list[NodeConditionGroup] | None = None
    timeout_type: str | None = None
    timeout_value: float | None = None
    timeout_unit: str | None = None
    on_timeout: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_NodeConfigurations)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.condition_type
        if value is not None:
            field_dict["conditionType"] = value
        value = self.llm_model
        if value is not None:
            field_dict["llmModel"] = value
        value = self.fallback_models
        if value is not None:
            field_dict["fallbackModels"] = value
        value = self.wait_type
        if value is not None:
            field_dict["waitType"] = value
        value = self.time_to_wait_value
        if value is not None:
            field_dict["timeToWaitValue"] = value
        value = self.time_to_wait_unit
        if value is not None:
            field_dict["timeToWaitUnit"] = value
        value = self.linked_agent_graph_node_id
        if value is not None:
            field_dict["linkedAgentGraphNodeId"] = value
        value = self.rule
        if value is not None:
            field_dict["rule"] = value
        value = self.conditions
        if value is not None:
            field_dict["conditions"] = [value_item.to_dict() for value_item in value]
        value = self.timeout_type
        if value is not None:
            field_dict["timeoutType"] = value
        value = self.timeout_value
        if value is not None:
            field_dict["timeoutValue"] = value
        value = self.timeout_unit
        if value is not None:
            field_dict["timeoutUnit"] = value
        value = self.on_timeout
        if value is not None:
            field_dict["onTimeout"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("conditionType")
            if value.__class__ is not str and value is not None:
                raise TypeError("conditionType")
            self.condition_type = value
            value = src_dict.get("llmModel")
            if value.__class__ is not str and value is not None:
                raise TypeError("llmModel")
            self.llm_model = value
            value = src_dict.get("fallbackModels")
            if value.__class__ is not str and value is not None:
                raise TypeError("fallbackModels")
            self.fallback_models = value
            value = src_dict.get("waitType")
            if value.__class__ is not str and value is not None:
                raise TypeError("waitType")
            self.wait_type = value
            value = src_dict.get("timeToWaitValue")
            if value.__class__ not in NUMBER_N:
                raise TypeError("timeToWaitValue")
            self.time_to_wait_value = value
            value = src_dict.get("timeToWaitUnit")
            if value.__class__ is not str and value is not None:
                raise TypeError("timeToWaitUnit")
            self.time_to_wait_unit = value
            value = src_dict.get("linkedAgentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkedAgentGraphNodeId")
            self.linked_agent_graph_node_id = value
            value = src_dict.get("rule")
            if value.__class__ is not str and value is not None:
                raise TypeError("rule")
            self.rule = value
            value = src_dict.get("conditions")
            self.conditions = None if value is None else list(map(_models.NodeConditionGroup.from_dict, value))
            value = src_dict.get("timeoutType")
            if value.__class__ is not str and value is not None:
                raise TypeError("timeoutType")
            self.timeout_type = value
            value = src_dict.get("timeoutValue")
            if value.__class__ not in NUMBER_N:
                raise TypeError("timeoutValue")
            self.timeout_value = value
            value = src_dict.get("timeoutUnit")
            if value.__class__ is not str and value is not None:
                raise TypeError("timeoutUnit")
            self.timeout_unit = value
            value = src_dict.get("onTimeout")
            if value.__class__ is not str and value is not None:
                raise TypeError("onTimeout")
            self.on_timeout = value
            if not _KNOWN_NodeConfigurations.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_NodeConfigurations
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_NodeConfigurations, _KNOWN_NodeConfigurations)
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


_SPEC_NodeConfigurations: tuple[FieldSpec, ...] = (
    FieldSpec("conditionType", "condition_type", as_str, "str", False, False, False, ""),
    FieldSpec("llmModel", "llm_model", as_str, "str", False, False, False, ""),
    FieldSpec("fallbackModels", "fallback_models", as_str, "str", False, False, False, ""),
    FieldSpec("waitType", "wait_type", as_str, "str", False, False, False, ""),
    FieldSpec("timeToWaitValue", "time_to_wait_value", as_number, "float", False, False, False, ""),
    FieldSpec("timeToWaitUnit", "time_to_wait_unit", as_str, "str", False, False, False, ""),
    FieldSpec("linkedAgentGraphNodeId", "linked_agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("rule", "rule", as_str, "str", False, False, False, ""),
    FieldSpec(
        "conditions",
        "conditions",
        as_list(as_model("NodeConditionGroup")),
        "list[NodeConditionGroup]",
        False,
        False,
        False,
        "NodeConditionGroup",
    ),
    FieldSpec("timeoutType", "timeout_type", as_str, "str", False, False, False, ""),
    FieldSpec("timeoutValue", "timeout_value", as_number, "float", False, False, False, ""),
    FieldSpec("timeoutUnit", "timeout_unit", as_str, "str", False, False, False, ""),
    FieldSpec("onTimeout", "on_timeout", as_str, "str", False, False, False, ""),
)
