from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_param_type_options import OutputParamTypeOptions


T = TypeVar("T", bound="OutputParam")


@_attrs_define
class OutputParam:
    """
    Attributes:
        id (str | Unset):
        param_name (str | Unset):
        agent_tool_configuration_id (str | Unset):
        data_type (str | Unset):  Example: string.
        is_array (bool | Unset):
        type_options (OutputParamTypeOptions | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        position (int | Unset):
        param_description (str | Unset):
        parent_id (str | Unset):
        param_path (str | Unset):
        output_example (str | Unset):
    """

    id: str | Unset = UNSET
    param_name: str | Unset = UNSET
    agent_tool_configuration_id: str | Unset = UNSET
    data_type: str | Unset = UNSET
    is_array: bool | Unset = UNSET
    type_options: OutputParamTypeOptions | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    position: int | Unset = UNSET
    param_description: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    param_path: str | Unset = UNSET
    output_example: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        param_name = self.param_name

        agent_tool_configuration_id = self.agent_tool_configuration_id

        data_type = self.data_type

        is_array = self.is_array

        type_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_options, Unset):
            type_options = self.type_options.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        position = self.position

        param_description = self.param_description

        parent_id = self.parent_id

        param_path = self.param_path

        output_example = self.output_example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if agent_tool_configuration_id is not UNSET:
            field_dict["agentToolConfigurationId"] = agent_tool_configuration_id
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if is_array is not UNSET:
            field_dict["isArray"] = is_array
        if type_options is not UNSET:
            field_dict["typeOptions"] = type_options
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if position is not UNSET:
            field_dict["position"] = position
        if param_description is not UNSET:
            field_dict["paramDescription"] = param_description
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if param_path is not UNSET:
            field_dict["paramPath"] = param_path
        if output_example is not UNSET:
            field_dict["outputExample"] = output_example

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_param_type_options import OutputParamTypeOptions

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        param_name = d.pop("paramName", UNSET)

        agent_tool_configuration_id = d.pop("agentToolConfigurationId", UNSET)

        data_type = d.pop("dataType", UNSET)

        is_array = d.pop("isArray", UNSET)

        _type_options = d.pop("typeOptions", UNSET)
        type_options: OutputParamTypeOptions | Unset
        if isinstance(_type_options, Unset):
            type_options = UNSET
        else:
            type_options = OutputParamTypeOptions.from_dict(_type_options)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        position = d.pop("position", UNSET)

        param_description = d.pop("paramDescription", UNSET)

        parent_id = d.pop("parentId", UNSET)

        param_path = d.pop("paramPath", UNSET)

        output_example = d.pop("outputExample", UNSET)

        output_param = cls(
            id=id,
            param_name=param_name,
            agent_tool_configuration_id=agent_tool_configuration_id,
            data_type=data_type,
            is_array=is_array,
            type_options=type_options,
            created_at=created_at,
            updated_at=updated_at,
            position=position,
            param_description=param_description,
            parent_id=parent_id,
            param_path=param_path,
            output_example=output_example,
        )

        output_param.additional_properties = d
        return output_param

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
