from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_int,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_OutputParamWrite = frozenset(
    (
        "paramName",
        "paramDescription",
        "position",
        "dataType",
        "isArray",
        "paramPath",
        "outputExample",
        "parentId",
        "typeOptions",
        "id",
        "agentToolConfigurationId",
    )
)
_FIELDS_OutputParamWrite: tuple[str, ...] = (
    "param_name",
    "param_description",
    "position",
    "data_type",
    "is_array",
    "param_path",
    "output_example",
    "parent_id",
    "type_options",
    "id",
    "agent_tool_configuration_id",
)


@_attrs_define(repr=False)
class OutputParamWrite(ResponseModel):
    """
    Attributes:
        param_name (str | None):
        param_description (str | None):
        position (int | None):
        data_type (str | None):
        is_array (bool | None):
        param_path (str | None):
        output_example (str | None):
        parent_id (str | None):
        type_options (Any | None): Free-form JSON object.
        id (str | None):
        agent_tool_configuration_id (str | None):
    """

    param_name: str | None = None
    param_description: str | None = None
    position: int | None = None
    data_type: str | None = None
    is_array: bool | None = None
    param_path: str | None = None
    output_example: str | None = None
    parent_id: str | None = None
    type_options: Any | None = None
    id: str | None = None
    agent_tool_configuration_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_OutputParamWrite)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.param_description
        if value is not None:
            field_dict["paramDescription"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.is_array
        if value is not None:
            field_dict["isArray"] = value
        value = self.param_path
        if value is not None:
            field_dict["paramPath"] = value
        value = self.output_example
        if value is not None:
            field_dict["outputExample"] = value
        value = self.parent_id
        if value is not None:
            field_dict["parentId"] = value
        value = self.type_options
        if value is not None:
            field_dict["typeOptions"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.agent_tool_configuration_id
        if value is not None:
            field_dict["agentToolConfigurationId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("paramName")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramName")
            self.param_name = value
            value = src_dict.get("paramDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramDescription")
            self.param_description = value
            value = src_dict.get("position")
            if value.__class__ is not int and value is not None:
                raise TypeError("position")
            self.position = value
            value = src_dict.get("dataType")
            if value.__class__ is not str and value is not None:
                raise TypeError("dataType")
            self.data_type = value
            value = src_dict.get("isArray")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isArray")
            self.is_array = value
            value = src_dict.get("paramPath")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramPath")
            self.param_path = value
            value = src_dict.get("outputExample")
            if value.__class__ is not str and value is not None:
                raise TypeError("outputExample")
            self.output_example = value
            value = src_dict.get("parentId")
            if value.__class__ is not str and value is not None:
                raise TypeError("parentId")
            self.parent_id = value
            self.type_options = src_dict.get("typeOptions")
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentToolConfigurationId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentToolConfigurationId")
            self.agent_tool_configuration_id = value
            if not _KNOWN_OutputParamWrite.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_OutputParamWrite
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_OutputParamWrite, _KNOWN_OutputParamWrite)
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


_SPEC_OutputParamWrite: tuple[FieldSpec, ...] = (
    FieldSpec("paramName", "param_name", as_str, "str", False, False, False, ""),
    FieldSpec("paramDescription", "param_description", as_str, "str", False, False, False, ""),
    FieldSpec("position", "position", as_int, "int", False, False, False, ""),
    FieldSpec("dataType", "data_type", as_str, "str", False, False, False, ""),
    FieldSpec("isArray", "is_array", as_bool, "bool", False, False, False, ""),
    FieldSpec("paramPath", "param_path", as_str, "str", False, False, False, ""),
    FieldSpec("outputExample", "output_example", as_str, "str", False, False, False, ""),
    FieldSpec("parentId", "parent_id", as_str, "str", False, False, False, ""),
    FieldSpec("typeOptions", "type_options", as_any, "Any", False, False, False, ""),
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("agentToolConfigurationId", "agent_tool_configuration_id", as_str, "str", False, False, False, ""),
)
