from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_params import LinkParams
    from ..models.param_option import ParamOption


T = TypeVar("T", bound="InputParamWrite")


@_attrs_define
class InputParamWrite:
    """
    Attributes:
        param_name (str | Unset):
        fill_type (str | Unset):  Example: ai_fill.
        position (int | Unset):
        question (str | Unset):
        link_params (LinkParams | Unset):
        link_param_output_id (str | Unset):
        param_description (str | Unset):
        param_tip (str | Unset):
        static_value (str | Unset):
        required (bool | Unset):
        data_type (str | Unset):
        is_array (bool | Unset):
        type_options (Any | Unset): Free-form JSON object.
        output_example (str | Unset):
        reload_props (Any | Unset): type not shown; third-party: boolean
        remote_options (Any | Unset): type not shown; third-party: boolean
        options (list[ParamOption] | Unset):
        linked_output_param_rules_data (Any | Unset): Free-form JSON object.
    """

    param_name: str | Unset = UNSET
    fill_type: str | Unset = UNSET
    position: int | Unset = UNSET
    question: str | Unset = UNSET
    link_params: LinkParams | Unset = UNSET
    link_param_output_id: str | Unset = UNSET
    param_description: str | Unset = UNSET
    param_tip: str | Unset = UNSET
    static_value: str | Unset = UNSET
    required: bool | Unset = UNSET
    data_type: str | Unset = UNSET
    is_array: bool | Unset = UNSET
    type_options: Any | Unset = UNSET
    output_example: str | Unset = UNSET
    reload_props: Any | Unset = UNSET
    remote_options: Any | Unset = UNSET
    options: list[ParamOption] | Unset = UNSET
    linked_output_param_rules_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        param_name = self.param_name

        fill_type = self.fill_type

        position = self.position

        question = self.question

        link_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_params, Unset):
            link_params = self.link_params.to_dict()

        link_param_output_id = self.link_param_output_id

        param_description = self.param_description

        param_tip = self.param_tip

        static_value = self.static_value

        required = self.required

        data_type = self.data_type

        is_array = self.is_array

        type_options = self.type_options

        output_example = self.output_example

        reload_props = self.reload_props

        remote_options = self.remote_options

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        linked_output_param_rules_data = self.linked_output_param_rules_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if fill_type is not UNSET:
            field_dict["fillType"] = fill_type
        if position is not UNSET:
            field_dict["position"] = position
        if question is not UNSET:
            field_dict["question"] = question
        if link_params is not UNSET:
            field_dict["linkParams"] = link_params
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
        if is_array is not UNSET:
            field_dict["isArray"] = is_array
        if type_options is not UNSET:
            field_dict["typeOptions"] = type_options
        if output_example is not UNSET:
            field_dict["outputExample"] = output_example
        if reload_props is not UNSET:
            field_dict["reloadProps"] = reload_props
        if remote_options is not UNSET:
            field_dict["remoteOptions"] = remote_options
        if options is not UNSET:
            field_dict["options"] = options
        if linked_output_param_rules_data is not UNSET:
            field_dict["linkedOutputParamRulesData"] = linked_output_param_rules_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link_params import LinkParams
        from ..models.param_option import ParamOption

        d = dict(src_dict)
        param_name = d.pop("paramName", UNSET)

        fill_type = d.pop("fillType", UNSET)

        position = d.pop("position", UNSET)

        question = d.pop("question", UNSET)

        _link_params = d.pop("linkParams", UNSET)
        link_params: LinkParams | Unset
        if isinstance(_link_params, Unset):
            link_params = UNSET
        else:
            link_params = LinkParams.from_dict(_link_params)

        link_param_output_id = d.pop("linkParamOutputId", UNSET)

        param_description = d.pop("paramDescription", UNSET)

        param_tip = d.pop("paramTip", UNSET)

        static_value = d.pop("staticValue", UNSET)

        required = d.pop("required", UNSET)

        data_type = d.pop("dataType", UNSET)

        is_array = d.pop("isArray", UNSET)

        type_options = d.pop("typeOptions", UNSET)

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

        linked_output_param_rules_data = d.pop("linkedOutputParamRulesData", UNSET)

        input_param_write = cls(
            param_name=param_name,
            fill_type=fill_type,
            position=position,
            question=question,
            link_params=link_params,
            link_param_output_id=link_param_output_id,
            param_description=param_description,
            param_tip=param_tip,
            static_value=static_value,
            required=required,
            data_type=data_type,
            is_array=is_array,
            type_options=type_options,
            output_example=output_example,
            reload_props=reload_props,
            remote_options=remote_options,
            options=options,
            linked_output_param_rules_data=linked_output_param_rules_data,
        )

        input_param_write.additional_properties = d
        return input_param_write

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
