from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_PreferredModel: tuple[str, ...] = ("id",)
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
class PreferredModel:
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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("PreferredModel", error, src_dict, _REQUIRED_PreferredModel) from None
        self.name = get("name")
        self.value = get("value")
        self.is_default = get("isDefault")
        self.workspace_group_id = get("workspaceGroupId")
        self.is_premium = get("isPremium")
        self.credits_cost = get("creditsCost")
        self.input_token_price = get("inputTokenPrice")
        self.output_token_price = get("outputTokenPrice")
        self.is_chat_enabled = get("isChatEnabled")
        self.llms_group = get("LlmsGroup")
        if not _KNOWN_PreferredModel.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_PreferredModel
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
