from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_param_write import InputParamWrite
    from ..models.output_param_write import OutputParamWrite


T = TypeVar("T", bound="UpdateNodeParamsRequest")


@_attrs_define
class UpdateNodeParamsRequest:
    """
    Attributes:
        output_params (list[OutputParamWrite] | Unset):
        input_params (list[InputParamWrite] | Unset):
    """

    output_params: list[OutputParamWrite] | Unset = UNSET
    input_params: list[InputParamWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = []
            for output_params_item_data in self.output_params:
                output_params_item = output_params_item_data.to_dict()
                output_params.append(output_params_item)

        input_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = []
            for input_params_item_data in self.input_params:
                input_params_item = input_params_item_data.to_dict()
                input_params.append(input_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_params is not UNSET:
            field_dict["outputParams"] = output_params
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_param_write import InputParamWrite
        from ..models.output_param_write import OutputParamWrite

        d = dict(src_dict)
        _output_params = d.pop("outputParams", UNSET)
        output_params: list[OutputParamWrite] | Unset = UNSET
        if _output_params is not UNSET:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = OutputParamWrite.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        _input_params = d.pop("inputParams", UNSET)
        input_params: list[InputParamWrite] | Unset = UNSET
        if _input_params is not UNSET:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = InputParamWrite.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        update_node_params_request = cls(
            output_params=output_params,
            input_params=input_params,
        )

        update_node_params_request.additional_properties = d
        return update_node_params_request

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
