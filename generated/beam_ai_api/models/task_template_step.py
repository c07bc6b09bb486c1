from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskTemplateStep")


@_attrs_define
class TaskTemplateStep:
    """
    Attributes:
        step (str | Unset):
        tool_id (str | Unset):
        icon_src (str | Unset):
        icon_url (str | Unset):
        beam_tool (bool | Unset):
        gpt_tool (bool | Unset):
        consent_required (bool | Unset):
        integration_id (str | Unset):
        is_integration_required (bool | Unset):
        is_integration_connected (bool | Unset):
        integration_provider (str | Unset):
        integration_identifier (str | Unset):
        tool_detail (Any | Unset): Free-form JSON object.
        integration_custom_auth_parameters (Any | Unset): Free-form JSON object.
    """

    step: str | Unset = UNSET
    tool_id: str | Unset = UNSET
    icon_src: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    beam_tool: bool | Unset = UNSET
    gpt_tool: bool | Unset = UNSET
    consent_required: bool | Unset = UNSET
    integration_id: str | Unset = UNSET
    is_integration_required: bool | Unset = UNSET
    is_integration_connected: bool | Unset = UNSET
    integration_provider: str | Unset = UNSET
    integration_identifier: str | Unset = UNSET
    tool_detail: Any | Unset = UNSET
    integration_custom_auth_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        tool_id = self.tool_id

        icon_src = self.icon_src

        icon_url = self.icon_url

        beam_tool = self.beam_tool

        gpt_tool = self.gpt_tool

        consent_required = self.consent_required

        integration_id = self.integration_id

        is_integration_required = self.is_integration_required

        is_integration_connected = self.is_integration_connected

        integration_provider = self.integration_provider

        integration_identifier = self.integration_identifier

        tool_detail = self.tool_detail

        integration_custom_auth_parameters = self.integration_custom_auth_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if icon_src is not UNSET:
            field_dict["iconSrc"] = icon_src
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if beam_tool is not UNSET:
            field_dict["beamTool"] = beam_tool
        if gpt_tool is not UNSET:
            field_dict["gptTool"] = gpt_tool
        if consent_required is not UNSET:
            field_dict["consentRequired"] = consent_required
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if is_integration_required is not UNSET:
            field_dict["isIntegrationRequired"] = is_integration_required
        if is_integration_connected is not UNSET:
            field_dict["isIntegrationConnected"] = is_integration_connected
        if integration_provider is not UNSET:
            field_dict["integrationProvider"] = integration_provider
        if integration_identifier is not UNSET:
            field_dict["integrationIdentifier"] = integration_identifier
        if tool_detail is not UNSET:
            field_dict["toolDetail"] = tool_detail
        if integration_custom_auth_parameters is not UNSET:
            field_dict["integrationCustomAuthParameters"] = integration_custom_auth_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        tool_id = d.pop("toolId", UNSET)

        icon_src = d.pop("iconSrc", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        beam_tool = d.pop("beamTool", UNSET)

        gpt_tool = d.pop("gptTool", UNSET)

        consent_required = d.pop("consentRequired", UNSET)

        integration_id = d.pop("integrationId", UNSET)

        is_integration_required = d.pop("isIntegrationRequired", UNSET)

        is_integration_connected = d.pop("isIntegrationConnected", UNSET)

        integration_provider = d.pop("integrationProvider", UNSET)

        integration_identifier = d.pop("integrationIdentifier", UNSET)

        tool_detail = d.pop("toolDetail", UNSET)

        integration_custom_auth_parameters = d.pop("integrationCustomAuthParameters", UNSET)

        task_template_step = cls(
            step=step,
            tool_id=tool_id,
            icon_src=icon_src,
            icon_url=icon_url,
            beam_tool=beam_tool,
            gpt_tool=gpt_tool,
            consent_required=consent_required,
            integration_id=integration_id,
            is_integration_required=is_integration_required,
            is_integration_connected=is_integration_connected,
            integration_provider=integration_provider,
            integration_identifier=integration_identifier,
            tool_detail=tool_detail,
            integration_custom_auth_parameters=integration_custom_auth_parameters,
        )

        task_template_step.additional_properties = d
        return task_template_step

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
