from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_graph_edge import GeneratedGraphEdge


T = TypeVar("T", bound="GeneratedGraphNode")


@_attrs_define
class GeneratedGraphNode:
    """
    Attributes:
        is_entry_node (bool | Unset):
        id (str | Unset):
        expert_reasoning (str | Unset):
        objective (str | Unset):
        tool_category (str | Unset):
        node_type (str | Unset):  Example: executionNode.
        edge_reasoning (str | Unset):
        evaluation_criteria (list[str] | Unset):
        x_coordinate (float | Unset):
        y_coordinate (float | Unset):
        is_attachment_data_pulled_in (bool | Unset):
        child_edges (list[GeneratedGraphEdge] | Unset):
        parent_edges (list[Any] | Unset):
    """

    is_entry_node: bool | Unset = UNSET
    id: str | Unset = UNSET
    expert_reasoning: str | Unset = UNSET
    objective: str | Unset = UNSET
    tool_category: str | Unset = UNSET
    node_type: str | Unset = UNSET
    edge_reasoning: str | Unset = UNSET
    evaluation_criteria: list[str] | Unset = UNSET
    x_coordinate: float | Unset = UNSET
    y_coordinate: float | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    child_edges: list[GeneratedGraphEdge] | Unset = UNSET
    parent_edges: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_entry_node = self.is_entry_node

        id = self.id

        expert_reasoning = self.expert_reasoning

        objective = self.objective

        tool_category = self.tool_category

        node_type = self.node_type

        edge_reasoning = self.edge_reasoning

        evaluation_criteria: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = self.evaluation_criteria

        x_coordinate = self.x_coordinate

        y_coordinate = self.y_coordinate

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        child_edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_edges, Unset):
            child_edges = []
            for child_edges_item_data in self.child_edges:
                child_edges_item = child_edges_item_data.to_dict()
                child_edges.append(child_edges_item)

        parent_edges: list[Any] | Unset = UNSET
        if not isinstance(self.parent_edges, Unset):
            parent_edges = self.parent_edges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_entry_node is not UNSET:
            field_dict["isEntryNode"] = is_entry_node
        if id is not UNSET:
            field_dict["id"] = id
        if expert_reasoning is not UNSET:
            field_dict["expertReasoning"] = expert_reasoning
        if objective is not UNSET:
            field_dict["objective"] = objective
        if tool_category is not UNSET:
            field_dict["toolCategory"] = tool_category
        if node_type is not UNSET:
            field_dict["nodeType"] = node_type
        if edge_reasoning is not UNSET:
            field_dict["edgeReasoning"] = edge_reasoning
        if evaluation_criteria is not UNSET:
            field_dict["evaluationCriteria"] = evaluation_criteria
        if x_coordinate is not UNSET:
            field_dict["xCoordinate"] = x_coordinate
        if y_coordinate is not UNSET:
            field_dict["yCoordinate"] = y_coordinate
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if child_edges is not UNSET:
            field_dict["childEdges"] = child_edges
        if parent_edges is not UNSET:
            field_dict["parentEdges"] = parent_edges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generated_graph_edge import GeneratedGraphEdge

        d = dict(src_dict)
        is_entry_node = d.pop("isEntryNode", UNSET)

        id = d.pop("id", UNSET)

        expert_reasoning = d.pop("expertReasoning", UNSET)

        objective = d.pop("objective", UNSET)

        tool_category = d.pop("toolCategory", UNSET)

        node_type = d.pop("nodeType", UNSET)

        edge_reasoning = d.pop("edgeReasoning", UNSET)

        evaluation_criteria = cast(list[str], d.pop("evaluationCriteria", UNSET))

        x_coordinate = d.pop("xCoordinate", UNSET)

        y_coordinate = d.pop("yCoordinate", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        _child_edges = d.pop("childEdges", UNSET)
        child_edges: list[GeneratedGraphEdge] | Unset = UNSET
        if _child_edges is not UNSET:
            child_edges = []
            for child_edges_item_data in _child_edges:
                child_edges_item = GeneratedGraphEdge.from_dict(child_edges_item_data)

                child_edges.append(child_edges_item)

        parent_edges = cast(list[Any], d.pop("parentEdges", UNSET))

        generated_graph_node = cls(
            is_entry_node=is_entry_node,
            id=id,
            expert_reasoning=expert_reasoning,
            objective=objective,
            tool_category=tool_category,
            node_type=node_type,
            edge_reasoning=edge_reasoning,
            evaluation_criteria=evaluation_criteria,
            x_coordinate=x_coordinate,
            y_coordinate=y_coordinate,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            child_edges=child_edges,
            parent_edges=parent_edges,
        )

        generated_graph_node.additional_properties = d
        return generated_graph_node

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
