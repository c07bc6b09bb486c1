from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_PreferredModel = frozenset(
    (
        "id",
        "name",
        "value",
        "isDefault",
        "workspaceGroupId",
        "isPremium",
        "creditsCost",
        "inputTokenPrice",
        "outputTokenPrice",
        "isChatEnabled",
        "LlmsGroup",
    )
)
_FIELDS_PreferredModel: tuple[str, ...] = (
    "id",
    "name",
    "value",
    "is_default",
    "workspace_group_id",
    "is_premium",
    "credits_cost",
    "input_token_price",
    "output_token_price",
    "is_chat_enabled",
    "llms_group",
)


@_attrs_define(repr=False)
class PreferredModel(ResponseModel):
    """
    Attributes:
        id (str):
        name (str | None):
        value (str | None):
        is_default (bool | None):
        workspace_group_id (str | None):
        is_premium (bool | None):
        credits_cost (float | None):
        input_token_price (float | None):
        output_token_price (float | None):
        is_chat_enabled (bool | None):
        llms_group (Any | None): Free-form JSON object.
    """

    id: str
    name: str | None = None
    value: str | None = None
    is_default: bool | None = None
    workspace_group_id: str | None = None
    is_premium: bool | None = None
    credits_cost: float | None = None
    input_token_price: float | None = None
    output_token_price: float | None = None
    is_chat_enabled: bool | None = None
    llms_group: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_PreferredModel)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.value
        if value is not None:
            field_dict["value"] = value
        value = self.is_default
        if value is not None:
            field_dict["isDefault"] = value
        value = self.workspace_group_id
        if value is not None:
            field_dict["workspaceGroupId"] = value
        value = self.is_premium
        if value is not None:
            field_dict["isPremium"] = value
        value = self.credits_cost
        if value is not None:
            field_dict["creditsCost"] = value
        value = self.input_token_price
        if value is not None:
            field_dict["inputTokenPrice"] = value
        value = self.output_token_price
        if value is not None:
            field_dict["outputTokenPrice"] = value
        value = self.is_chat_enabled
        if value is not None:
            field_dict["isChatEnabled"] = value
        value = self.llms_group
        if value is not None:
            field_dict["LlmsGroup"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("value")
            if value.__class__ is not str and value is not None:
                raise TypeError("value")
            self.value = value
            value = src_dict.get("isDefault")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isDefault")
            self.is_default = value
            value = src_dict.get("workspaceGroupId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceGroupId")
            self.workspace_group_id = value
            value = src_dict.get("isPremium")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isPremium")
            self.is_premium = value
            value = src_dict.get("creditsCost")
            if value.__class__ not in NUMBER_N:
                raise TypeError("creditsCost")
            self.credits_cost = value
            value = src_dict.get("inputTokenPrice")
            if value.__class__ not in NUMBER_N:
                raise TypeError("inputTokenPrice")
            self.input_token_price = value
            value = src_dict.get("outputTokenPrice")
            if value.__class__ not in NUMBER_N:
                raise TypeError("outputTokenPrice")
            self.output_token_price = value
            value = src_dict.get("isChatEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isChatEnabled")
            self.is_chat_enabled = value
            self.llms_group = src_dict.get("LlmsGroup")
            if not _KNOWN_PreferredModel.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_PreferredModel
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_PreferredModel, _KNOWN_PreferredModel)
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


_SPEC_PreferredModel: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("value", "value", as_str, "str", False, False, False, ""),
    FieldSpec("isDefault", "is_default", as_bool, "bool", False, False, False, ""),
    FieldSpec("workspaceGroupId", "workspace_group_id", as_str, "str", False, False, False, ""),
    FieldSpec("isPremium", "is_premium", as_bool, "bool", False, False, False, ""),
    FieldSpec("creditsCost", "credits_cost", as_number, "float", False, False, False, ""),
    FieldSpec("inputTokenPrice", "input_token_price", as_number, "float", False, False, False, ""),
    FieldSpec("outputTokenPrice", "output_token_price", as_number, "float", False, False, False, ""),
    FieldSpec("isChatEnabled", "is_chat_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec("LlmsGroup", "llms_group", as_any, "Any", False, False, False, ""),
)
