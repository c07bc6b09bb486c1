from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.generated_graph_edge import GeneratedGraphEdge


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_GeneratedGraphNode: tuple[str, ...] = ()
_KNOWN_GeneratedGraphNode = frozenset(
    (
        "isEntryNode",
        "id",
        "expertReasoning",
        "objective",
        "toolCategory",
        "nodeType",
        "edgeReasoning",
        "evaluationCriteria",
        "xCoordinate",
        "yCoordinate",
        "isAttachmentDataPulledIn",
        "childEdges",
        "parentEdges",
    )
)
_FIELDS_GeneratedGraphNode: tuple[str, ...] = (
    "is_entry_node",
    "id",
    "expert_reasoning",
    "objective",
    "tool_category",
    "node_type",
    "edge_reasoning",
    "evaluation_criteria",
    "x_coordinate",
    "y_coordinate",
    "is_attachment_data_pulled_in",
    "child_edges",
    "parent_edges",
)


@_attrs_define(repr=False)
class GeneratedGraphNode:
    """
    Attributes:
        is_entry_node (bool | None):
        id (str | None):
        expert_reasoning (str | None):
        objective (str | None):
        tool_category (str | None):
        node_type (str | None):
        edge_reasoning (str | None):
        evaluation_criteria (list[str] | None):
        x_coordinate (float | None):
        y_coordinate (float | None):
        is_attachment_data_pulled_in (bool | None):
        child_edges (list[GeneratedGraphEdge] | None):
        parent_edges (list[Any] | None):
    """

    is_entry_node: bool | None = None
    id: str | None = None
    expert_reasoning: str | None = None
    objective: str | None = None
    tool_category: str | None = None
    node_type: str | None = None
    edge_reasoning: str | None = None
    evaluation_criteria: list[str] | None = None
    x_coordinate: float | None = None
    y_coordinate: float | None = None
    is_attachment_data_pulled_in: bool | None = None
    child_edges: list[GeneratedGraphEdge] | None = None
    parent_edges: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_GeneratedGraphNode)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.is_entry_node
        if value is not None:
            field_dict["isEntryNode"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.expert_reasoning
        if value is not None:
            field_dict["expertReasoning"] = value
        value = self.objective
        if value is not None:
            field_dict["objective"] = value
        value = self.tool_category
        if value is not None:
            field_dict["toolCategory"] = value
        value = self.node_type
        if value is not None:
            field_dict["nodeType"] = value
        value = self.edge_reasoning
        if value is not None:
            field_dict["edgeReasoning"] = value
        value = self.evaluation_criteria
        if value is not None:
            field_dict["evaluationCriteria"] = value
        value = self.x_coordinate
        if value is not None:
            field_dict["xCoordinate"] = value
        value = self.y_coordinate
        if value is not None:
            field_dict["yCoordinate"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.child_edges
        if value is not None:
            field_dict["childEdges"] = [value_item.to_dict() for value_item in value]
        value = self.parent_edges
        if value is not None:
            field_dict["parentEdges"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.is_entry_node = get("isEntryNode")
        self.id = get("id")
        self.expert_reasoning = get("expertReasoning")
        self.objective = get("objective")
        self.tool_category = get("toolCategory")
        self.node_type = get("nodeType")
        self.edge_reasoning = get("edgeReasoning")
        self.evaluation_criteria = get("evaluationCriteria")
        self.x_coordinate = get("xCoordinate")
        self.y_coordinate = get("yCoordinate")
        self.is_attachment_data_pulled_in = get("isAttachmentDataPulledIn")
        value = get("childEdges")
        self.child_edges = None if value is None else list(map(_models.GeneratedGraphEdge.from_dict, value))
        self.parent_edges = get("parentEdges")
        if not _KNOWN_GeneratedGraphNode.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_GeneratedGraphNode
            }
        else:
            self.additional_properties = {}
        return self

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
