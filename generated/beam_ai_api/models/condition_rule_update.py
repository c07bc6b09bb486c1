from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionRuleUpdate")


@_attrs_define
class ConditionRuleUpdate:
    """
    Attributes:
        id (str | Unset): present in update-edge example only
        source_agent_tool_configuration_output_params_id (str | Unset):
        operator (str | Unset): third-party: equals, not_equals, greater_than, less_than, contains, does_not_contain,
            starts_with, ends_with, is_empty, is_not_empty Example: equals.
        comparison_value_type (str | Unset): third-party: static | output_param Example: static.
        comparison_value (str | Unset):
        comparison_agent_tool_configuration_output_params_id (str | Unset):
        next_rule_operator (None | str | Unset):  Example: AND.
    """

    id: str | Unset = UNSET
    source_agent_tool_configuration_output_params_id: str | Unset = UNSET
    operator: str | Unset = UNSET
    comparison_value_type: str | Unset = UNSET
    comparison_value: str | Unset = UNSET
    comparison_agent_tool_configuration_output_params_id: str | Unset = UNSET
    next_rule_operator: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_agent_tool_configuration_output_params_id = self.source_agent_tool_configuration_output_params_id

        operator = self.operator

        comparison_value_type = self.comparison_value_type

        comparison_value = self.comparison_value

        comparison_agent_tool_configuration_output_params_id = self.comparison_agent_tool_configuration_output_params_id

        next_rule_operator: None | str | Unset
        if isinstance(self.next_rule_operator, Unset):
            next_rule_operator = UNSET
        else:
            next_rule_operator = self.next_rule_operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_agent_tool_configuration_output_params_id is not UNSET:
            field_dict["sourceAgentToolConfigurationOutputParamsId"] = source_agent_tool_configuration_output_params_id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if comparison_value_type is not UNSET:
            field_dict["comparisonValueType"] = comparison_value_type
        if comparison_value is not UNSET:
            field_dict["comparisonValue"] = comparison_value
        if comparison_agent_tool_configuration_output_params_id is not UNSET:
            field_dict["comparisonAgentToolConfigurationOutputParamsId"] = (
                comparison_agent_tool_configuration_output_params_id
            )
        if next_rule_operator is not UNSET:
            field_dict["nextRuleOperator"] = next_rule_operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_agent_tool_configuration_output_params_id = d.pop("sourceAgentToolConfigurationOutputParamsId", UNSET)

        operator = d.pop("operator", UNSET)

        comparison_value_type = d.pop("comparisonValueType", UNSET)

        comparison_value = d.pop("comparisonValue", UNSET)

        comparison_agent_tool_configuration_output_params_id = d.pop(
            "comparisonAgentToolConfigurationOutputParamsId", UNSET
        )

        def _parse_next_rule_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_rule_operator = _parse_next_rule_operator(d.pop("nextRuleOperator", UNSET))

        condition_rule_update = cls(
            id=id,
            source_agent_tool_configuration_output_params_id=source_agent_tool_configuration_output_params_id,
            operator=operator,
            comparison_value_type=comparison_value_type,
            comparison_value=comparison_value,
            comparison_agent_tool_configuration_output_params_id=comparison_agent_tool_configuration_output_params_id,
            next_rule_operator=next_rule_operator,
        )

        condition_rule_update.additional_properties = d
        return condition_rule_update

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
