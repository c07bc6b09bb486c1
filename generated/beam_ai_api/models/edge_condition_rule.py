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
    as_datetime,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.output_param import OutputParam


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_EdgeConditionRule = frozenset(
    (
        "id",
        "agentGraphEdgeConditionGroupId",
        "sourceAgentToolConfigurationOutputParamsId",
        "operator",
        "comparisonValueType",
        "sourceOutputParam",
        "createdAt",
        "updatedAt",
        "comparisonValue",
        "comparisonAgentToolConfigurationOutputParamsId",
        "nextRuleOperator",
        "comparisonOutputParam",
    )
)
_FIELDS_EdgeConditionRule: tuple[str, ...] = (
    "id",
    "agent_graph_edge_condition_group_id",
    "source_agent_tool_configuration_output_params_id",
    "operator",
    "comparison_value_type",
    "source_output_param",
    "created_at",
    "updated_at",
    "comparison_value",
    "comparison_agent_tool_configuration_output_params_id",
    "next_rule_operator",
    "comparison_output_param",
)


@_attrs_define(repr=False)
class EdgeConditionRule(ResponseModel):
    """
    Attributes:
        id (str | None):
        agent_graph_edge_condition_group_id (str | None):
        source_agent_tool_configuration_output_params_id (str | None):
        operator (str | None):
        comparison_value_type (str | None):
        source_output_param (OutputParam | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        comparison_value (str | None):
        comparison_agent_tool_configuration_output_params_id (str | None):
        next_rule_operator (str | None):
        comparison_output_param (OutputParam | None):
    """

    id: str | None = None
    agent_graph_edge_condition_group_id: str | None = None
    source_agent_tool_configuration_output_params_id: str | None = None
    operator: str | None = None
    comparison_value_type: str | None = None
    source_output_param: OutputParam | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    comparison_value: str | None = None
    comparison_agent_tool_configuration_output_params_id: str | None = None
    next_rule_operator: str | None = None
    comparison_output_param: OutputParam | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_EdgeConditionRule)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.agent_graph_edge_condition_group_id
        if value is not None:
            field_dict["agentGraphEdgeConditionGroupId"] = value
        value = self.source_agent_tool_configuration_output_params_id
        if value is not None:
            field_dict["sourceAgentToolConfigurationOutputParamsId"] = value
        value = self.operator
        if value is not None:
            field_dict["operator"] = value
        value = self.comparison_value_type
        if value is not None:
            field_dict["comparisonValueType"] = value
        value = self.source_output_param
        if value is not None:
            field_dict["sourceOutputParam"] = value.to_dict()
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.comparison_value
        if value is not None:
            field_dict["comparisonValue"] = value
        value = self.comparison_agent_tool_configuration_output_params_id
        if value is not None:
            field_dict["comparisonAgentToolConfigurationOutputParamsId"] = value
        value = self.next_rule_operator
        if value is not None:
            field_dict["nextRuleOperator"] = value
        value = self.comparison_output_param
        if value is not None:
            field_dict["comparisonOutputParam"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentGraphEdgeConditionGroupId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphEdgeConditionGroupId")
            self.agent_graph_edge_condition_group_id = value
            value = src_dict.get("sourceAgentToolConfigurationOutputParamsId")
            if value.__class__ is not str and value is not None:
                raise TypeError("sourceAgentToolConfigurationOutputParamsId")
            self.source_agent_tool_configuration_output_params_id = value
            value = src_dict.get("operator")
            if value.__class__ is not str and value is not None:
                raise TypeError("operator")
            self.operator = value
            value = src_dict.get("comparisonValueType")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonValueType")
            self.comparison_value_type = value
            value = src_dict.get("sourceOutputParam")
            self.source_output_param = None if value is None else _models.OutputParam.from_dict(value)
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("comparisonValue")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonValue")
            self.comparison_value = value
            value = src_dict.get("comparisonAgentToolConfigurationOutputParamsId")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonAgentToolConfigurationOutputParamsId")
            self.comparison_agent_tool_configuration_output_params_id = value
            value = src_dict.get("nextRuleOperator")
            if value.__class__ is not str and value is not None:
                raise TypeError("nextRuleOperator")
            self.next_rule_operator = value
            value = src_dict.get("comparisonOutputParam")
            self.comparison_output_param = None if value is None else _models.OutputParam.from_dict(value)
            if not _KNOWN_EdgeConditionRule.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_EdgeConditionRule
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_EdgeConditionRule, _KNOWN_EdgeConditionRule)
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


_SPEC_EdgeConditionRule: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec(
        "agentGraphEdgeConditionGroupId", "agent_graph_edge_condition_group_id", as_str, "str", False, False, False, ""
    ),
    FieldSpec(
        "sourceAgentToolConfigurationOutputParamsId",
        "source_agent_tool_configuration_output_params_id",
        as_str,
        "str",
        False,
        False,
        False,
        "",
    ),
    FieldSpec("operator", "operator", as_str, "str", False, False, False, ""),
    FieldSpec("comparisonValueType", "comparison_value_type", as_str, "str", False, False, False, ""),
    FieldSpec(
        "sourceOutputParam",
        "source_output_param",
        as_model("OutputParam"),
        "OutputParam",
        False,
        False,
        False,
        "OutputParam",
    ),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("comparisonValue", "comparison_value", as_str, "str", False, False, False, ""),
    FieldSpec(
        "comparisonAgentToolConfigurationOutputParamsId",
        "comparison_agent_tool_configuration_output_params_id",
        as_str,
        "str",
        False,
        False,
        False,
        "",
    ),
    FieldSpec("nextRuleOperator", "next_rule_operator", as_str, "str", False, False, False, ""),
    FieldSpec(
        "comparisonOutputParam",
        "comparison_output_param",
        as_model("OutputParam"),
        "OutputParam",
        False,
        False,
        False,
        "OutputParam",
    ),
)
