from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_param import InputParam
    from ..models.output_param import OutputParam


T = TypeVar("T", bound="ToolConfiguration")


@_attrs_define
class ToolConfiguration:
    """
    Attributes:
        id (str | Unset):
        tool_function_name (str | Unset):
        tool_name (str | Unset):
        requires_consent (bool | Unset):
        is_memory_tool (bool | Unset):
        is_background_tool (bool | Unset):
        is_batch_execution_enabled (bool | Unset):
        is_code_execution_enabled (bool | Unset):
        input_params (list[InputParam] | Unset):
        output_params (list[OutputParam] | Unset):
        original_tool (Any | Unset): third-party only: effective tool config (prompt, preferredModel, description,
            params) Free-form JSON object.
    """

    id: str | Unset = UNSET
    tool_function_name: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    requires_consent: bool | Unset = UNSET
    is_memory_tool: bool | Unset = UNSET
    is_background_tool: bool | Unset = UNSET
    is_batch_execution_enabled: bool | Unset = UNSET
    is_code_execution_enabled: bool | Unset = UNSET
    input_params: list[InputParam] | Unset = UNSET
    output_params: list[OutputParam] | Unset = UNSET
    original_tool: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_function_name = self.tool_function_name

        tool_name = self.tool_name

        requires_consent = self.requires_consent

        is_memory_tool = self.is_memory_tool

        is_background_tool = self.is_background_tool

        is_batch_execution_enabled = self.is_batch_execution_enabled

        is_code_execution_enabled = self.is_code_execution_enabled

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

        original_tool = self.original_tool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tool_function_name is not UNSET:
            field_dict["toolFunctionName"] = tool_function_name
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if requires_consent is not UNSET:
            field_dict["requiresConsent"] = requires_consent
        if is_memory_tool is not UNSET:
            field_dict["isMemoryTool"] = is_memory_tool
        if is_background_tool is not UNSET:
            field_dict["isBackgroundTool"] = is_background_tool
        if is_batch_execution_enabled is not UNSET:
            field_dict["isBatchExecutionEnabled"] = is_batch_execution_enabled
        if is_code_execution_enabled is not UNSET:
            field_dict["isCodeExecutionEnabled"] = is_code_execution_enabled
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params
        if output_params is not UNSET:
            field_dict["outputParams"] = output_params
        if original_tool is not UNSET:
            field_dict["originalTool"] = original_tool

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_param import InputParam
        from ..models.output_param import OutputParam

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tool_function_name = d.pop("toolFunctionName", UNSET)

        tool_name = d.pop("toolName", UNSET)

        requires_consent = d.pop("requiresConsent", UNSET)

        is_memory_tool = d.pop("isMemoryTool", UNSET)

        is_background_tool = d.pop("isBackgroundTool", UNSET)

        is_batch_execution_enabled = d.pop("isBatchExecutionEnabled", UNSET)

        is_code_execution_enabled = d.pop("isCodeExecutionEnabled", UNSET)

        _input_params = d.pop("inputParams", UNSET)
        input_params: list[InputParam] | Unset = UNSET
        if _input_params is not UNSET:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = InputParam.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        _output_params = d.pop("outputParams", UNSET)
        output_params: list[OutputParam] | Unset = UNSET
        if _output_params is not UNSET:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = OutputParam.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        original_tool = d.pop("originalTool", UNSET)

        tool_configuration = cls(
            id=id,
            tool_function_name=tool_function_name,
            tool_name=tool_name,
            requires_consent=requires_consent,
            is_memory_tool=is_memory_tool,
            is_background_tool=is_background_tool,
            is_batch_execution_enabled=is_batch_execution_enabled,
            is_code_execution_enabled=is_code_execution_enabled,
            input_params=input_params,
            output_params=output_params,
            original_tool=original_tool,
        )

        tool_configuration.additional_properties = d
        return tool_configuration

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
