from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_UpdateTriggerRequest: tuple[str, ...] = ("title",)
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
class UpdateTriggerRequest:
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

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UpdateTriggerRequest)

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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["title"]
            if value is None:
                raise KeyError("title")
            self.title = value
        except KeyError as error:
            raise missing_field("UpdateTriggerRequest", error, src_dict, _REQUIRED_UpdateTriggerRequest) from None
        self.agent_id = get("agentId")
        self.prompt = get("prompt")
        self.configuration = get("configuration")
        self.timezone = get("timezone")
        self.user_defined_frequency = get("userDefinedFrequency")
        self.user_defined_frequency_value = get("userDefinedFrequencyValue")
        self.user_defined_frequency_date_time = get("userDefinedFrequencyDateTime")
        self.is_active = get("isActive")
        self.only_once = get("onlyOnce")
        if not _KNOWN_UpdateTriggerRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_UpdateTriggerRequest
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
