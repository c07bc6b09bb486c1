from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_task_node import AgentTaskNode


T = TypeVar("T", bound="TaskNodeList")


@_attrs_define
class TaskNodeList:
    """
    Attributes:
        agent_task_nodes (list[AgentTaskNode] | Unset):
        count (int | Unset): third-party
    """

    agent_task_nodes: list[AgentTaskNode] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_task_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_task_nodes, Unset):
            agent_task_nodes = []
            for agent_task_nodes_item_data in self.agent_task_nodes:
                agent_task_nodes_item = agent_task_nodes_item_data.to_dict()
                agent_task_nodes.append(agent_task_nodes_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_task_nodes is not UNSET:
            field_dict["agentTaskNodes"] = agent_task_nodes
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_task_node import AgentTaskNode

        d = dict(src_dict)
        _agent_task_nodes = d.pop("agentTaskNodes", UNSET)
        agent_task_nodes: list[AgentTaskNode] | Unset = UNSET
        if _agent_task_nodes is not UNSET:
            agent_task_nodes = []
            for agent_task_nodes_item_data in _agent_task_nodes:
                agent_task_nodes_item = AgentTaskNode.from_dict(agent_task_nodes_item_data)

                agent_task_nodes.append(agent_task_nodes_item)

        count = d.pop("count", UNSET)

        task_node_list = cls(
            agent_task_nodes=agent_task_nodes,
            count=count,
        )

        task_node_list.additional_properties = d
        return task_node_list

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
