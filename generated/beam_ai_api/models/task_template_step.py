from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class TaskTemplateStep(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("step")
            if value.__class__ is not str and value is not None:
                raise TypeError("step")
            self.step = value
            value = src_dict.get("toolId")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolId")
            self.tool_id = value
            value = src_dict.get("iconSrc")
            if value.__class__ is not str and value is not None:
                raise TypeError("iconSrc")
            self.icon_src = value
            value = src_dict.get("iconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("iconUrl")
            self.icon_url = value
            value = src_dict.get("beamTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("beamTool")
            self.beam_tool = value
            value = src_dict.get("gptTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("gptTool")
            self.gpt_tool = value
            value = src_dict.get("consentRequired")
            if value.__class__ is not bool and value is not None:
                raise TypeError("consentRequired")
            self.consent_required = value
            value = src_dict.get("integrationId")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationId")
            self.integration_id = value
            value = src_dict.get("isIntegrationRequired")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isIntegrationRequired")
            self.is_integration_required = value
            value = src_dict.get("isIntegrationConnected")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isIntegrationConnected")
            self.is_integration_connected = value
            value = src_dict.get("integrationProvider")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationProvider")
            self.integration_provider = value
            value = src_dict.get("integrationIdentifier")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationIdentifier")
            self.integration_identifier = value
            self.tool_detail = src_dict.get("toolDetail")
            self.integration_custom_auth_parameters = src_dict.get("integrationCustomAuthParameters")
            if not _KNOWN_TaskTemplateStep.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskTemplateStep
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskTemplateStep, _KNOWN_TaskTemplateStep)
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


_SPEC_TaskTemplateStep: tuple[FieldSpec, ...] = (
    FieldSpec("step", "step", as_str, "str", False, False, False, ""),
    FieldSpec("toolId", "tool_id", as_str, "str", False, False, False, ""),
    FieldSpec("iconSrc", "icon_src", as_str, "str", False, False, False, ""),
    FieldSpec("iconUrl", "icon_url", as_str, "str", False, False, False, ""),
    FieldSpec("beamTool", "beam_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("gptTool", "gpt_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("consentRequired", "consent_required", as_bool, "bool", False, False, False, ""),
    FieldSpec("integrationId", "integration_id", as_str, "str", False, False, False, ""),
    FieldSpec("isIntegrationRequired", "is_integration_required", as_bool, "bool", False, False, False, ""),
    FieldSpec("isIntegrationConnected", "is_integration_connected", as_bool, "bool", False, False, False, ""),
    FieldSpec("integrationProvider", "integration_provider", as_str, "str", False, False, False, ""),
    FieldSpec("integrationIdentifier", "integration_identifier", as_str, "str", False, False, False, ""),
    FieldSpec("toolDetail", "tool_detail", as_any, "Any", False, False, False, ""),
    FieldSpec(
        "integrationCustomAuthParameters", "integration_custom_auth_parameters", as_any, "Any", False, False, False, ""
    ),
)
