from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR_N,
    UNSET,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    Unset,
    as_bool,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.input_param_write import InputParamWrite
    from ..models.output_param_write import OutputParamWrite


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_ToolConfigurationInput = frozenset(
    (
        "toolFunctionName",
        "toolName",
        "shortDescription",
        "description",
        "prompt",
        "preferredModel",
        "fallbackModels",
        "iconSrc",
        "requiresConsent",
        "isMemoryTool",
        "memoryLookupInstruction",
        "isBackgroundTool",
        "isBatchExecutionEnabled",
        "isCodeExecutionEnabled",
        "isAvailableToWorkspace",
        "dynamicPropsId",
        "integrationProviderId",
        "inputParams",
        "outputParams",
    )
)
_FIELDS_ToolConfigurationInput: tuple[str, ...] = (
    "tool_function_name",
    "tool_name",
    "short_description",
    "description",
    "prompt",
    "preferred_model",
    "fallback_models",
    "icon_src",
    "requires_consent",
    "is_memory_tool",
    "memory_lookup_instruction",
    "is_background_tool",
    "is_batch_execution_enabled",
    "is_code_execution_enabled",
    "is_available_to_workspace",
    "dynamic_props_id",
    "integration_provider_id",
    "input_params",
    "output_params",
)


@_attrs_define(repr=False)
class ToolConfigurationInput(ResponseModel):
    """
    Attributes:
        tool_function_name (str | None):
        tool_name (str | None):
        short_description (str | None):
        description (str | None):
        prompt (str | None):
        preferred_model (str | None):
        fallback_models (str | None):
        icon_src (str | None | Unset): None sends JSON null; left out of the body unless given.
        requires_consent (bool | None):
        is_memory_tool (bool | None):
        memory_lookup_instruction (str | None | Unset): None sends JSON null; left out of the body unless given.
        is_background_tool (bool | None):
        is_batch_execution_enabled (bool | None):
        is_code_execution_enabled (bool | None):
        is_available_to_workspace (bool | None):
        dynamic_props_id (str | None | Unset): None sends JSON null; left out of the body unless given.
        integration_provider_id (str | None | Unset): None sends JSON null; left out of the body unless given.
        input_params (list[InputParamWrite] | None):
        output_params (list[OutputParamWrite] | None):
    """

    tool_function_name: str | None = None
    tool_name: str | None = None
    short_description: str | None = None
    description: str | None = None
    prompt: str | None = None
    preferred_model: str | None = None
    fallback_models: str | None = None
    icon_src: str | None | Unset = UNSET
    requires_consent: bool | None = None
    is_memory_tool: bool | None = None
    memory_lookup_instruction: str | None | Unset = UNSET
    is_background_tool: bool | None = None
    is_batch_execution_enabled: bool | None = None
    is_code_execution_enabled: bool | None = None
    is_available_to_workspace: bool | None = None
    dynamic_props_id: str | None | Unset = UNSET
    integration_provider_id: str | None | Unset = UNSET
    input_params: list[InputParamWrite] | None = None
    output_params: list[OutputParamWrite] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ToolConfigurationInput)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        value = self.tool_name
        if value is not None:
            field_dict["toolName"] = value
        value = self.short_description
        if value is not None:
            field_dict["shortDescription"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.prompt
        if value is not None:
            field_dict["prompt"] = value
        value = self.preferred_model
        if value is not None:
            field_dict["preferredModel"] = value
        value = self.fallback_models
        if value is not None:
            field_dict["fallbackModels"] = value
        value = self.icon_src
        if value is not UNSET:
            field_dict["iconSrc"] = value
        value = self.requires_consent
        if value is not None:
            field_dict["requiresConsent"] = value
        value = self.is_memory_tool
        if value is not None:
            field_dict["isMemoryTool"] = value
        value = self.memory_lookup_instruction
        if value is not UNSET:
            field_dict["memoryLookupInstruction"] = value
        value = self.is_background_tool
        if value is not None:
            field_dict["isBackgroundTool"] = value
        value = self.is_batch_execution_enabled
        if value is not None:
            field_dict["isBatchExecutionEnabled"] = value
        value = self.is_code_execution_enabled
        if value is not None:
            field_dict["isCodeExecutionEnabled"] = value
        value = self.is_available_to_workspace
        if value is not None:
            field_dict["isAvailableToWorkspace"] = value
        value = self.dynamic_props_id
        if value is not UNSET:
            field_dict["dynamicPropsId"] = value
        value = self.integration_provider_id
        if value is not UNSET:
            field_dict["integrationProviderId"] = value
        value = self.input_params
        if value is not None:
            field_dict["inputParams"] = [value_item.to_dict() for value_item in value]
        value = self.output_params
        if value is not None:
            field_dict["outputParams"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("toolFunctionName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolFunctionName")
            self.tool_function_name = value
            value = src_dict.get("toolName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolName")
            self.tool_name = value
            value = src_dict.get("shortDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("shortDescription")
            self.short_description = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("prompt")
            if value.__class__ is not str and value is not None:
                raise TypeError("prompt")
            self.prompt = value
            value = src_dict.get("preferredModel")
            if value.__class__ is not str and value is not None:
                raise TypeError("preferredModel")
            self.preferred_model = value
            value = src_dict.get("fallbackModels")
            if value.__class__ is not str and value is not None:
                raise TypeError("fallbackModels")
            self.fallback_models = value
            value = src_dict.get("iconSrc", UNSET)
            if value is not UNSET and value.__class__ not in STR_N:
                raise TypeError("iconSrc")
            self.icon_src = value
            value = src_dict.get("requiresConsent")
            if value.__class__ is not bool and value is not None:
                raise TypeError("requiresConsent")
            self.requires_consent = value
            value = src_dict.get("isMemoryTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isMemoryTool")
            self.is_memory_tool = value
            value = src_dict.get("memoryLookupInstruction", UNSET)
            if value is not UNSET and value.__class__ not in STR_N:
                raise TypeError("memoryLookupInstruction")
            self.memory_lookup_instruction = value
            value = src_dict.get("isBackgroundTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBackgroundTool")
            self.is_background_tool = value
            value = src_dict.get("isBatchExecutionEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBatchExecutionEnabled")
            self.is_batch_execution_enabled = value
            value = src_dict.get("isCodeExecutionEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isCodeExecutionEnabled")
            self.is_code_execution_enabled = value
            value = src_dict.get("isAvailableToWorkspace")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isAvailableToWorkspace")
            self.is_available_to_workspace = value
            value = src_dict.get("dynamicPropsId", UNSET)
            if value is not UNSET and value.__class__ not in STR_N:
                raise TypeError("dynamicPropsId")
            self.dynamic_props_id = value
            value = src_dict.get("integrationProviderId", UNSET)
            if value is not UNSET and value.__class__ not in STR_N:
                raise TypeError("integrationProviderId")
            self.integration_provider_id = value
            value = src_dict.get("inputParams")
            self.input_params = None if value is None else list(map(_models.InputParamWrite.from_dict, value))
            value = src_dict.get("outputParams")
            self.output_params = None if value is None else list(map(_models.OutputParamWrite.from_dict, value))
            if not _KNOWN_ToolConfigurationInput.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ToolConfigurationInput
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ToolConfigurationInput, _KNOWN_ToolConfigurationInput)
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


_SPEC_ToolConfigurationInput: tuple[FieldSpec, ...] = (
    FieldSpec("toolFunctionName", "tool_function_name", as_str, "str", False, False, False, ""),
    FieldSpec("toolName", "tool_name", as_str, "str", False, False, False, ""),
    FieldSpec("shortDescription", "short_description", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("prompt", "prompt", as_str, "str", False, False, False, ""),
    FieldSpec("preferredModel", "preferred_model", as_str, "str", False, False, False, ""),
    FieldSpec("fallbackModels", "fallback_models", as_str, "str", False, False, False, ""),
    FieldSpec("iconSrc", "icon_src", as_str, "str", False, True, True, ""),
    FieldSpec("requiresConsent", "requires_consent", as_bool, "bool", False, False, False, ""),
    FieldSpec("isMemoryTool", "is_memory_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("memoryLookupInstruction", "memory_lookup_instruction", as_str, "str", False, True, True, ""),
    FieldSpec("isBackgroundTool", "is_background_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("isBatchExecutionEnabled", "is_batch_execution_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec("isCodeExecutionEnabled", "is_code_execution_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec("isAvailableToWorkspace", "is_available_to_workspace", as_bool, "bool", False, False, False, ""),
    FieldSpec("dynamicPropsId", "dynamic_props_id", as_str, "str", False, True, True, ""),
    FieldSpec("integrationProviderId", "integration_provider_id", as_str, "str", False, True, True, ""),
    FieldSpec(
        "inputParams",
        "input_params",
        as_list(as_model("InputParamWrite")),
        "list[InputParamWrite]",
        False,
        False,
        False,
        "InputParamWrite",
    ),
    FieldSpec(
        "outputParams",
        "output_params",
        as_list(as_model("OutputParamWrite")),
        "list[OutputParamWrite]",
        False,
        False,
        False,
        "OutputParamWrite",
    ),
)
