from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_graph import AgentGraph


T = TypeVar("T", bound="AgentGraphResponse")


@_attrs_define
class AgentGraphResponse:
    """
    Attributes:
        graph (AgentGraph | Unset):
    """

    graph: AgentGraph | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graph, Unset):
            graph = self.graph.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if graph is not UNSET:
            field_dict["graph"] = graph

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph import AgentGraph

        d = dict(src_dict)
        _graph = d.pop("graph", UNSET)
        graph: AgentGraph | Unset
        if isinstance(_graph, Unset):
            graph = UNSET
        else:
            graph = AgentGraph.from_dict(_graph)

        agent_graph_response = cls(
            graph=graph,
        )

        agent_graph_response.additional_properties = d
        return agent_graph_response

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
