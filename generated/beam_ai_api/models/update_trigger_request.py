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
_KNOWN_UpdateTriggerRequest = frozenset(
    (
        "title",
        "agentId",
        "prompt",
        "configuration",
        "timezone",
        "userDefinedFrequency",
        "userDefinedFrequencyValue",
        "userDefinedFrequencyDateTime",
        "isActive",
        "onlyOnce",
    )
)
_FIELDS_UpdateTriggerRequest: tuple[str, ...] = (
    "title",
    "agent_id",
    "prompt",
    "configuration",
    "timezone",
    "user_defined_frequency",
    "user_defined_frequency_value",
    "user_defined_frequency_date_time",
    "is_active",
    "only_once",
)


@_attrs_define(repr=False)
class UpdateTriggerRequest(ResponseModel):
    """Body of updateTrigger. Fields from Beam's tooling (beam.py + references/triggers.md), not a published contract.

    Attributes:
        title (str): Required by the API on every update
        agent_id (str | None):
        prompt (str | None):
        configuration (Any | None): Trigger configuration; free-form JSON object
        timezone (str | None):
        user_defined_frequency (str | None): known values: minute, hour, week, month (an open string)
        user_defined_frequency_value (int | None):
        user_defined_frequency_date_time (str | None):
        is_active (bool | None):
        only_once (bool | None):
    """

    title: str
    agent_id: str | None = None
    prompt: str | None = None
    configuration: Any | None = None
    timezone: str | None = None
    user_defined_frequency: str | None = None
    user_defined_frequency_value: int | None = None
    user_defined_frequency_date_time: str | None = None
    is_active: bool | None = None
    only_once: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UpdateTriggerRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["title"] = self.title
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.prompt
        if value is not None:
            field_dict["prompt"] = value
        value = self.configuration
        if value is not None:
            field_dict["configuration"] = value
        value = self.timezone
        if value is not None:
            field_dict["timezone"] = value
        value = self.user_defined_frequency
        if value is not None:
            field_dict["userDefinedFrequency"] = value
        value = self.user_defined_frequency_value
        if value is not None:
            field_dict["userDefinedFrequencyValue"] = value
        value = self.user_defined_frequency_date_time
        if value is not None:
            field_dict["userDefinedFrequencyDateTime"] = value
        value = self.is_active
        if value is not None:
            field_dict["isActive"] = value
        value = self.only_once
        if value is not None:
            field_dict["onlyOnce"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("title")
            if value.__class__ is not str:
                raise TypeError("title")
            self.title = value
            value = src_dict.get("agentId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("prompt")
            if value.__class__ is not str and value is not None:
                raise TypeError("prompt")
            self.prompt = value
            self.configuration = src_dict.get("configuration")
            value = src_dict.get("timezone")
            if value.__class__ is not str and value is not None:
                raise TypeError("timezone")
            self.timezone = value
            value = src_dict.get("userDefinedFrequency")
            if value.__class__ is not str and value is not None:
                raise TypeError("userDefinedFrequency")
            self.user_defined_frequency = value
            value = src_dict.get("userDefinedFrequencyValue")
            if value.__class__ is not int and value is not None:
                raise TypeError("userDefinedFrequencyValue")
            self.user_defined_frequency_value = value
            value = src_dict.get("userDefinedFrequencyDateTime")
            if value.__class__ is not str and value is not None:
                raise TypeError("userDefinedFrequencyDateTime")
            self.user_defined_frequency_date_time = value
            value = src_dict.get("isActive")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isActive")
            self.is_active = value
            value = src_dict.get("onlyOnce")
            if value.__class__ is not bool and value is not None:
                raise TypeError("onlyOnce")
            self.only_once = value
            if not _KNOWN_UpdateTriggerRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UpdateTriggerRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UpdateTriggerRequest, _KNOWN_UpdateTriggerRequest)
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


_SPEC_UpdateTriggerRequest: tuple[FieldSpec, ...] = (
    FieldSpec("title", "title", as_str, "str", True, False, False, ""),
    FieldSpec("agentId", "agent_id", as_str, "str", False, False, False, ""),
    FieldSpec("prompt", "prompt", as_str, "str", False, False, False, ""),
    FieldSpec("configuration", "configuration", as_any, "Any", False, False, False, ""),
    FieldSpec("timezone", "timezone", as_str, "str", False, False, False, ""),
    FieldSpec("userDefinedFrequency", "user_defined_frequency", as_str, "str", False, False, False, ""),
    FieldSpec("userDefinedFrequencyValue", "user_defined_frequency_value", as_int, "int", False, False, False, ""),
    FieldSpec(
        "userDefinedFrequencyDateTime", "user_defined_frequency_date_time", as_str, "str", False, False, False, ""
    ),
    FieldSpec("isActive", "is_active", as_bool, "bool", False, False, False, ""),
    FieldSpec("onlyOnce", "only_once", as_bool, "bool", False, False, False, ""),
)
