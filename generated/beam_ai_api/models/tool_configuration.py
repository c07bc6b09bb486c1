from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.input_param import InputParam
    from ..models.output_param import OutputParam


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ToolConfiguration: tuple[str, ...] = ()
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
class ToolConfiguration:
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
        self = _new(cls)
        get = src_dict.get
        self.id = get("id")
        self.tool_function_name = get("toolFunctionName")
        self.tool_name = get("toolName")
        self.requires_consent = get("requiresConsent")
        self.is_memory_tool = get("isMemoryTool")
        self.is_background_tool = get("isBackgroundTool")
        self.is_batch_execution_enabled = get("isBatchExecutionEnabled")
        self.is_code_execution_enabled = get("isCodeExecutionEnabled")
        value = get("inputParams")
        self.input_params = None if value is None else list(map(_models.InputParam.from_dict, value))
        value = get("outputParams")
        self.output_params = None if value is None else list(map(_models.OutputParam.from_dict, value))
        self.original_tool = get("originalTool")
        if not _KNOWN_ToolConfiguration.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ToolConfiguration
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
