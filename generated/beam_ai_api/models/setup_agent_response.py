from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setup_agent import SetupAgent


T = TypeVar("T", bound="SetupAgentResponse")


@_attrs_define
class SetupAgentResponse:
    """
    Attributes:
        agent (SetupAgent | Unset):
        context_files (list[Any] | Unset):
    """

    agent: SetupAgent | Unset = UNSET
    context_files: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        context_files: list[Any] | Unset = UNSET
        if not isinstance(self.context_files, Unset):
            context_files = self.context_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if context_files is not UNSET:
            field_dict["contextFiles"] = context_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.setup_agent import SetupAgent

        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: SetupAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = SetupAgent.from_dict(_agent)

        context_files = cast(list[Any], d.pop("contextFiles", UNSET))

        setup_agent_response = cls(
            agent=agent,
            context_files=context_files,
        )

        setup_agent_response.additional_properties = d
        return setup_agent_response

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
