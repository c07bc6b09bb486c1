from __future__ import annotations

import datetime
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
_KNOWN_ActiveTool = frozenset(
    (
        "id",
        "toolFunctionName",
        "toolName",
        "type",
        "iconSrc",
        "isActive",
        "integrationId",
        "requiresConsent",
        "isBackgroundTool",
        "isMemoryTool",
        "isBatchExecutionEnabled",
        "preferredModel",
        "description",
        "meta",
        "inputParams",
        "outputParams",
    )
)
_FIELDS_ActiveTool: tuple[str, ...] = (
    "id",
    "tool_function_name",
    "tool_name",
    "type_",
    "icon_src",
    "is_active",
    "integration_id",
    "requires_consent",
    "is_background_tool",
    "is_memory_tool",
    "is_batch_execution_enabled",
    "preferred_model",
    "description",
    "meta",
    "input_params",
    "output_params",
)


@_attrs_define(repr=False)
class ActiveTool(ResponseModel):
    """
    Attributes:
        id (str):
        tool_function_name (str | None):
        tool_name (str | None):
        type_ (str | None):
        icon_src (str | None):
        is_active (bool | None):
        integration_id (str | None):
        requires_consent (bool | None):
        is_background_tool (bool | None):
        is_memory_tool (bool | None):
        is_batch_execution_enabled (bool | None):
        preferred_model (str | None):
        description (str | None):
        meta (Any | None): Free-form JSON object.
        input_params (list[Any] | None):
        output_params (list[Any] | None):
    """

    id: str
    tool_function_name: str | None = None
    tool_name: str | None = None
    type_: str | None = None
    icon_src: str | None = None
    is_active: bool | None = None
    integration_id: str | None = None
    requires_consent: bool | None = None
    is_background_tool: bool | None = None
    is_memory_tool: bool | None = None
    is_batch_execution_enabled: bool | None = None
    preferred_model: str | None = None
    description: str | None = None
    meta: Any | None = None
    input_params: list[Any] | None = None
    output_params: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ActiveTool)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        value = self.tool_name
        if value is not None:
            field_dict["toolName"] = value
        value = self.type_
        if value is not None:
            field_dict["type"] = value
        value = self.icon_src
        if value is not None:
            field_dict["iconSrc"] = value
        value = self.is_active
        if value is not None:
            field_dict["isActive"] = value
        value = self.integration_id
        if value is not None:
            field_dict["integrationId"] = value
        value = self.requires_consent
        if value is not None:
            field_dict["requiresConsent"] = value
        value = self.is_background_tool
        if value is not None:
            field_dict["isBackgroundTool"] = value
        value = self.is_memory_tool
        if value is not None:
            field_dict["isMemoryTool"] = value
        value = self.is_batch_execution_enabled
        if value is not None:
            field_dict["isBatchExecutionEnabled"] = value
        value = self.preferred_model
        if value is not None:
            field_dict["preferredModel"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.meta
        if value is not None:
            field_dict["meta"] = value
        value = self.input_params
        if value is not None:
            field_dict["inputParams"] = value
        value = self.output_params
        if value is not None:
            field_dict["outputParams"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
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
            value = src_dict.get("type")
            if value.__class__ is not str and value is not None:
                raise TypeError("type")
            self.type_ = value
            value = src_dict.get("iconSrc")
            if value.__class__ is not str and value is not None:
                raise TypeError("iconSrc")
            self.icon_src = value
            value = src_dict.get("isActive")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isActive")
            self.is_active = value
            value = src_dict.get("integrationId")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationId")
            self.integration_id = value
            value = src_dict.get("requiresConsent")
            if value.__class__ is not bool and value is not None:
                raise TypeError("requiresConsent")
            self.requires_consent = value
            value = src_dict.get("isBackgroundTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBackgroundTool")
            self.is_background_tool = value
            value = src_dict.get("isMemoryTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isMemoryTool")
            self.is_memory_tool = value
            value = src_dict.get("isBatchExecutionEnabled")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isBatchExecutionEnabled")
            self.is_batch_execution_enabled = value
            value = src_dict.get("preferredModel")
            if value.__class__ is not str and value is not None:
                raise TypeError("preferredModel")
            self.preferred_model = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            self.meta = src_dict.get("meta")
            value = src_dict.get("inputParams")
            if value is not None and value.__class__ is not list:
                raise TypeError("inputParams")
            self.input_params = value
            value = src_dict.get("outputParams")
            if value is not None and value.__class__ is not list:
                raise TypeError("outputParams")
            self.output_params = value
            if not _KNOWN_ActiveTool.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ActiveTool
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ActiveTool, _KNOWN_ActiveTool)
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


_SPEC_ActiveTool: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("toolFunctionName", "tool_function_name", as_str, "str", False, False, False, ""),
    FieldSpec("toolName", "tool_name", as_str, "str", False, False, False, ""),
    FieldSpec("type", "type_", as_str, "str", False, False, False, ""),
    FieldSpec("iconSrc", "icon_src", as_str, "str", False, False, False, ""),
    FieldSpec("isActive", "is_active", as_bool, "bool", False, False, False, ""),
    FieldSpec("integrationId", "integration_id", as_str, "str", False, False, False, ""),
    FieldSpec("requiresConsent", "requires_consent", as_bool, "bool", False, False, False, ""),
    FieldSpec("isBackgroundTool", "is_background_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("isMemoryTool", "is_memory_tool", as_bool, "bool", False, False, False, ""),
    FieldSpec("isBatchExecutionEnabled", "is_batch_execution_enabled", as_bool, "bool", False, False, False, ""),
    FieldSpec("preferredModel", "preferred_model", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("meta", "meta", as_any, "Any", False, False, False, ""),
    FieldSpec("inputParams", "input_params", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("outputParams", "output_params", as_list(as_any), "list[Any]", False, False, False, ""),
)
