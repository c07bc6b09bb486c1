from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_any,
    as_bool,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_TaskNodeToolData = frozenset(
    (
        "tool_id",
        "tool_parameters",
        "tool_output",
        "required_parameters",
        "optional_parameters",
        "reasoning",
        "filled_prompt",
        "skip_param_extraction",
        "integration_identifier",
        "integration_error",
    )
)
_FIELDS_TaskNodeToolData: tuple[str, ...] = (
    "tool_id",
    "tool_parameters",
    "tool_output",
    "required_parameters",
    "optional_parameters",
    "reasoning",
    "filled_prompt",
    "skip_param_extraction",
    "integration_identifier",
    "integration_error",
)


@_attrs_define(repr=False)
class TaskNodeToolData(ResponseModel):
    """
    Attributes:
        tool_id (str | None):
        tool_parameters (list[Any] | None):
        tool_output (list[Any] | None):
        required_parameters (Any | None): Free-form JSON object.
        optional_parameters (Any | None): Free-form JSON object.
        reasoning (Any | None): Free-form JSON object.
        filled_prompt (str | None):
        skip_param_extraction (list[str] | None):
        integration_identifier (str | None):
        integration_error (bool | None):
    """

    tool_id: str | None = None
    tool_parameters: list[Any] | None = None
    tool_output: list[Any] | None = None
    required_parameters: Any | None = None
    optional_parameters: Any | None = None
    reasoning: Any | None = None
    filled_prompt: str | None = None
    skip_param_extraction: list[str] | None = None
    integration_identifier: str | None = None
    integration_error: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskNodeToolData)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.tool_id
        if value is not None:
            field_dict["tool_id"] = value
        value = self.tool_parameters
        if value is not None:
            field_dict["tool_parameters"] = value
        value = self.tool_output
        if value is not None:
            field_dict["tool_output"] = value
        value = self.required_parameters
        if value is not None:
            field_dict["required_parameters"] = value
        value = self.optional_parameters
        if value is not None:
            field_dict["optional_parameters"] = value
        value = self.reasoning
        if value is not None:
            field_dict["reasoning"] = value
        value = self.filled_prompt
        if value is not None:
            field_dict["filled_prompt"] = value
        value = self.skip_param_extraction
        if value is not None:
            field_dict["skip_param_extraction"] = value
        value = self.integration_identifier
        if value is not None:
            field_dict["integration_identifier"] = value
        value = self.integration_error
        if value is not None:
            field_dict["integration_error"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("tool_id")
            if value.__class__ is not str and value is not None:
                raise TypeError("tool_id")
            self.tool_id = value
            value = src_dict.get("tool_parameters")
            if value is not None and value.__class__ is not list:
                raise TypeError("tool_parameters")
            self.tool_parameters = value
            value = src_dict.get("tool_output")
            if value is not None and value.__class__ is not list:
                raise TypeError("tool_output")
            self.tool_output = value
            self.required_parameters = src_dict.get("required_parameters")
            self.optional_parameters = src_dict.get("optional_parameters")
            self.reasoning = src_dict.get("reasoning")
            value = src_dict.get("filled_prompt")
            if value.__class__ is not str and value is not None:
                raise TypeError("filled_prompt")
            self.filled_prompt = value
            value = src_dict.get("skip_param_extraction")
            if value is not None and not all_of(value, STR):
                raise TypeError("skip_param_extraction")
            self.skip_param_extraction = value
            value = src_dict.get("integration_identifier")
            if value.__class__ is not str and value is not None:
                raise TypeError("integration_identifier")
            self.integration_identifier = value
            value = src_dict.get("integration_error")
            if value.__class__ is not bool and value is not None:
                raise TypeError("integration_error")
            self.integration_error = value
            if not _KNOWN_TaskNodeToolData.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeToolData
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskNodeToolData, _KNOWN_TaskNodeToolData)
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


_SPEC_TaskNodeToolData: tuple[FieldSpec, ...] = (
    FieldSpec("tool_id", "tool_id", as_str, "str", False, False, False, ""),
    FieldSpec("tool_parameters", "tool_parameters", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("tool_output", "tool_output", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("required_parameters", "required_parameters", as_any, "Any", False, False, False, ""),
    FieldSpec("optional_parameters", "optional_parameters", as_any, "Any", False, False, False, ""),
    FieldSpec("reasoning", "reasoning", as_any, "Any", False, False, False, ""),
    FieldSpec("filled_prompt", "filled_prompt", as_str, "str", False, False, False, ""),
    FieldSpec("skip_param_extraction", "skip_param_extraction", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("integration_identifier", "integration_identifier", as_str, "str", False, False, False, ""),
    FieldSpec("integration_error", "integration_error", as_bool, "bool", False, False, False, ""),
)
