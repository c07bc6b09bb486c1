from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkParams")


@_attrs_define
class LinkParams:
    """
    Attributes:
        tool_id (str | Unset):
        tool_function_name (str | Unset):
        output_param (str | Unset):
        output_id (str | Unset):
    """

    tool_id: str | Unset = UNSET
    tool_function_name: str | Unset = UNSET
    output_param: str | Unset = UNSET
    output_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_function_name = self.tool_function_name

        output_param = self.output_param

        output_id = self.output_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_function_name is not UNSET:
            field_dict["toolFunctionName"] = tool_function_name
        if output_param is not UNSET:
            field_dict["outputParam"] = output_param
        if output_id is not UNSET:
            field_dict["outputId"] = output_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId", UNSET)

        tool_function_name = d.pop("toolFunctionName", UNSET)

        output_param = d.pop("outputParam", UNSET)

        output_id = d.pop("outputId", UNSET)

        link_params = cls(
            tool_id=tool_id,
            tool_function_name=tool_function_name,
            output_param=output_param,
            output_id=output_id,
        )

        link_params.additional_properties = d
        return link_params

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
