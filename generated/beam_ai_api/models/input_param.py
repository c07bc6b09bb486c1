from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_datetime,
    as_int,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.output_param import OutputParam
    from ..models.param_option import ParamOption


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_InputParam = frozenset(
    (
        "id",
        "paramName",
        "fillType",
        "agentToolConfigurationId",
        "createdAt",
        "updatedAt",
        "linkOutputParam",
        "position",
        "question",
        "linkParamOutputId",
        "paramDescription",
        "paramTip",
        "staticValue",
        "required",
        "dataType",
        "outputExample",
        "reloadProps",
        "remoteOptions",
        "options",
    )
)
_FIELDS_InputParam: tuple[str, ...] = (
    "id",
    "param_name",
    "fill_type",
    "agent_tool_configuration_id",
    "created_at",
    "updated_at",
    "link_output_param",
    "position",
    "question",
    "link_param_output_id",
    "param_description",
    "param_tip",
    "static_value",
    "required",
    "data_type",
    "output_example",
    "reload_props",
    "remote_options",
    "options",
)


@_attrs_define(repr=False)
class InputParam(ResponseModel):
    """
    Attributes:
        id (str | None):
        param_name (str | None):
        fill_type (str | None): For example ai_fill, static, linked, from_memory, user_fill or user_input.
        agent_tool_configuration_id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        link_output_param (OutputParam | None):
        position (int | None):
        question (str | None):
        link_param_output_id (str | None):
        param_description (str | None):
        param_tip (str | None):
        static_value (str | None):
        required (bool | None):
        data_type (str | None):
        output_example (str | None):
        reload_props (Any | None):
        remote_options (Any | None):
        options (list[ParamOption] | None):
    """

    id: str | None = None
    param_name: str | None = None
    fill_type: str | None = None
    agent_tool_configuration_id: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    link_output_param: OutputParam | None = None
    position: int | None = None
    question: str | None = None
    link_param_output_id: str | None = None
    param_description: str | None = None
    param_tip: str | None = None
    static_value: str | None = None
    required: bool | None = None
    data_type: str | None = None
    output_example: str | None = None
    reload_props: Any | None = None
    remote_options: Any | None = None
    options: list[ParamOption] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_InputParam)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.fill_type
        if value is not None:
            field_dict["fillType"] = value
        value = self.agent_tool_configuration_id
        if value is not None:
            field_dict["agentToolConfigurationId"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.link_output_param
        if value is not None:
            field_dict["linkOutputParam"] = value.to_dict()
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.question
        if value is not None:
            field_dict["question"] = value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("paramName")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramName")
            self.param_name = value
            value = src_dict.get("fillType")
            if value.__class__ is not str and value is not None:
                raise TypeError("fillType")
            self.fill_type = value
            value = src_dict.get("agentToolConfigurationId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentToolConfigurationId")
            self.agent_tool_configuration_id = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("linkOutputParam")
            self.link_output_param = None if value is None else _models.OutputParam.from_dict(value)
            value = src_dict.get("position")
            if value.__class__ is not int and value is not None:
                raise TypeError("position")
            self.position = value
            value = src_dict.get("question")
            if value.__class__ is not str and value is not None:
                raise TypeError("question")
            self.question = value
            value = src_dict.get("linkParamOutputId")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkParamOutputId")
            self.link_param_output_id = value
            value = src_dict.get("paramDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramDescription")
            self.param_description = value
            value = src_dict.get("paramTip")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramTip")
            self.param_tip = value
            value = src_dict.get("staticValue")
            if value.__class__ is not str and value is not None:
                raise TypeError("staticValue")
            self.static_value = value
            value = src_dict.get("required")
            if value.__class__ is not bool and value is not None:
                raise TypeError("required")
            self.required = value
            value = src_dict.get("dataType")
            if value.__class__ is not str and value is not None:
                raise TypeError("dataType")
            self.data_type = value
            value = src_dict.get("outputExample")
            if value.__class__ is not str and value is not None:
                raise TypeError("outputExample")
            self.output_example = value
            self.reload_props = src_dict.get("reloadProps")
            self.remote_options = src_dict.get("remoteOptions")
            value = src_dict.get("options")
            self.options = None if value is None else list(map(_models.ParamOption.from_dict, value))
            if not _KNOWN_InputParam.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_InputParam
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_InputParam, _KNOWN_InputParam)
        return parsed

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


_SPEC_InputParam: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("paramName", "param_name", as_str, "str", False, False, False, ""),
    FieldSpec("fillType", "fill_type", as_str, "str", False, False, False, ""),
    FieldSpec("agentToolConfigurationId", "agent_tool_configuration_id", as_str, "str", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec(
        "linkOutputParam",
        "link_output_param",
        as_model("OutputParam"),
        "OutputParam",
        False,
        False,
        False,
        "OutputParam",
    ),
    FieldSpec("position", "position", as_int, "int", False, False, False, ""),
    FieldSpec("question", "question", as_str, "str", False, False, False, ""),
    FieldSpec("linkParamOutputId", "link_param_output_id", as_str, "str", False, False, False, ""),
    FieldSpec("paramDescription", "param_description", as_str, "str", False, False, False, ""),
    FieldSpec("paramTip", "param_tip", as_str, "str", False, False, False, ""),
    FieldSpec("staticValue", "static_value", as_str, "str", False, False, False, ""),
    FieldSpec("required", "required", as_bool, "bool", False, False, False, ""),
    FieldSpec("dataType", "data_type", as_str, "str", False, False, False, ""),
    FieldSpec("outputExample", "output_example", as_str, "str", False, False, False, ""),
    FieldSpec("reloadProps", "reload_props", as_any, "Any", False, False, False, ""),
    FieldSpec("remoteOptions", "remote_options", as_any, "Any", False, False, False, ""),
    FieldSpec(
        "options", "options", as_list(as_model("ParamOption")), "list[ParamOption]", False, False, False, "ParamOption"
    ),
)
