from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_edge_condition_rule import CompleteEdgeConditionRule


T = TypeVar("T", bound="CompleteEdgeConditionGroup")


@_attrs_define
class CompleteEdgeConditionGroup:
    """
    Attributes:
        rules (list[CompleteEdgeConditionRule] | Unset):
        next_group_operator (str | Unset):  Example: AND.
    """

    rules: list[CompleteEdgeConditionRule] | Unset = UNSET
    next_group_operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        next_group_operator = self.next_group_operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules
        if next_group_operator is not UNSET:
            field_dict["nextGroupOperator"] = next_group_operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complete_edge_condition_rule import CompleteEdgeConditionRule

        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: list[CompleteEdgeConditionRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = CompleteEdgeConditionRule.from_dict(rules_item_data)

                rules.append(rules_item)

        next_group_operator = d.pop("nextGroupOperator", UNSET)

        complete_edge_condition_group = cls(
            rules=rules,
            next_group_operator=next_group_operator,
        )

        complete_edge_condition_group.additional_properties = d
        return complete_edge_condition_group

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
