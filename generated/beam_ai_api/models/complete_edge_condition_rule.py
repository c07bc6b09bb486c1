from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CompleteEdgeConditionRule: tuple[str, ...] = ()
_KNOWN_CompleteEdgeConditionRule = frozenset(
    (
        "sourceNodeId",
        "sourceOutputParamName",
        "operator",
        "comparisonValueType",
        "comparisonValue",
        "comparisonNodeId",
        "comparisonOutputParamName",
        "nextRuleOperator",
    )
)
_FIELDS_CompleteEdgeConditionRule: tuple[str, ...] = (
    "source_node_id",
    "source_output_param_name",
    "operator",
    "comparison_value_type",
    "comparison_value",
    "comparison_node_id",
    "comparison_output_param_name",
    "next_rule_operator",
)


@_attrs_define(repr=False)
class CompleteEdgeConditionRule:
    """
    Attributes:
        source_node_id (str | None):
        source_output_param_name (str | None):
        operator (str | None):
        comparison_value_type (str | None): static or output_param.
        comparison_value (str | None):
        comparison_node_id (str | None):
        comparison_output_param_name (str | None):
        next_rule_operator (str | None):
    """

    source_node_id: str | None = None
    source_output_param_name: str | None = None
    operator: str | None = None
    comparison_value_type: str | None = None
    comparison_value: str | None = None
    comparison_node_id: str | None = None
    comparison_output_param_name: str | None = None
    next_rule_operator: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteEdgeConditionRule)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.source_node_id
        if value is not None:
            field_dict["sourceNodeId"] = value
        value = self.source_output_param_name
        if value is not None:
            field_dict["sourceOutputParamName"] = value
        value = self.operator
        if value is not None:
            field_dict["operator"] = value
        value = self.comparison_value_type
        if value is not None:
            field_dict["comparisonValueType"] = value
        value = self.comparison_value
        if value is not None:
            field_dict["comparisonValue"] = value
        value = self.comparison_node_id
        if value is not None:
            field_dict["comparisonNodeId"] = value
        value = self.comparison_output_param_name
        if value is not None:
            field_dict["comparisonOutputParamName"] = value
        value = self.next_rule_operator
        if value is not None:
            field_dict["nextRuleOperator"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.source_node_id = get("sourceNodeId")
        self.source_output_param_name = get("sourceOutputParamName")
        self.operator = get("operator")
        self.comparison_value_type = get("comparisonValueType")
        self.comparison_value = get("comparisonValue")
        self.comparison_node_id = get("comparisonNodeId")
        self.comparison_output_param_name = get("comparisonOutputParamName")
        self.next_rule_operator = get("nextRuleOperator")
        if not _KNOWN_CompleteEdgeConditionRule.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteEdgeConditionRule
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
