from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentSuggestion: tuple[str, ...] = ()
_KNOWN_AgentSuggestion = frozenset(
    (
        "name",
        "description",
        "agentWelcomeMessage",
        "agentSetupMessage",
        "agentPersonality",
        "agentCategory",
        "themeIconUrl",
    )
)
_FIELDS_AgentSuggestion: tuple[str, ...] = (
    "name",
    "description",
    "agent_welcome_message",
    "agent_setup_message",
    "agent_personality",
    "agent_category",
    "theme_icon_url",
)


@_attrs_define(repr=False)
class AgentSuggestion:
    """Generated agent suggestions (name, description, welcome message, ...)

    Attributes:
        name (str | None):
        description (str | None):
        agent_welcome_message (str | None):
        agent_setup_message (str | None):
        agent_personality (str | None):
        agent_category (AgentCategory | None):
        theme_icon_url (str | None):
    """

    name: str | None = None
    description: str | None = None
    agent_welcome_message: str | None = None
    agent_setup_message: str | None = None
    agent_personality: str | None = None
    agent_category: AgentCategory | None = None
    theme_icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentSuggestion)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.agent_welcome_message
        if value is not None:
            field_dict["agentWelcomeMessage"] = value
        value = self.agent_setup_message
        if value is not None:
            field_dict["agentSetupMessage"] = value
        value = self.agent_personality
        if value is not None:
            field_dict["agentPersonality"] = value
        value = self.agent_category
        if value is not None:
            field_dict["agentCategory"] = value.to_dict()
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.name = get("name")
        self.description = get("description")
        self.agent_welcome_message = get("agentWelcomeMessage")
        self.agent_setup_message = get("agentSetupMessage")
        self.agent_personality = get("agentPersonality")
        value = get("agentCategory")
        self.agent_category = None if value is None else _models.AgentCategory.from_dict(value)
        self.theme_icon_url = get("themeIconUrl")
        if not _KNOWN_AgentSuggestion.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentSuggestion
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
