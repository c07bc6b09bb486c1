from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentSettings: tuple[str, ...] = ()
_KNOWN_AgentSettings = frozenset(
    (
        "prompts",
        "preferredModel",
        "instructions",
        "agentPersonality",
        "agentRestrictions",
    )
)
_FIELDS_AgentSettings: tuple[str, ...] = (
    "prompts",
    "preferred_model",
    "instructions",
    "agent_personality",
    "agent_restrictions",
)


@_attrs_define(repr=False)
class AgentSettings:
    """
    Attributes:
        prompts (list[str] | None):
        preferred_model (str | None):
        instructions (str | None):
        agent_personality (str | None):
        agent_restrictions (str | None):
    """

    prompts: list[str] | None = None
    preferred_model: str | None = None
    instructions: str | None = None
    agent_personality: str | None = None
    agent_restrictions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentSettings)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.prompts
        if value is not None:
            field_dict["prompts"] = value
        value = self.preferred_model
        if value is not None:
            field_dict["preferredModel"] = value
        value = self.instructions
        if value is not None:
            field_dict["instructions"] = value
        value = self.agent_personality
        if value is not None:
            field_dict["agentPersonality"] = value
        value = self.agent_restrictions
        if value is not None:
            field_dict["agentRestrictions"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.prompts = get("prompts")
        self.preferred_model = get("preferredModel")
        self.instructions = get("instructions")
        self.agent_personality = get("agentPersonality")
        self.agent_restrictions = get("agentRestrictions")
        if not _KNOWN_AgentSettings.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentSettings
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
