from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteEdgeConditionRule")


@_attrs_define
class CompleteEdgeConditionRule:
    """
    Attributes:
        source_node_id (str | Unset):
        source_output_param_name (str | Unset):
        operator (str | Unset):  Example: equals.
        comparison_value_type (str | Unset): third-party: static | output_param Example: static.
        comparison_value (str | Unset):
        comparison_node_id (str | Unset):
        comparison_output_param_name (str | Unset):
        next_rule_operator (str | Unset):  Example: AND.
    """

    source_node_id: str | Unset = UNSET
    source_output_param_name: str | Unset = UNSET
    operator: str | Unset = UNSET
    comparison_value_type: str | Unset = UNSET
    comparison_value: str | Unset = UNSET
    comparison_node_id: str | Unset = UNSET
    comparison_output_param_name: str | Unset = UNSET
    next_rule_operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_node_id = self.source_node_id

        source_output_param_name = self.source_output_param_name

        operator = self.operator

        comparison_value_type = self.comparison_value_type

        comparison_value = self.comparison_value

        comparison_node_id = self.comparison_node_id

        comparison_output_param_name = self.comparison_output_param_name

        next_rule_operator = self.next_rule_operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_node_id is not UNSET:
            field_dict["sourceNodeId"] = source_node_id
        if source_output_param_name is not UNSET:
            field_dict["sourceOutputParamName"] = source_output_param_name
        if operator is not UNSET:
            field_dict["operator"] = operator
        if comparison_value_type is not UNSET:
            field_dict["comparisonValueType"] = comparison_value_type
        if comparison_value is not UNSET:
            field_dict["comparisonValue"] = comparison_value
        if comparison_node_id is not UNSET:
            field_dict["comparisonNodeId"] = comparison_node_id
        if comparison_output_param_name is not UNSET:
            field_dict["comparisonOutputParamName"] = comparison_output_param_name
        if next_rule_operator is not UNSET:
            field_dict["nextRuleOperator"] = next_rule_operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_node_id = d.pop("sourceNodeId", UNSET)

        source_output_param_name = d.pop("sourceOutputParamName", UNSET)

        operator = d.pop("operator", UNSET)

        comparison_value_type = d.pop("comparisonValueType", UNSET)

        comparison_value = d.pop("comparisonValue", UNSET)

        comparison_node_id = d.pop("comparisonNodeId", UNSET)

        comparison_output_param_name = d.pop("comparisonOutputParamName", UNSET)

        next_rule_operator = d.pop("nextRuleOperator", UNSET)

        complete_edge_condition_rule = cls(
            source_node_id=source_node_id,
            source_output_param_name=source_output_param_name,
            operator=operator,
            comparison_value_type=comparison_value_type,
            comparison_value=comparison_value,
            comparison_node_id=comparison_node_id,
            comparison_output_param_name=comparison_output_param_name,
            next_rule_operator=next_rule_operator,
        )

        complete_edge_condition_rule.additional_properties = d
        return complete_edge_condition_rule

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
