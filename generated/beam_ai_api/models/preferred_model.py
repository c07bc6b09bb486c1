from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferredModel")


@_attrs_define
class PreferredModel:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        value (str | Unset):  Example: BEDROCK_CLAUDE_SONNET_4.
        is_default (bool | Unset):
        workspace_group_id (str | Unset):
        is_premium (bool | Unset):
        credits_cost (float | Unset):
        input_token_price (float | Unset):
        output_token_price (float | Unset):
        is_chat_enabled (bool | Unset):
        llms_group (Any | Unset): Free-form JSON object.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    workspace_group_id: str | Unset = UNSET
    is_premium: bool | Unset = UNSET
    credits_cost: float | Unset = UNSET
    input_token_price: float | Unset = UNSET
    output_token_price: float | Unset = UNSET
    is_chat_enabled: bool | Unset = UNSET
    llms_group: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        is_default = self.is_default

        workspace_group_id = self.workspace_group_id

        is_premium = self.is_premium

        credits_cost = self.credits_cost

        input_token_price = self.input_token_price

        output_token_price = self.output_token_price

        is_chat_enabled = self.is_chat_enabled

        llms_group = self.llms_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if workspace_group_id is not UNSET:
            field_dict["workspaceGroupId"] = workspace_group_id
        if is_premium is not UNSET:
            field_dict["isPremium"] = is_premium
        if credits_cost is not UNSET:
            field_dict["creditsCost"] = credits_cost
        if input_token_price is not UNSET:
            field_dict["inputTokenPrice"] = input_token_price
        if output_token_price is not UNSET:
            field_dict["outputTokenPrice"] = output_token_price
        if is_chat_enabled is not UNSET:
            field_dict["isChatEnabled"] = is_chat_enabled
        if llms_group is not UNSET:
            field_dict["LlmsGroup"] = llms_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        is_default = d.pop("isDefault", UNSET)

        workspace_group_id = d.pop("workspaceGroupId", UNSET)

        is_premium = d.pop("isPremium", UNSET)

        credits_cost = d.pop("creditsCost", UNSET)

        input_token_price = d.pop("inputTokenPrice", UNSET)

        output_token_price = d.pop("outputTokenPrice", UNSET)

        is_chat_enabled = d.pop("isChatEnabled", UNSET)

        llms_group = d.pop("LlmsGroup", UNSET)

        preferred_model = cls(
            id=id,
            name=name,
            value=value,
            is_default=is_default,
            workspace_group_id=workspace_group_id,
            is_premium=is_premium,
            credits_cost=credits_cost,
            input_token_price=input_token_price,
            output_token_price=output_token_price,
            is_chat_enabled=is_chat_enabled,
            llms_group=llms_group,
        )

        preferred_model.additional_properties = d
        return preferred_model

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
