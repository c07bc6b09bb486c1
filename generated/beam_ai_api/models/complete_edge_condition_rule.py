from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class CompleteEdgeConditionRule(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("sourceNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("sourceNodeId")
            self.source_node_id = value
            value = src_dict.get("sourceOutputParamName")
            if value.__class__ is not str and value is not None:
                raise TypeError("sourceOutputParamName")
            self.source_output_param_name = value
            value = src_dict.get("operator")
            if value.__class__ is not str and value is not None:
                raise TypeError("operator")
            self.operator = value
            value = src_dict.get("comparisonValueType")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonValueType")
            self.comparison_value_type = value
            value = src_dict.get("comparisonValue")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonValue")
            self.comparison_value = value
            value = src_dict.get("comparisonNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonNodeId")
            self.comparison_node_id = value
            value = src_dict.get("comparisonOutputParamName")
            if value.__class__ is not str and value is not None:
                raise TypeError("comparisonOutputParamName")
            self.comparison_output_param_name = value
            value = src_dict.get("nextRuleOperator")
            if value.__class__ is not str and value is not None:
                raise TypeError("nextRuleOperator")
            self.next_rule_operator = value
            if not _KNOWN_CompleteEdgeConditionRule.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteEdgeConditionRule
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_CompleteEdgeConditionRule, _KNOWN_CompleteEdgeConditionRule)
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


_SPEC_CompleteEdgeConditionRule: tuple[FieldSpec, ...] = (
    FieldSpec("sourceNodeId", "source_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("sourceOutputParamName", "source_output_param_name", as_str, "str", False, False, False, ""),
    FieldSpec("operator", "operator", as_str, "str", False, False, False, ""),
    FieldSpec("comparisonValueType", "comparison_value_type", as_str, "str", False, False, False, ""),
    FieldSpec("comparisonValue", "comparison_value", as_str, "str", False, False, False, ""),
    FieldSpec("comparisonNodeId", "comparison_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("comparisonOutputParamName", "comparison_output_param_name", as_str, "str", False, False, False, ""),
    FieldSpec("nextRuleOperator", "next_rule_operator", as_str, "str", False, False, False, ""),
)
