from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, model_repr

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CreateTriggerRequest: tuple[str, ...] = (
    "title",
    "agentId",
    "agentGraphNodeId",
    "configuration",
)
_KNOWN_CreateTriggerRequest = frozenset(
    (
        "title",
        "agentId",
        "agentGraphNodeId",
        "configuration",
        "integrationProviderId",
        "timezone",
        "onlyOnce",
        "prompt",
        "userDefinedFrequency",
        "userDefinedFrequencyValue",
        "userDefinedFrequencyDateTime",
    )
)
_FIELDS_CreateTriggerRequest: tuple[str, ...] = (
    "title",
    "agent_id",
    "agent_graph_node_id",
    "configuration",
    "integration_provider_id",
    "timezone",
    "only_once",
    "prompt",
    "user_defined_frequency",
    "user_defined_frequency_value",
    "user_defined_frequency_date_time",
)


@_attrs_define(repr=False)
class CreateTriggerRequest:
    """Body of createTrigger. Fields from Beam's tooling (beam.py + references/triggers.md), not a published contract.

    Attributes:
        title (str):
        agent_id (str):
        agent_graph_node_id (str): Entry node id (objective 'Entry Node')
        configuration (Any): Trigger configuration; free-form JSON object
        integration_provider_id (str | None | Unset): From trigger-actions; omitted/null for Timer None sends JSON null;
            left out of the body unless given.
        timezone (str | None):
        only_once (bool | None):
        prompt (str | None): Optional context text
        user_defined_frequency (str | None): Timer interval unit; no weekday/cron mode; known values: minute, hour,
            week, month (an open string)
        user_defined_frequency_value (int | None):
        user_defined_frequency_date_time (str | None): Timestamp for a one-time run (with onlyOnce=true)
    """

    title: str
    agent_id: str
    agent_graph_node_id: str
    configuration: Any
    integration_provider_id: str | None | Unset = UNSET
    timezone: str | None = None
    only_once: bool | None = None
    prompt: str | None = None
    user_defined_frequency: str | None = None
    user_defined_frequency_value: int | None = None
    user_defined_frequency_date_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CreateTriggerRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["title"] = self.title
        field_dict["agentId"] = self.agent_id
        field_dict["agentGraphNodeId"] = self.agent_graph_node_id
        field_dict["configuration"] = self.configuration
        value = self.integration_provider_id
        if value is not UNSET:
            field_dict["integrationProviderId"] = value
        value = self.timezone
        if value is not None:
            field_dict["timezone"] = value
        value = self.only_once
        if value is not None:
            field_dict["onlyOnce"] = value
        value = self.prompt
        if value is not None:
            field_dict["prompt"] = value
        value = self.user_defined_frequency
        if value is not None:
            field_dict["userDefinedFrequency"] = value
        value = self.user_defined_frequency_value
        if value is not None:
            field_dict["userDefinedFrequencyValue"] = value
        value = self.user_defined_frequency_date_time
        if value is not None:
            field_dict["userDefinedFrequencyDateTime"] = value
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
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["agentGraphNodeId"]
            if value is None:
                raise KeyError("agentGraphNodeId")
            self.agent_graph_node_id = value
            value = src_dict["configuration"]
            if value is None:
                raise KeyError("configuration")
            self.configuration = value
        except KeyError as error:
            raise missing_field("CreateTriggerRequest", error, src_dict, _REQUIRED_CreateTriggerRequest) from None
        self.integration_provider_id = get("integrationProviderId", UNSET)
        self.timezone = get("timezone")
        self.only_once = get("onlyOnce")
        self.prompt = get("prompt")
        self.user_defined_frequency = get("userDefinedFrequency")
        self.user_defined_frequency_value = get("userDefinedFrequencyValue")
        self.user_defined_frequency_date_time = get("userDefinedFrequencyDateTime")
        if not _KNOWN_CreateTriggerRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CreateTriggerRequest
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
