from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_graph_lite_node import AgentGraphLiteNode


T = TypeVar("T", bound="AgentGraphLite")


@_attrs_define
class AgentGraphLite:
    """
    Attributes:
        graph_id (str): Graph ID
        agent_id (str): Agent ID
        agent_name (str): Agent name
        nodes (list[AgentGraphLiteNode]): List of graph nodes
    """

    graph_id: str
    agent_id: str
    agent_name: str
    nodes: list[AgentGraphLiteNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        agent_id = self.agent_id

        agent_name = self.agent_name

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "graphId": graph_id,
                "agentId": agent_id,
                "agentName": agent_name,
                "nodes": nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph_lite_node import AgentGraphLiteNode

        d = dict(src_dict)
        graph_id = d.pop("graphId")

        agent_id = d.pop("agentId")

        agent_name = d.pop("agentName")

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = AgentGraphLiteNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        agent_graph_lite = cls(
            graph_id=graph_id,
            agent_id=agent_id,
            agent_name=agent_name,
            nodes=nodes,
        )

        agent_graph_lite.additional_properties = d
        return agent_graph_lite

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
