from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_int,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_CompleteInputParam = frozenset(
    (
        "paramName",
        "paramDescription",
        "fillType",
        "position",
        "required",
        "dataType",
        "question",
        "staticValue",
        "paramTip",
        "outputExample",
        "reloadProps",
        "remoteOptions",
        "linkedOutputParamNodeId",
        "linkedOutputParamName",
    )
)
_FIELDS_CompleteInputParam: tuple[str, ...] = (
    "param_name",
    "param_description",
    "fill_type",
    "position",
    "required",
    "data_type",
    "question",
    "static_value",
    "param_tip",
    "output_example",
    "reload_props",
    "remote_options",
    "linked_output_param_node_id",
    "linked_output_param_name",
)


@_attrs_define(repr=False)
class CompleteInputParam(ResponseModel):
    """
    Attributes:
        param_name (str | None):
        param_description (str | None):
        fill_type (str | None):
        position (int | None):
        required (bool | None):
        data_type (str | None):
        question (str | None):
        static_value (str | None):
        param_tip (str | None):
        output_example (str | None):
        reload_props (bool | None): Always false.
        remote_options (bool | None): Always false.
        linked_output_param_node_id (str | None): The source node id when fillType is linked.
        linked_output_param_name (str | None): The source output param name when fillType is linked.
    """

    param_name: str | None = None
    param_description: str | None = None
    fill_type: str | None = None
    position: int | None = None
    required: bool | None = None
    data_type: str | None = None
    question: str | None = None
    static_value: str | None = None
    param_tip: str | None = None
    output_example: str | None = None
    reload_props: bool | None = None
    remote_options: bool | None = None
    linked_output_param_node_id: str | None = None
    linked_output_param_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteInputParam)

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
        value = self.fill_type
        if value is not None:
            field_dict["fillType"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.required
        if value is not None:
            field_dict["required"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.question
        if value is not None:
            field_dict["question"] = value
        value = self.static_value
        if value is not None:
            field_dict["staticValue"] = value
        value = self.param_tip
        if value is not None:
            field_dict["paramTip"] = value
        value = self.output_example
        if value is not None:
            field_dict["outputExample"] = value
        value = self.reload_props
        if value is not None:
            field_dict["reloadProps"] = value
        value = self.remote_options
        if value is not None:
            field_dict["remoteOptions"] = value
        value = self.linked_output_param_node_id
        if value is not None:
            field_dict["linkedOutputParamNodeId"] = value
        value = self.linked_output_param_name
        if value is not None:
            field_dict["linkedOutputParamName"] = value
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
            value = src_dict.get("fillType")
            if value.__class__ is not str and value is not None:
                raise TypeError("fillType")
            self.fill_type = value
            value = src_dict.get("position")
            if value.__class__ is not int and value is not None:
                raise TypeError("position")
            self.position = value
            value = src_dict.get("required")
            if value.__class__ is not bool and value is not None:
                raise TypeError("required")
            self.required = value
            value = src_dict.get("dataType")
            if value.__class__ is not str and value is not None:
                raise TypeError("dataType")
            self.data_type = value
            value = src_dict.get("question")
            if value.__class__ is not str and value is not None:
                raise TypeError("question")
            self.question = value
            value = src_dict.get("staticValue")
            if value.__class__ is not str and value is not None:
                raise TypeError("staticValue")
            self.static_value = value
            value = src_dict.get("paramTip")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramTip")
            self.param_tip = value
            value = src_dict.get("outputExample")
            if value.__class__ is not str and value is not None:
                raise TypeError("outputExample")
            self.output_example = value
            value = src_dict.get("reloadProps")
            if value.__class__ is not bool and value is not None:
                raise TypeError("reloadProps")
            self.reload_props = value
            value = src_dict.get("remoteOptions")
            if value.__class__ is not bool and value is not None:
                raise TypeError("remoteOptions")
            self.remote_options = value
            value = src_dict.get("linkedOutputParamNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkedOutputParamNodeId")
            self.linked_output_param_node_id = value
            value = src_dict.get("linkedOutputParamName")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkedOutputParamName")
            self.linked_output_param_name = value
            if not _KNOWN_CompleteInputParam.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteInputParam
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_CompleteInputParam, _KNOWN_CompleteInputParam)
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


_SPEC_CompleteInputParam: tuple[FieldSpec, ...] = (
    FieldSpec("paramName", "param_name", as_str, "str", False, False, False, ""),
    FieldSpec("paramDescription", "param_description", as_str, "str", False, False, False, ""),
    FieldSpec("fillType", "fill_type", as_str, "str", False, False, False, ""),
    FieldSpec("position", "position", as_int, "int", False, False, False, ""),
    FieldSpec("required", "required", as_bool, "bool", False, False, False, ""),
    FieldSpec("dataType", "data_type", as_str, "str", False, False, False, ""),
    FieldSpec("question", "question", as_str, "str", False, False, False, ""),
    FieldSpec("staticValue", "static_value", as_str, "str", False, False, False, ""),
    FieldSpec("paramTip", "param_tip", as_str, "str", False, False, False, ""),
    FieldSpec("outputExample", "output_example", as_str, "str", False, False, False, ""),
    FieldSpec("reloadProps", "reload_props", as_bool, "bool", False, False, False, ""),
    FieldSpec("remoteOptions", "remote_options", as_bool, "bool", False, False, False, ""),
    FieldSpec("linkedOutputParamNodeId", "linked_output_param_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("linkedOutputParamName", "linked_output_param_name", as_str, "str", False, False, False, ""),
)
