from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory


T = TypeVar("T", bound="AgentSuggestion")


@_attrs_define
class AgentSuggestion:
    """Generated agent suggestions (name, description, welcome message, ...)

    Attributes:
        name (str | Unset):
        description (str | Unset):
        agent_welcome_message (str | Unset):
        agent_setup_message (str | Unset):
        agent_personality (str | Unset):
        agent_category (AgentCategory | Unset):
        theme_icon_url (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    agent_welcome_message: str | Unset = UNSET
    agent_setup_message: str | Unset = UNSET
    agent_personality: str | Unset = UNSET
    agent_category: AgentCategory | Unset = UNSET
    theme_icon_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        agent_welcome_message = self.agent_welcome_message

        agent_setup_message = self.agent_setup_message

        agent_personality = self.agent_personality

        agent_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_category, Unset):
            agent_category = self.agent_category.to_dict()

        theme_icon_url = self.theme_icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if agent_welcome_message is not UNSET:
            field_dict["agentWelcomeMessage"] = agent_welcome_message
        if agent_setup_message is not UNSET:
            field_dict["agentSetupMessage"] = agent_setup_message
        if agent_personality is not UNSET:
            field_dict["agentPersonality"] = agent_personality
        if agent_category is not UNSET:
            field_dict["agentCategory"] = agent_category
        if theme_icon_url is not UNSET:
            field_dict["themeIconUrl"] = theme_icon_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_category import AgentCategory

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        agent_welcome_message = d.pop("agentWelcomeMessage", UNSET)

        agent_setup_message = d.pop("agentSetupMessage", UNSET)

        agent_personality = d.pop("agentPersonality", UNSET)

        _agent_category = d.pop("agentCategory", UNSET)
        agent_category: AgentCategory | Unset
        if isinstance(_agent_category, Unset):
            agent_category = UNSET
        else:
            agent_category = AgentCategory.from_dict(_agent_category)

        theme_icon_url = d.pop("themeIconUrl", UNSET)

        agent_suggestion = cls(
            name=name,
            description=description,
            agent_welcome_message=agent_welcome_message,
            agent_setup_message=agent_setup_message,
            agent_personality=agent_personality,
            agent_category=agent_category,
            theme_icon_url=theme_icon_url,
        )

        agent_suggestion.additional_properties = d
        return agent_suggestion

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
