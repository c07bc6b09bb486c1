from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputParamWrite")


@_attrs_define
class OutputParamWrite:
    """
    Attributes:
        param_name (str | Unset):
        param_description (str | Unset):
        position (int | Unset):
        data_type (str | Unset):
        is_array (bool | Unset):
        param_path (str | Unset):
        output_example (str | Unset):
        parent_id (str | Unset):
        type_options (Any | Unset): Free-form JSON object.
        id (str | Unset):
        agent_tool_configuration_id (str | Unset):
    """

    param_name: str | Unset = UNSET
    param_description: str | Unset = UNSET
    position: int | Unset = UNSET
    data_type: str | Unset = UNSET
    is_array: bool | Unset = UNSET
    param_path: str | Unset = UNSET
    output_example: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    type_options: Any | Unset = UNSET
    id: str | Unset = UNSET
    agent_tool_configuration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        param_name = self.param_name

        param_description = self.param_description

        position = self.position

        data_type = self.data_type

        is_array = self.is_array

        param_path = self.param_path

        output_example = self.output_example

        parent_id = self.parent_id

        type_options = self.type_options

        id = self.id

        agent_tool_configuration_id = self.agent_tool_configuration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if param_description is not UNSET:
            field_dict["paramDescription"] = param_description
        if position is not UNSET:
            field_dict["position"] = position
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if is_array is not UNSET:
            field_dict["isArray"] = is_array
        if param_path is not UNSET:
            field_dict["paramPath"] = param_path
        if output_example is not UNSET:
            field_dict["outputExample"] = output_example
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if type_options is not UNSET:
            field_dict["typeOptions"] = type_options
        if id is not UNSET:
            field_dict["id"] = id
        if agent_tool_configuration_id is not UNSET:
            field_dict["agentToolConfigurationId"] = agent_tool_configuration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        param_name = d.pop("paramName", UNSET)

        param_description = d.pop("paramDescription", UNSET)

        position = d.pop("position", UNSET)

        data_type = d.pop("dataType", UNSET)

        is_array = d.pop("isArray", UNSET)

        param_path = d.pop("paramPath", UNSET)

        output_example = d.pop("outputExample", UNSET)

        parent_id = d.pop("parentId", UNSET)

        type_options = d.pop("typeOptions", UNSET)

        id = d.pop("id", UNSET)

        agent_tool_configuration_id = d.pop("agentToolConfigurationId", UNSET)

        output_param_write = cls(
            param_name=param_name,
            param_description=param_description,
            position=position,
            data_type=data_type,
            is_array=is_array,
            param_path=param_path,
            output_example=output_example,
            parent_id=parent_id,
            type_options=type_options,
            id=id,
            agent_tool_configuration_id=agent_tool_configuration_id,
        )

        output_param_write.additional_properties = d
        return output_param_write

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
