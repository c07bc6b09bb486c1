from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatedAgentGraph")


@_attrs_define
class UpdatedAgentGraph:
    """
    Attributes:
        draft_graph_id (str | Unset):
        agent_id (str | Unset):
        agent_name (str | Unset):
    """

    draft_graph_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft_graph_id = self.draft_graph_id

        agent_id = self.agent_id

        agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if draft_graph_id is not UNSET:
            field_dict["draftGraphId"] = draft_graph_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        draft_graph_id = d.pop("draftGraphId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        agent_name = d.pop("agentName", UNSET)

        updated_agent_graph = cls(
            draft_graph_id=draft_graph_id,
            agent_id=agent_id,
            agent_name=agent_name,
        )

        updated_agent_graph.additional_properties = d
        return updated_agent_graph

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
