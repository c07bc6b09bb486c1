from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_LinkParams: tuple[str, ...] = ()
_KNOWN_LinkParams = frozenset(
    (
        "toolId",
        "toolFunctionName",
        "outputParam",
        "outputId",
    )
)
_FIELDS_LinkParams: tuple[str, ...] = (
    "tool_id",
    "tool_function_name",
    "output_param",
    "output_id",
)


@_attrs_define(repr=False)
class LinkParams:
    """
    Attributes:
        tool_id (str | None):
        tool_function_name (str | None):
        output_param (str | None):
        output_id (str | None):
    """

    tool_id: str | None = None
    tool_function_name: str | None = None
    output_param: str | None = None
    output_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_LinkParams)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.tool_id
        if value is not None:
            field_dict["toolId"] = value
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        value = self.output_param
        if value is not None:
            field_dict["outputParam"] = value
        value = self.output_id
        if value is not None:
            field_dict["outputId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.tool_id = get("toolId")
        self.tool_function_name = get("toolFunctionName")
        self.output_param = get("outputParam")
        self.output_id = get("outputId")
        if not _KNOWN_LinkParams.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_LinkParams}
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
