from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_ref_agent_graph import TaskRefAgentGraph


T = TypeVar("T", bound="TaskRef")


@_attrs_define
class TaskRef:
    """
    Attributes:
        id (str | Unset):  Example: node_123e4567.
        agent_graph (TaskRefAgentGraph | Unset):
    """

    id: str | Unset = UNSET
    agent_graph: TaskRefAgentGraph | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_graph, Unset):
            agent_graph = self.agent_graph.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_graph is not UNSET:
            field_dict["agentGraph"] = agent_graph

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_ref_agent_graph import TaskRefAgentGraph

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _agent_graph = d.pop("agentGraph", UNSET)
        agent_graph: TaskRefAgentGraph | Unset
        if isinstance(_agent_graph, Unset):
            agent_graph = UNSET
        else:
            agent_graph = TaskRefAgentGraph.from_dict(_agent_graph)

        task_ref = cls(
            id=id,
            agent_graph=agent_graph,
        )

        task_ref.additional_properties = d
        return task_ref

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
