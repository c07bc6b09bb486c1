from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteAgentGraphSettings")


@_attrs_define
class CompleteAgentGraphSettings:
    """
    Attributes:
        prompts (list[str] | Unset):
        agent_personality (str | Unset):
        agent_restrictions (str | Unset):
    """

    prompts: list[str] | Unset = UNSET
    agent_personality: str | Unset = UNSET
    agent_restrictions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompts: list[str] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = self.prompts

        agent_personality = self.agent_personality

        agent_restrictions = self.agent_restrictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if agent_personality is not UNSET:
            field_dict["agentPersonality"] = agent_personality
        if agent_restrictions is not UNSET:
            field_dict["agentRestrictions"] = agent_restrictions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompts = cast(list[str], d.pop("prompts", UNSET))

        agent_personality = d.pop("agentPersonality", UNSET)

        agent_restrictions = d.pop("agentRestrictions", UNSET)

        complete_agent_graph_settings = cls(
            prompts=prompts,
            agent_personality=agent_personality,
            agent_restrictions=agent_restrictions,
        )

        complete_agent_graph_settings.additional_properties = d
        return complete_agent_graph_settings

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
