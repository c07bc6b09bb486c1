from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeCondition")


@_attrs_define
class NodeCondition:
    """
    Attributes:
        condition (str | Unset):  Example: is.
        operator (str | Unset):  Example: AND.
        property_ (str | Unset):
        value (str | Unset):
    """

    condition: str | Unset = UNSET
    operator: str | Unset = UNSET
    property_: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        operator = self.operator

        property_ = self.property_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if operator is not UNSET:
            field_dict["operator"] = operator
        if property_ is not UNSET:
            field_dict["property"] = property_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("condition", UNSET)

        operator = d.pop("operator", UNSET)

        property_ = d.pop("property", UNSET)

        value = d.pop("value", UNSET)

        node_condition = cls(
            condition=condition,
            operator=operator,
            property_=property_,
            value=value,
        )

        node_condition.additional_properties = d
        return node_condition

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
