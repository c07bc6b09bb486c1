from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskNodeToolData")


@_attrs_define
class TaskNodeToolData:
    """
    Attributes:
        tool_id (str | Unset):
        tool_parameters (list[Any] | Unset):
        tool_output (list[Any] | Unset):
        required_parameters (Any | Unset): Free-form JSON object.
        optional_parameters (Any | Unset): Free-form JSON object.
        reasoning (Any | Unset): Free-form JSON object.
        filled_prompt (str | Unset):
        skip_param_extraction (list[str] | Unset):
        integration_identifier (str | Unset):
        integration_error (bool | Unset):
    """

    tool_id: str | Unset = UNSET
    tool_parameters: list[Any] | Unset = UNSET
    tool_output: list[Any] | Unset = UNSET
    required_parameters: Any | Unset = UNSET
    optional_parameters: Any | Unset = UNSET
    reasoning: Any | Unset = UNSET
    filled_prompt: str | Unset = UNSET
    skip_param_extraction: list[str] | Unset = UNSET
    integration_identifier: str | Unset = UNSET
    integration_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_parameters: list[Any] | Unset = UNSET
        if not isinstance(self.tool_parameters, Unset):
            tool_parameters = self.tool_parameters

        tool_output: list[Any] | Unset = UNSET
        if not isinstance(self.tool_output, Unset):
            tool_output = self.tool_output

        required_parameters = self.required_parameters

        optional_parameters = self.optional_parameters

        reasoning = self.reasoning

        filled_prompt = self.filled_prompt

        skip_param_extraction: list[str] | Unset = UNSET
        if not isinstance(self.skip_param_extraction, Unset):
            skip_param_extraction = self.skip_param_extraction

        integration_identifier = self.integration_identifier

        integration_error = self.integration_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if tool_parameters is not UNSET:
            field_dict["tool_parameters"] = tool_parameters
        if tool_output is not UNSET:
            field_dict["tool_output"] = tool_output
        if required_parameters is not UNSET:
            field_dict["required_parameters"] = required_parameters
        if optional_parameters is not UNSET:
            field_dict["optional_parameters"] = optional_parameters
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if filled_prompt is not UNSET:
            field_dict["filled_prompt"] = filled_prompt
        if skip_param_extraction is not UNSET:
            field_dict["skip_param_extraction"] = skip_param_extraction
        if integration_identifier is not UNSET:
            field_dict["integration_identifier"] = integration_identifier
        if integration_error is not UNSET:
            field_dict["integration_error"] = integration_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("tool_id", UNSET)

        tool_parameters = cast(list[Any], d.pop("tool_parameters", UNSET))

        tool_output = cast(list[Any], d.pop("tool_output", UNSET))

        required_parameters = d.pop("required_parameters", UNSET)

        optional_parameters = d.pop("optional_parameters", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        filled_prompt = d.pop("filled_prompt", UNSET)

        skip_param_extraction = cast(list[str], d.pop("skip_param_extraction", UNSET))

        integration_identifier = d.pop("integration_identifier", UNSET)

        integration_error = d.pop("integration_error", UNSET)

        task_node_tool_data = cls(
            tool_id=tool_id,
            tool_parameters=tool_parameters,
            tool_output=tool_output,
            required_parameters=required_parameters,
            optional_parameters=optional_parameters,
            reasoning=reasoning,
            filled_prompt=filled_prompt,
            skip_param_extraction=skip_param_extraction,
            integration_identifier=integration_identifier,
            integration_error=integration_error,
        )

        task_node_tool_data.additional_properties = d
        return task_node_tool_data

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
