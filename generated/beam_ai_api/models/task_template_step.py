from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskTemplateStep: tuple[str, ...] = ()
_KNOWN_TaskTemplateStep = frozenset(
    (
        "step",
        "toolId",
        "iconSrc",
        "iconUrl",
        "beamTool",
        "gptTool",
        "consentRequired",
        "integrationId",
        "isIntegrationRequired",
        "isIntegrationConnected",
        "integrationProvider",
        "integrationIdentifier",
        "toolDetail",
        "integrationCustomAuthParameters",
    )
)
_FIELDS_TaskTemplateStep: tuple[str, ...] = (
    "step",
    "tool_id",
    "icon_src",
    "icon_url",
    "beam_tool",
    "gpt_tool",
    "consent_required",
    "integration_id",
    "is_integration_required",
    "is_integration_connected",
    "integration_provider",
    "integration_identifier",
    "tool_detail",
    "integration_custom_auth_parameters",
)


@_attrs_define(repr=False)
class TaskTemplateStep:
    """
    Attributes:
        step (str | None):
        tool_id (str | None):
        icon_src (str | None):
        icon_url (str | None):
        beam_tool (bool | None):
        gpt_tool (bool | None):
        consent_required (bool | None):
        integration_id (str | None):
        is_integration_required (bool | None):
        is_integration_connected (bool | None):
        integration_provider (str | None):
        integration_identifier (str | None):
        tool_detail (Any | None): Free-form JSON object.
        integration_custom_auth_parameters (Any | None): Free-form JSON object.
    """

    step: str | None = None
    tool_id: str | None = None
    icon_src: str | None = None
    icon_url: str | None = None
    beam_tool: bool | None = None
    gpt_tool: bool | None = None
    consent_required: bool | None = None
    integration_id: str | None = None
    is_integration_required: bool | None = None
    is_integration_connected: bool | None = None
    integration_provider: str | None = None
    integration_identifier: str | None = None
    tool_detail: Any | None = None
    integration_custom_auth_parameters: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskTemplateStep)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.step
        if value is not None:
            field_dict["step"] = value
        value = self.tool_id
        if value is not None:
            field_dict["toolId"] = value
        value = self.icon_src
        if value is not None:
            field_dict["iconSrc"] = value
        value = self.icon_url
        if value is not None:
            field_dict["iconUrl"] = value
        value = self.beam_tool
        if value is not None:
            field_dict["beamTool"] = value
        value = self.gpt_tool
        if value is not None:
            field_dict["gptTool"] = value
        value = self.consent_required
        if value is not None:
            field_dict["consentRequired"] = value
        value = self.integration_id
        if value is not None:
            field_dict["integrationId"] = value
        value = self.is_integration_required
        if value is not None:
            field_dict["isIntegrationRequired"] = value
        value = self.is_integration_connected
        if value is not None:
            field_dict["isIntegrationConnected"] = value
        value = self.integration_provider
        if value is not None:
            field_dict["integrationProvider"] = value
        value = self.integration_identifier
        if value is not None:
            field_dict["integrationIdentifier"] = value
        value = self.tool_detail
        if value is not None:
            field_dict["toolDetail"] = value
        value = self.integration_custom_auth_parameters
        if value is not None:
            field_dict["integrationCustomAuthParameters"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.step = get("step")
        self.tool_id = get("toolId")
        self.icon_src = get("iconSrc")
        self.icon_url = get("iconUrl")
        self.beam_tool = get("beamTool")
        self.gpt_tool = get("gptTool")
        self.consent_required = get("consentRequired")
        self.integration_id = get("integrationId")
        self.is_integration_required = get("isIntegrationRequired")
        self.is_integration_connected = get("isIntegrationConnected")
        self.integration_provider = get("integrationProvider")
        self.integration_identifier = get("integrationIdentifier")
        self.tool_detail = get("toolDetail")
        self.integration_custom_auth_parameters = get("integrationCustomAuthParameters")
        if not _KNOWN_TaskTemplateStep.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_TaskTemplateStep
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
