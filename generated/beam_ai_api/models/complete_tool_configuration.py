from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_input_param import CompleteInputParam
    from ..models.output_param_write import OutputParamWrite


T = TypeVar("T", bound="CompleteToolConfiguration")


@_attrs_define
class CompleteToolConfiguration:
    """third-party: toolFunctionName is the only required field

    Attributes:
        tool_function_name (str | Unset):
        tool_name (str | Unset): third-party: max 200 chars
        description (str | Unset):
        requires_consent (bool | Unset):
        is_memory_tool (bool | Unset):
        memory_lookup_instruction (str | Unset):
        is_background_tool (bool | Unset):
        is_batch_execution_enabled (bool | Unset):
        is_code_execution_enabled (bool | Unset):
        prompt (str | Unset):
        preferred_model (str | Unset):
        fallback_models (str | Unset): third-party: comma-separated model ids
        input_params (list[CompleteInputParam] | Unset):
        output_params (list[OutputParamWrite] | Unset):
    """

    tool_function_name: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    description: str | Unset = UNSET
    requires_consent: bool | Unset = UNSET
    is_memory_tool: bool | Unset = UNSET
    memory_lookup_instruction: str | Unset = UNSET
    is_background_tool: bool | Unset = UNSET
    is_batch_execution_enabled: bool | Unset = UNSET
    is_code_execution_enabled: bool | Unset = UNSET
    prompt: str | Unset = UNSET
    preferred_model: str | Unset = UNSET
    fallback_models: str | Unset = UNSET
    input_params: list[CompleteInputParam] | Unset = UNSET
    output_params: list[OutputParamWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_function_name = self.tool_function_name

        tool_name = self.tool_name

        description = self.description

        requires_consent = self.requires_consent

        is_memory_tool = self.is_memory_tool

        memory_lookup_instruction = self.memory_lookup_instruction

        is_background_tool = self.is_background_tool

        is_batch_execution_enabled = self.is_batch_execution_enabled

        is_code_execution_enabled = self.is_code_execution_enabled

        prompt = self.prompt

        preferred_model = self.preferred_model

        fallback_models = self.fallback_models

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
        if description is not UNSET:
            field_dict["description"] = description
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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if preferred_model is not UNSET:
            field_dict["preferredModel"] = preferred_model
        if fallback_models is not UNSET:
            field_dict["fallbackModels"] = fallback_models
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params
        if output_params is not UNSET:
            field_dict["outputParams"] = output_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complete_input_param import CompleteInputParam
        from ..models.output_param_write import OutputParamWrite

        d = dict(src_dict)
        tool_function_name = d.pop("toolFunctionName", UNSET)

        tool_name = d.pop("toolName", UNSET)

        description = d.pop("description", UNSET)

        requires_consent = d.pop("requiresConsent", UNSET)

        is_memory_tool = d.pop("isMemoryTool", UNSET)

        memory_lookup_instruction = d.pop("memoryLookupInstruction", UNSET)

        is_background_tool = d.pop("isBackgroundTool", UNSET)

        is_batch_execution_enabled = d.pop("isBatchExecutionEnabled", UNSET)

        is_code_execution_enabled = d.pop("isCodeExecutionEnabled", UNSET)

        prompt = d.pop("prompt", UNSET)

        preferred_model = d.pop("preferredModel", UNSET)

        fallback_models = d.pop("fallbackModels", UNSET)

        _input_params = d.pop("inputParams", UNSET)
        input_params: list[CompleteInputParam] | Unset = UNSET
        if _input_params is not UNSET:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = CompleteInputParam.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        _output_params = d.pop("outputParams", UNSET)
        output_params: list[OutputParamWrite] | Unset = UNSET
        if _output_params is not UNSET:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = OutputParamWrite.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        complete_tool_configuration = cls(
            tool_function_name=tool_function_name,
            tool_name=tool_name,
            description=description,
            requires_consent=requires_consent,
            is_memory_tool=is_memory_tool,
            memory_lookup_instruction=memory_lookup_instruction,
            is_background_tool=is_background_tool,
            is_batch_execution_enabled=is_batch_execution_enabled,
            is_code_execution_enabled=is_code_execution_enabled,
            prompt=prompt,
            preferred_model=preferred_model,
            fallback_models=fallback_models,
            input_params=input_params,
            output_params=output_params,
        )

        complete_tool_configuration.additional_properties = d
        return complete_tool_configuration

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
