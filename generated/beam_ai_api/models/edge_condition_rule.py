from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_param import OutputParam


T = TypeVar("T", bound="EdgeConditionRule")


@_attrs_define
class EdgeConditionRule:
    """
    Attributes:
        id (str | Unset):
        agent_graph_edge_condition_group_id (str | Unset):
        source_agent_tool_configuration_output_params_id (str | Unset):
        operator (str | Unset):  Example: equals.
        comparison_value_type (str | Unset):  Example: static.
        source_output_param (OutputParam | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        comparison_value (str | Unset):
        comparison_agent_tool_configuration_output_params_id (str | Unset):
        next_rule_operator (str | Unset):  Example: AND.
        comparison_output_param (OutputParam | Unset):
    """

    id: str | Unset = UNSET
    agent_graph_edge_condition_group_id: str | Unset = UNSET
    source_agent_tool_configuration_output_params_id: str | Unset = UNSET
    operator: str | Unset = UNSET
    comparison_value_type: str | Unset = UNSET
    source_output_param: OutputParam | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    comparison_value: str | Unset = UNSET
    comparison_agent_tool_configuration_output_params_id: str | Unset = UNSET
    next_rule_operator: str | Unset = UNSET
    comparison_output_param: OutputParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_graph_edge_condition_group_id = self.agent_graph_edge_condition_group_id

        source_agent_tool_configuration_output_params_id = self.source_agent_tool_configuration_output_params_id

        operator = self.operator

        comparison_value_type = self.comparison_value_type

        source_output_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_output_param, Unset):
            source_output_param = self.source_output_param.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        comparison_value = self.comparison_value

        comparison_agent_tool_configuration_output_params_id = self.comparison_agent_tool_configuration_output_params_id

        next_rule_operator = self.next_rule_operator

        comparison_output_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comparison_output_param, Unset):
            comparison_output_param = self.comparison_output_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_graph_edge_condition_group_id is not UNSET:
            field_dict["agentGraphEdgeConditionGroupId"] = agent_graph_edge_condition_group_id
        if source_agent_tool_configuration_output_params_id is not UNSET:
            field_dict["sourceAgentToolConfigurationOutputParamsId"] = source_agent_tool_configuration_output_params_id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if comparison_value_type is not UNSET:
            field_dict["comparisonValueType"] = comparison_value_type
        if source_output_param is not UNSET:
            field_dict["sourceOutputParam"] = source_output_param
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if comparison_value is not UNSET:
            field_dict["comparisonValue"] = comparison_value
        if comparison_agent_tool_configuration_output_params_id is not UNSET:
            field_dict["comparisonAgentToolConfigurationOutputParamsId"] = (
                comparison_agent_tool_configuration_output_params_id
            )
        if next_rule_operator is not UNSET:
            field_dict["nextRuleOperator"] = next_rule_operator
        if comparison_output_param is not UNSET:
            field_dict["comparisonOutputParam"] = comparison_output_param

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_param import OutputParam

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        agent_graph_edge_condition_group_id = d.pop("agentGraphEdgeConditionGroupId", UNSET)

        source_agent_tool_configuration_output_params_id = d.pop("sourceAgentToolConfigurationOutputParamsId", UNSET)

        operator = d.pop("operator", UNSET)

        comparison_value_type = d.pop("comparisonValueType", UNSET)

        _source_output_param = d.pop("sourceOutputParam", UNSET)
        source_output_param: OutputParam | Unset
        if isinstance(_source_output_param, Unset):
            source_output_param = UNSET
        else:
            source_output_param = OutputParam.from_dict(_source_output_param)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        comparison_value = d.pop("comparisonValue", UNSET)

        comparison_agent_tool_configuration_output_params_id = d.pop(
            "comparisonAgentToolConfigurationOutputParamsId", UNSET
        )

        next_rule_operator = d.pop("nextRuleOperator", UNSET)

        _comparison_output_param = d.pop("comparisonOutputParam", UNSET)
        comparison_output_param: OutputParam | Unset
        if isinstance(_comparison_output_param, Unset):
            comparison_output_param = UNSET
        else:
            comparison_output_param = OutputParam.from_dict(_comparison_output_param)

        edge_condition_rule = cls(
            id=id,
            agent_graph_edge_condition_group_id=agent_graph_edge_condition_group_id,
            source_agent_tool_configuration_output_params_id=source_agent_tool_configuration_output_params_id,
            operator=operator,
            comparison_value_type=comparison_value_type,
            source_output_param=source_output_param,
            created_at=created_at,
            updated_at=updated_at,
            comparison_value=comparison_value,
            comparison_agent_tool_configuration_output_params_id=comparison_agent_tool_configuration_output_params_id,
            next_rule_operator=next_rule_operator,
            comparison_output_param=comparison_output_param,
        )

        edge_condition_rule.additional_properties = d
        return edge_condition_rule

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
