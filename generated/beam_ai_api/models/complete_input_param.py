from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteInputParam")


@_attrs_define
class CompleteInputParam:
    """
    Attributes:
        param_name (str | Unset):
        param_description (str | Unset):
        fill_type (str | Unset):  Example: ai_fill.
        position (int | Unset):
        required (bool | Unset):
        data_type (str | Unset):
        question (str | Unset):
        static_value (str | Unset):
        param_tip (str | Unset):
        output_example (str | Unset):
        reload_props (bool | Unset): third-party: always false
        remote_options (bool | Unset): third-party: always false
        linked_output_param_node_id (str | Unset): third-party: source node id when fillType=linked
        linked_output_param_name (str | Unset): third-party: source output param name when fillType=linked
    """

    param_name: str | Unset = UNSET
    param_description: str | Unset = UNSET
    fill_type: str | Unset = UNSET
    position: int | Unset = UNSET
    required: bool | Unset = UNSET
    data_type: str | Unset = UNSET
    question: str | Unset = UNSET
    static_value: str | Unset = UNSET
    param_tip: str | Unset = UNSET
    output_example: str | Unset = UNSET
    reload_props: bool | Unset = UNSET
    remote_options: bool | Unset = UNSET
    linked_output_param_node_id: str | Unset = UNSET
    linked_output_param_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        param_name = self.param_name

        param_description = self.param_description

        fill_type = self.fill_type

        position = self.position

        required = self.required

        data_type = self.data_type

        question = self.question

        static_value = self.static_value

        param_tip = self.param_tip

        output_example = self.output_example

        reload_props = self.reload_props

        remote_options = self.remote_options

        linked_output_param_node_id = self.linked_output_param_node_id

        linked_output_param_name = self.linked_output_param_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if param_description is not UNSET:
            field_dict["paramDescription"] = param_description
        if fill_type is not UNSET:
            field_dict["fillType"] = fill_type
        if position is not UNSET:
            field_dict["position"] = position
        if required is not UNSET:
            field_dict["required"] = required
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if question is not UNSET:
            field_dict["question"] = question
        if static_value is not UNSET:
            field_dict["staticValue"] = static_value
        if param_tip is not UNSET:
            field_dict["paramTip"] = param_tip
        if output_example is not UNSET:
            field_dict["outputExample"] = output_example
        if reload_props is not UNSET:
            field_dict["reloadProps"] = reload_props
        if remote_options is not UNSET:
            field_dict["remoteOptions"] = remote_options
        if linked_output_param_node_id is not UNSET:
            field_dict["linkedOutputParamNodeId"] = linked_output_param_node_id
        if linked_output_param_name is not UNSET:
            field_dict["linkedOutputParamName"] = linked_output_param_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        param_name = d.pop("paramName", UNSET)

        param_description = d.pop("paramDescription", UNSET)

        fill_type = d.pop("fillType", UNSET)

        position = d.pop("position", UNSET)

        required = d.pop("required", UNSET)

        data_type = d.pop("dataType", UNSET)

        question = d.pop("question", UNSET)

        static_value = d.pop("staticValue", UNSET)

        param_tip = d.pop("paramTip", UNSET)

        output_example = d.pop("outputExample", UNSET)

        reload_props = d.pop("reloadProps", UNSET)

        remote_options = d.pop("remoteOptions", UNSET)

        linked_output_param_node_id = d.pop("linkedOutputParamNodeId", UNSET)

        linked_output_param_name = d.pop("linkedOutputParamName", UNSET)

        complete_input_param = cls(
            param_name=param_name,
            param_description=param_description,
            fill_type=fill_type,
            position=position,
            required=required,
            data_type=data_type,
            question=question,
            static_value=static_value,
            param_tip=param_tip,
            output_example=output_example,
            reload_props=reload_props,
            remote_options=remote_options,
            linked_output_param_node_id=linked_output_param_node_id,
            linked_output_param_name=linked_output_param_name,
        )

        complete_input_param.additional_properties = d
        return complete_input_param

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
