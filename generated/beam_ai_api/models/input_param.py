from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_param import OutputParam
    from ..models.param_option import ParamOption


T = TypeVar("T", bound="InputParam")


@_attrs_define
class InputParam:
    """
    Attributes:
        id (str | Unset):
        param_name (str | Unset):
        fill_type (str | Unset): third-party lists ai_fill, static, linked, from_memory and user_fill/user_input
            (sources disagree) Example: ai_fill.
        agent_tool_configuration_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        link_output_param (OutputParam | Unset):
        position (int | Unset):
        question (str | Unset):
        link_param_output_id (str | Unset):
        param_description (str | Unset):
        param_tip (str | Unset):
        static_value (str | Unset):
        required (bool | Unset):
        data_type (str | Unset):
        output_example (str | Unset):
        reload_props (Any | Unset): type not shown by vendor; third-party: boolean
        remote_options (Any | Unset): type not shown by vendor; third-party: boolean
        options (list[ParamOption] | Unset):
    """

    id: str | Unset = UNSET
    param_name: str | Unset = UNSET
    fill_type: str | Unset = UNSET
    agent_tool_configuration_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    link_output_param: OutputParam | Unset = UNSET
    position: int | Unset = UNSET
    question: str | Unset = UNSET
    link_param_output_id: str | Unset = UNSET
    param_description: str | Unset = UNSET
    param_tip: str | Unset = UNSET
    static_value: str | Unset = UNSET
    required: bool | Unset = UNSET
    data_type: str | Unset = UNSET
    output_example: str | Unset = UNSET
    reload_props: Any | Unset = UNSET
    remote_options: Any | Unset = UNSET
    options: list[ParamOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        param_name = self.param_name

        fill_type = self.fill_type

        agent_tool_configuration_id = self.agent_tool_configuration_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        link_output_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_output_param, Unset):
            link_output_param = self.link_output_param.to_dict()

        position = self.position

        question = self.question

        link_param_output_id = self.link_param_output_id

        param_description = self.param_description

        param_tip = self.param_tip

        static_value = self.static_value

        required = self.required

        data_type = self.data_type

        output_example = self.output_example

        reload_props = self.reload_props

        remote_options = self.remote_options

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if fill_type is not UNSET:
            field_dict["fillType"] = fill_type
        if agent_tool_configuration_id is not UNSET:
            field_dict["agentToolConfigurationId"] = agent_tool_configuration_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if link_output_param is not UNSET:
            field_dict["linkOutputParam"] = link_output_param
        if position is not UNSET:
            field_dict["position"] = position
        if question is not UNSET:
            field_dict["question"] = question
        if link_param_output_id is not UNSET:
            field_dict["linkParamOutputId"] = link_param_output_id
        if param_description is not UNSET:
            field_dict["paramDescription"] = param_description
        if param_tip is not UNSET:
            field_dict["paramTip"] = param_tip
        if static_value is not UNSET:
            field_dict["staticValue"] = static_value
        if required is not UNSET:
            field_dict["required"] = required
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if output_example is not UNSET:
            field_dict["outputExample"] = output_example
        if reload_props is not UNSET:
            field_dict["reloadProps"] = reload_props
        if remote_options is not UNSET:
            field_dict["remoteOptions"] = remote_options
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_param import OutputParam
        from ..models.param_option import ParamOption

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        param_name = d.pop("paramName", UNSET)

        fill_type = d.pop("fillType", UNSET)

        agent_tool_configuration_id = d.pop("agentToolConfigurationId", UNSET)

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

        _link_output_param = d.pop("linkOutputParam", UNSET)
        link_output_param: OutputParam | Unset
        if isinstance(_link_output_param, Unset):
            link_output_param = UNSET
        else:
            link_output_param = OutputParam.from_dict(_link_output_param)

        position = d.pop("position", UNSET)

        question = d.pop("question", UNSET)

        link_param_output_id = d.pop("linkParamOutputId", UNSET)

        param_description = d.pop("paramDescription", UNSET)

        param_tip = d.pop("paramTip", UNSET)

        static_value = d.pop("staticValue", UNSET)

        required = d.pop("required", UNSET)

        data_type = d.pop("dataType", UNSET)

        output_example = d.pop("outputExample", UNSET)

        reload_props = d.pop("reloadProps", UNSET)

        remote_options = d.pop("remoteOptions", UNSET)

        _options = d.pop("options", UNSET)
        options: list[ParamOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = ParamOption.from_dict(options_item_data)

                options.append(options_item)

        input_param = cls(
            id=id,
            param_name=param_name,
            fill_type=fill_type,
            agent_tool_configuration_id=agent_tool_configuration_id,
            created_at=created_at,
            updated_at=updated_at,
            link_output_param=link_output_param,
            position=position,
            question=question,
            link_param_output_id=link_param_output_id,
            param_description=param_description,
            param_tip=param_tip,
            static_value=static_value,
            required=required,
            data_type=data_type,
            output_example=output_example,
            reload_props=reload_props,
            remote_options=remote_options,
            options=options,
        )

        input_param.additional_properties = d
        return input_param

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
