from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ActiveTool: tuple[str, ...] = ("id",)
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
class ActiveTool:
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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("ActiveTool", error, src_dict, _REQUIRED_ActiveTool) from None
        self.tool_function_name = get("toolFunctionName")
        self.tool_name = get("toolName")
        self.type_ = get("type")
        self.icon_src = get("iconSrc")
        self.is_active = get("isActive")
        self.integration_id = get("integrationId")
        self.requires_consent = get("requiresConsent")
        self.is_background_tool = get("isBackgroundTool")
        self.is_memory_tool = get("isMemoryTool")
        self.is_batch_execution_enabled = get("isBatchExecutionEnabled")
        self.preferred_model = get("preferredModel")
        self.description = get("description")
        self.meta = get("meta")
        self.input_params = get("inputParams")
        self.output_params = get("outputParams")
        if not _KNOWN_ActiveTool.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_ActiveTool}
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
