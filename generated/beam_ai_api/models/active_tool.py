from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveTool")


@_attrs_define
class ActiveTool:
    """
    Attributes:
        id (str | Unset):
        tool_function_name (str | Unset):
        tool_name (str | Unset):
        type_ (str | Unset):
        icon_src (str | Unset):
        is_active (bool | Unset):
        integration_id (str | Unset):
        requires_consent (bool | Unset):
        is_background_tool (bool | Unset):
        is_memory_tool (bool | Unset):
        is_batch_execution_enabled (bool | Unset):
        preferred_model (str | Unset):
        description (str | Unset):
        meta (Any | Unset): Free-form JSON object.
        input_params (list[Any] | Unset):
        output_params (list[Any] | Unset):
    """

    id: str | Unset = UNSET
    tool_function_name: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    icon_src: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    integration_id: str | Unset = UNSET
    requires_consent: bool | Unset = UNSET
    is_background_tool: bool | Unset = UNSET
    is_memory_tool: bool | Unset = UNSET
    is_batch_execution_enabled: bool | Unset = UNSET
    preferred_model: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Any | Unset = UNSET
    input_params: list[Any] | Unset = UNSET
    output_params: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_function_name = self.tool_function_name

        tool_name = self.tool_name

        type_ = self.type_

        icon_src = self.icon_src

        is_active = self.is_active

        integration_id = self.integration_id

        requires_consent = self.requires_consent

        is_background_tool = self.is_background_tool

        is_memory_tool = self.is_memory_tool

        is_batch_execution_enabled = self.is_batch_execution_enabled

        preferred_model = self.preferred_model

        description = self.description

        meta = self.meta

        input_params: list[Any] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = self.input_params

        output_params: list[Any] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = self.output_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tool_function_name is not UNSET:
            field_dict["toolFunctionName"] = tool_function_name
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if icon_src is not UNSET:
            field_dict["iconSrc"] = icon_src
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if requires_consent is not UNSET:
            field_dict["requiresConsent"] = requires_consent
        if is_background_tool is not UNSET:
            field_dict["isBackgroundTool"] = is_background_tool
        if is_memory_tool is not UNSET:
            field_dict["isMemoryTool"] = is_memory_tool
        if is_batch_execution_enabled is not UNSET:
            field_dict["isBatchExecutionEnabled"] = is_batch_execution_enabled
        if preferred_model is not UNSET:
            field_dict["preferredModel"] = preferred_model
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params
        if output_params is not UNSET:
            field_dict["outputParams"] = output_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tool_function_name = d.pop("toolFunctionName", UNSET)

        tool_name = d.pop("toolName", UNSET)

        type_ = d.pop("type", UNSET)

        icon_src = d.pop("iconSrc", UNSET)

        is_active = d.pop("isActive", UNSET)

        integration_id = d.pop("integrationId", UNSET)

        requires_consent = d.pop("requiresConsent", UNSET)

        is_background_tool = d.pop("isBackgroundTool", UNSET)

        is_memory_tool = d.pop("isMemoryTool", UNSET)

        is_batch_execution_enabled = d.pop("isBatchExecutionEnabled", UNSET)

        preferred_model = d.pop("preferredModel", UNSET)

        description = d.pop("description", UNSET)

        meta = d.pop("meta", UNSET)

        input_params = cast(list[Any], d.pop("inputParams", UNSET))

        output_params = cast(list[Any], d.pop("outputParams", UNSET))

        active_tool = cls(
            id=id,
            tool_function_name=tool_function_name,
            tool_name=tool_name,
            type_=type_,
            icon_src=icon_src,
            is_active=is_active,
            integration_id=integration_id,
            requires_consent=requires_consent,
            is_background_tool=is_background_tool,
            is_memory_tool=is_memory_tool,
            is_batch_execution_enabled=is_batch_execution_enabled,
            preferred_model=preferred_model,
            description=description,
            meta=meta,
            input_params=input_params,
            output_params=output_params,
        )

        active_tool.additional_properties = d
        return active_tool

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
