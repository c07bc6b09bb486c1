from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_param_write import InputParamWrite
    from ..models.output_param_write import OutputParamWrite


T = TypeVar("T", bound="ToolConfigurationInput")


@_attrs_define
class ToolConfigurationInput:
    """
    Attributes:
        tool_function_name (str | Unset):
        tool_name (str | Unset):
        short_description (str | Unset):
        description (str | Unset):
        prompt (str | Unset):
        preferred_model (str | Unset):
        fallback_models (str | Unset):
        icon_src (None | str | Unset):
        requires_consent (bool | Unset):
        is_memory_tool (bool | Unset):
        memory_lookup_instruction (None | str | Unset):
        is_background_tool (bool | Unset):
        is_batch_execution_enabled (bool | Unset):
        is_code_execution_enabled (bool | Unset):
        is_available_to_workspace (bool | Unset):
        dynamic_props_id (None | str | Unset):
        integration_provider_id (None | str | Unset):
        input_params (list[InputParamWrite] | Unset):
        output_params (list[OutputParamWrite] | Unset):
    """

    tool_function_name: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    short_description: str | Unset = UNSET
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    preferred_model: str | Unset = UNSET
    fallback_models: str | Unset = UNSET
    icon_src: None | str | Unset = UNSET
    requires_consent: bool | Unset = UNSET
    is_memory_tool: bool | Unset = UNSET
    memory_lookup_instruction: None | str | Unset = UNSET
    is_background_tool: bool | Unset = UNSET
    is_batch_execution_enabled: bool | Unset = UNSET
    is_code_execution_enabled: bool | Unset = UNSET
    is_available_to_workspace: bool | Unset = UNSET
    dynamic_props_id: None | str | Unset = UNSET
    integration_provider_id: None | str | Unset = UNSET
    input_params: list[InputParamWrite] | Unset = UNSET
    output_params: list[OutputParamWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_function_name = self.tool_function_name

        tool_name = self.tool_name

        short_description = self.short_description

        description = self.description

        prompt = self.prompt

        preferred_model = self.preferred_model

        fallback_models = self.fallback_models

        icon_src: None | str | Unset
        if isinstance(self.icon_src, Unset):
            icon_src = UNSET
        else:
            icon_src = self.icon_src

        requires_consent = self.requires_consent

        is_memory_tool = self.is_memory_tool

        memory_lookup_instruction: None | str | Unset
        if isinstance(self.memory_lookup_instruction, Unset):
            memory_lookup_instruction = UNSET
        else:
            memory_lookup_instruction = self.memory_lookup_instruction

        is_background_tool = self.is_background_tool

        is_batch_execution_enabled = self.is_batch_execution_enabled

        is_code_execution_enabled = self.is_code_execution_enabled

        is_available_to_workspace = self.is_available_to_workspace

        dynamic_props_id: None | str | Unset
        if isinstance(self.dynamic_props_id, Unset):
            dynamic_props_id = UNSET
        else:
            dynamic_props_id = self.dynamic_props_id

        integration_provider_id: None | str | Unset
        if isinstance(self.integration_provider_id, Unset):
            integration_provider_id = UNSET
        else:
            integration_provider_id = self.integration_provider_id

        input_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = []
            for input_params_item_data in self.input_params:
                input_params_item = input_params_item_data.to_dict()
                input_params.append(input_params_item)

        output_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = []
            for output_params_item_data in self.output_params:
                output_params_item = output_params_item_data.to_dict()
                output_params.append(output_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_function_name is not UNSET:
            field_dict["toolFunctionName"] = tool_function_name
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if preferred_model is not UNSET:
            field_dict["preferredModel"] = preferred_model
        if fallback_models is not UNSET:
            field_dict["fallbackModels"] = fallback_models
        if icon_src is not UNSET:
            field_dict["iconSrc"] = icon_src
        if requires_consent is not UNSET:
            field_dict["requiresConsent"] = requires_consent
        if is_memory_tool is not UNSET:
            field_dict["isMemoryTool"] = is_memory_tool
        if memory_lookup_instruction is not UNSET:
            field_dict["memoryLookupInstruction"] = memory_lookup_instruction
        if is_background_tool is not UNSET:
            field_dict["isBackgroundTool"] = is_background_tool
        if is_batch_execution_enabled is not UNSET:
            field_dict["isBatchExecutionEnabled"] = is_batch_execution_enabled
        if is_code_execution_enabled is not UNSET:
            field_dict["isCodeExecutionEnabled"] = is_code_execution_enabled
        if is_available_to_workspace is not UNSET:
            field_dict["isAvailableToWorkspace"] = is_available_to_workspace
        if dynamic_props_id is not UNSET:
            field_dict["dynamicPropsId"] = dynamic_props_id
        if integration_provider_id is not UNSET:
            field_dict["integrationProviderId"] = integration_provider_id
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params
        if output_params is not UNSET:
            field_dict["outputParams"] = output_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_param_write import InputParamWrite
        from ..models.output_param_write import OutputParamWrite

        d = dict(src_dict)
        tool_function_name = d.pop("toolFunctionName", UNSET)

        tool_name = d.pop("toolName", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        description = d.pop("description", UNSET)

        prompt = d.pop("prompt", UNSET)

        preferred_model = d.pop("preferredModel", UNSET)

        fallback_models = d.pop("fallbackModels", UNSET)

        def _parse_icon_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_src = _parse_icon_src(d.pop("iconSrc", UNSET))

        requires_consent = d.pop("requiresConsent", UNSET)

        is_memory_tool = d.pop("isMemoryTool", UNSET)

        def _parse_memory_lookup_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_lookup_instruction = _parse_memory_lookup_instruction(d.pop("memoryLookupInstruction", UNSET))

        is_background_tool = d.pop("isBackgroundTool", UNSET)

        is_batch_execution_enabled = d.pop("isBatchExecutionEnabled", UNSET)

        is_code_execution_enabled = d.pop("isCodeExecutionEnabled", UNSET)

        is_available_to_workspace = d.pop("isAvailableToWorkspace", UNSET)

        def _parse_dynamic_props_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_props_id = _parse_dynamic_props_id(d.pop("dynamicPropsId", UNSET))

        def _parse_integration_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_provider_id = _parse_integration_provider_id(d.pop("integrationProviderId", UNSET))

        _input_params = d.pop("inputParams", UNSET)
        input_params: list[InputParamWrite] | Unset = UNSET
        if _input_params is not UNSET:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = InputParamWrite.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        _output_params = d.pop("outputParams", UNSET)
        output_params: list[OutputParamWrite] | Unset = UNSET
        if _output_params is not UNSET:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = OutputParamWrite.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        tool_configuration_input = cls(
            tool_function_name=tool_function_name,
            tool_name=tool_name,
            short_description=short_description,
            description=description,
            prompt=prompt,
            preferred_model=preferred_model,
            fallback_models=fallback_models,
            icon_src=icon_src,
            requires_consent=requires_consent,
            is_memory_tool=is_memory_tool,
            memory_lookup_instruction=memory_lookup_instruction,
            is_background_tool=is_background_tool,
            is_batch_execution_enabled=is_batch_execution_enabled,
            is_code_execution_enabled=is_code_execution_enabled,
            is_available_to_workspace=is_available_to_workspace,
            dynamic_props_id=dynamic_props_id,
            integration_provider_id=integration_provider_id,
            input_params=input_params,
            output_params=output_params,
        )

        tool_configuration_input.additional_properties = d
        return tool_configuration_input

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
