from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_agent_graph_node import CompleteAgentGraphNode
    from ..models.complete_agent_graph_settings import CompleteAgentGraphSettings


T = TypeVar("T", bound="CompleteAgentGraphRequest")


@_attrs_define
class CompleteAgentGraphRequest:
    """
    Attributes:
        agent_name (str | Unset):
        agent_description (str | Unset): third-party only
        settings (CompleteAgentGraphSettings | Unset):
        nodes (list[CompleteAgentGraphNode] | Unset):
    """

    agent_name: str | Unset = UNSET
    agent_description: str | Unset = UNSET
    settings: CompleteAgentGraphSettings | Unset = UNSET
    nodes: list[CompleteAgentGraphNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name = self.agent_name

        agent_description = self.agent_description

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if agent_description is not UNSET:
            field_dict["agentDescription"] = agent_description
        if settings is not UNSET:
            field_dict["settings"] = settings
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complete_agent_graph_node import CompleteAgentGraphNode
        from ..models.complete_agent_graph_settings import CompleteAgentGraphSettings

        d = dict(src_dict)
        agent_name = d.pop("agentName", UNSET)

        agent_description = d.pop("agentDescription", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CompleteAgentGraphSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CompleteAgentGraphSettings.from_dict(_settings)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[CompleteAgentGraphNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = CompleteAgentGraphNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        complete_agent_graph_request = cls(
            agent_name=agent_name,
            agent_description=agent_description,
            settings=settings,
            nodes=nodes,
        )

        complete_agent_graph_request.additional_properties = d
        return complete_agent_graph_request

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
