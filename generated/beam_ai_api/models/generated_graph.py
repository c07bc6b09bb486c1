from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_graph_node import GeneratedGraphNode


T = TypeVar("T", bound="GeneratedGraph")


@_attrs_define
class GeneratedGraph:
    """
    Attributes:
        preliminary_reasoning (str | Unset):
        graph_description (str | Unset):
        trigger (str | Unset):
        graph_summary (str | Unset):
        mermaid_graph (str | Unset):
        graph_nodes (list[GeneratedGraphNode] | Unset):
    """

    preliminary_reasoning: str | Unset = UNSET
    graph_description: str | Unset = UNSET
    trigger: str | Unset = UNSET
    graph_summary: str | Unset = UNSET
    mermaid_graph: str | Unset = UNSET
    graph_nodes: list[GeneratedGraphNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preliminary_reasoning = self.preliminary_reasoning

        graph_description = self.graph_description

        trigger = self.trigger

        graph_summary = self.graph_summary

        mermaid_graph = self.mermaid_graph

        graph_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.graph_nodes, Unset):
            graph_nodes = []
            for graph_nodes_item_data in self.graph_nodes:
                graph_nodes_item = graph_nodes_item_data.to_dict()
                graph_nodes.append(graph_nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preliminary_reasoning is not UNSET:
            field_dict["preliminaryReasoning"] = preliminary_reasoning
        if graph_description is not UNSET:
            field_dict["graphDescription"] = graph_description
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if graph_summary is not UNSET:
            field_dict["graphSummary"] = graph_summary
        if mermaid_graph is not UNSET:
            field_dict["mermaidGraph"] = mermaid_graph
        if graph_nodes is not UNSET:
            field_dict["graphNodes"] = graph_nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generated_graph_node import GeneratedGraphNode

        d = dict(src_dict)
        preliminary_reasoning = d.pop("preliminaryReasoning", UNSET)

        graph_description = d.pop("graphDescription", UNSET)

        trigger = d.pop("trigger", UNSET)

        graph_summary = d.pop("graphSummary", UNSET)

        mermaid_graph = d.pop("mermaidGraph", UNSET)

        _graph_nodes = d.pop("graphNodes", UNSET)
        graph_nodes: list[GeneratedGraphNode] | Unset = UNSET
        if _graph_nodes is not UNSET:
            graph_nodes = []
            for graph_nodes_item_data in _graph_nodes:
                graph_nodes_item = GeneratedGraphNode.from_dict(graph_nodes_item_data)

                graph_nodes.append(graph_nodes_item)

        generated_graph = cls(
            preliminary_reasoning=preliminary_reasoning,
            graph_description=graph_description,
            trigger=trigger,
            graph_summary=graph_summary,
            mermaid_graph=mermaid_graph,
            graph_nodes=graph_nodes,
        )

        generated_graph.additional_properties = d
        return generated_graph

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
