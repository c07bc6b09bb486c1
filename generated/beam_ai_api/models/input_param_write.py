from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.link_params import LinkParams
    from ..models.param_option import ParamOption


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_InputParamWrite: tuple[str, ...] = ()
_KNOWN_InputParamWrite = frozenset(
    (
        "paramName",
        "fillType",
        "position",
        "question",
        "linkParams",
        "linkParamOutputId",
        "paramDescription",
        "paramTip",
        "staticValue",
        "required",
        "dataType",
        "isArray",
        "typeOptions",
        "outputExample",
        "reloadProps",
        "remoteOptions",
        "options",
        "linkedOutputParamRulesData",
    )
)
_FIELDS_InputParamWrite: tuple[str, ...] = (
    "param_name",
    "fill_type",
    "position",
    "question",
    "link_params",
    "link_param_output_id",
    "param_description",
    "param_tip",
    "static_value",
    "required",
    "data_type",
    "is_array",
    "type_options",
    "output_example",
    "reload_props",
    "remote_options",
    "options",
    "linked_output_param_rules_data",
)


@_attrs_define(repr=False)
class InputParamWrite:
    """
    Attributes:
        param_name (str | None):
        fill_type (str | None):
        position (int | None):
        question (str | None):
        link_params (LinkParams | None):
        link_param_output_id (str | None):
        param_description (str | None):
        param_tip (str | None):
        static_value (str | None):
        required (bool | None):
        data_type (str | None):
        is_array (bool | None):
        type_options (Any | None): Free-form JSON object.
        output_example (str | None):
        reload_props (Any | None):
        remote_options (Any | None):
        options (list[ParamOption] | None):
        linked_output_param_rules_data (Any | None): Free-form JSON object.
    """

    param_name: str | None = None
    fill_type: str | None = None
    position: int | None = None
    question: str | None = None
    link_params: LinkParams | None = None
    link_param_output_id: str | None = None
    param_description: str | None = None
    param_tip: str | None = None
    static_value: str | None = None
    required: bool | None = None
    data_type: str | None = None
    is_array: bool | None = None
    type_options: Any | None = None
    output_example: str | None = None
    reload_props: Any | None = None
    remote_options: Any | None = None
    options: list[ParamOption] | None = None
    linked_output_param_rules_data: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_InputParamWrite)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.fill_type
        if value is not None:
            field_dict["fillType"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.question
        if value is not None:
            field_dict["question"] = value
        value = self.link_params
        if value is not None:
            field_dict["linkParams"] = value.to_dict()
        value = self.link_param_output_id
        if value is not None:
            field_dict["linkParamOutputId"] = value
        value = self.param_description
        if value is not None:
            field_dict["paramDescription"] = value
        value = self.param_tip
        if value is not None:
            field_dict["paramTip"] = value
        value = self.static_value
        if value is not None:
            field_dict["staticValue"] = value
        value = self.required
        if value is not None:
            field_dict["required"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.is_array
        if value is not None:
            field_dict["isArray"] = value
        value = self.type_options
        if value is not None:
            field_dict["typeOptions"] = value
        value = self.output_example
        if value is not None:
            field_dict["outputExample"] = value
        value = self.reload_props
        if value is not None:
            field_dict["reloadProps"] = value
        value = self.remote_options
        if value is not None:
            field_dict["remoteOptions"] = value
        value = self.options
        if value is not None:
            field_dict["options"] = [value_item.to_dict() for value_item in value]
        value = self.linked_output_param_rules_data
        if value is not None:
            field_dict["linkedOutputParamRulesData"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.param_name = get("paramName")
        self.fill_type = get("fillType")
        self.position = get("position")
        self.question = get("question")
        value = get("linkParams")
        self.link_params = None if value is None else _models.LinkParams.from_dict(value)
        self.link_param_output_id = get("linkParamOutputId")
        self.param_description = get("paramDescription")
        self.param_tip = get("paramTip")
        self.static_value = get("staticValue")
        self.required = get("required")
        self.data_type = get("dataType")
        self.is_array = get("isArray")
        self.type_options = get("typeOptions")
        self.output_example = get("outputExample")
        self.reload_props = get("reloadProps")
        self.remote_options = get("remoteOptions")
        value = get("options")
        self.options = None if value is None else list(map(_models.ParamOption.from_dict, value))
        self.linked_output_param_rules_data = get("linkedOutputParamRulesData")
        if not _KNOWN_InputParamWrite.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_InputParamWrite
            }
        else:
            self.additional_properties = {}
        return self

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
