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
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.input_param import InputParam
    from ..models.output_param import OutputParam


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_ToolConfiguration = frozenset(
    (
        "id",
        "toolFunctionName",
        "toolName",
        "requiresConsent",
        "isMemoryTool",
        "isBackgroundTool",
        "isBatchExecutionEnabled",
        "isCodeExecutionEnabled",
        "inputParams",
        "outputParams",
        "originalTool",
    )
)
_FIELDS_ToolConfiguration: tuple[str, ...] = (
    "id",
    "tool_function_name",
    "tool_name",
    "requires_consent",
    "is_memory_tool",
    "is_background_tool",
    "is_batch_execution_enabled",
    "is_code_execution_enabled",
    "input_params",
    "output_params",
    "original_tool",
)


@_attrs_define(repr=False)
class ToolConfiguration(ResponseModel):
    """
    Attributes:
        id (str | None):
        tool_function_name (str | None):
        tool_name (str | None):
        requires_consent (bool | None):
        is_memory_tool (bool | None):
        is_background_tool (bool | None):
        is_batch_execution_enabled (bool | None):
        is_code_execution_enabled (bool | None):
        input_params (list[InputParam] | None):
        output_params (list[OutputParam] | None):
        original_tool (Any | None): The effective tool configuration (prompt, preferredModel, description, params).
            Free-form JSON object.
    """

    id: str | None = None
    tool_function_name: str | None = None
    tool_name: str | None = None
    requires_consent: bool | None = None
    is_memory_tool: bool | None = None
    is_background_tool: bool | None = None
    is_batch_execution_enabled: bool | None = None
    is_code_execution_enabled: bool | None = None
    input_params: list[InputParam] | None = None
    output_params: list[OutputParam] | None = None
    original_tool: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ToolConfiguration)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        value = self.tool_name
        if value is not None:
            field_dict["toolName"] = value
        value = self.requires_consent
        if value is not None:
            field_dict["requiresConsent"] = value
        value = self.is_memory_tool
        if value is not None:
            field_dict["isMemoryTool"] = value
        value = self.is_background_tool
        if value is not None:
            field_dict["isBackgroundTool"] = value
        value = self.is_batch_execution_enabled
        if value is not None:
            field_dict["isBatchExecutionEnabled"] = value
        value = self.is_code_execution_enabled
        if value is not None:
            field_dict["isCodeExecutionEnabled"] = value
        value = self.input_params
        if value is not None:
            field_dict["inputParams"] = [value_item.to_dict() for value_item in value]
        value = self.output_params
        if value is not None:
            field_dict["outputParams"] = [value_item.to_dict() for value_item in value]
        value = self.original_tool
        if value is not None:
            field_dict["originalTool"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("toolFunctionName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolFunctionName")
            self.tool_function_name = value
            value = src_dict.get("toolName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolName")
            self.tool_name = value
            value = src_dict.get("requiresConsent")
            if value.__class__ is not bool and value is not None:
                raise TypeError("requiresConsent")
            self.requires_consent = value
            value = src_dict.get("isMemoryTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isMemoryTool")
            self.is_memory_tool = value
            value = src_dict.get("isBackgroundTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBackgroundTool")
            self.is_background_tool = value
            value = src_dict.get("isBatchExecutionEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBatchExecutionEnabled")
            self.is_batch_execution_enabled = value
            value = src_dict.get("isCodeExecutionEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isCodeExecutionEnabled")
            self.is_code_execution_enabled = value
            value = src_dict.get("inputParams")
            self.input_params = None if value is None else list(map(_models.InputParam.from_dict, value))
            value = src_dict.get("outputParams")
            self.output_params = None if value is None else list(map(_models.OutputParam.from_dict, value))
            self.original_tool = src_dict.get("originalTool")
            if not _KNOWN_ToolConfiguration.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ToolConfiguration
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ToolConfiguration, _KNOWN_ToolConfiguration)
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


_SPEC_ToolConfiguration: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("toolFunctionName", "tool_function_name", as_str, "str", False, False, False, ""),
    FieldSpec("toolName", "tool_name", as_str, "str", False, False, False, ""),
    FieldSpec("requiresConsent", "requires_consent", as_bool, "bool", False, False, False, ""),
    FieldSpec("isMemoryTool", "is_memory_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("isBackgroundTool", "is_background_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("isBatchExecutionEnabled", "is_batch_execution_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec("isCodeExecutionEnabled", "is_code_execution_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec(
        "inputParams",
        "input_params",
        as_list(as_model("InputParam")),
        "list[InputParam]",
        False,
        False,
        False,
        "InputParam",
    ),
    FieldSpec(
        "outputParams",
        "output_params",
        as_list(as_model("OutputParam")),
        "list[OutputParam]",
        False,
        False,
        False,
        "OutputParam",
    ),
    FieldSpec("originalTool", "original_tool", as_any, "Any", False, False, False, ""),
)
