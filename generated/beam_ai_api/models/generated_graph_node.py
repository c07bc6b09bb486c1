from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_any,
    as_bool,
    as_list,
    as_model,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.generated_graph_edge import GeneratedGraphEdge


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class GeneratedGraphNode(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("isEntryNode")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEntryNode")
            self.is_entry_node = value
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("expertReasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("expertReasoning")
            self.expert_reasoning = value
            value = src_dict.get("objective")
            if value.__class__ is not str and value is not None:
                raise TypeError("objective")
            self.objective = value
            value = src_dict.get("toolCategory")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolCategory")
            self.tool_category = value
            value = src_dict.get("nodeType")
            if value.__class__ is not str and value is not None:
                raise TypeError("nodeType")
            self.node_type = value
            value = src_dict.get("edgeReasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("edgeReasoning")
            self.edge_reasoning = value
            value = src_dict.get("evaluationCriteria")
            if value is not None and not all_of(value, STR):
                raise TypeError("evaluationCriteria")
            self.evaluation_criteria = value
            value = src_dict.get("xCoordinate")
            if value.__class__ not in NUMBER_N:
                raise TypeError("xCoordinate")
            self.x_coordinate = value
            value = src_dict.get("yCoordinate")
            if value.__class__ not in NUMBER_N:
                raise TypeError("yCoordinate")
            self.y_coordinate = value
            value = src_dict.get("isAttachmentDataPulledIn")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isAttachmentDataPulledIn")
            self.is_attachment_data_pulled_in = value
            value = src_dict.get("childEdges")
            self.child_edges = None if value is None else list(map(_models.GeneratedGraphEdge.from_dict, value))
            value = src_dict.get("parentEdges")
            if value is not None and value.__class__ is not list:
                raise TypeError("parentEdges")
            self.parent_edges = value
            if not _KNOWN_GeneratedGraphNode.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_GeneratedGraphNode
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_GeneratedGraphNode, _KNOWN_GeneratedGraphNode)
        return parsed

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


_SPEC_GeneratedGraphNode: tuple[FieldSpec, ...] = (
    FieldSpec("isEntryNode", "is_entry_node", as_bool, "bool", False, False, False, ""),
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("expertReasoning", "expert_reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("objective", "objective", as_str, "str", False, False, False, ""),
    FieldSpec("toolCategory", "tool_category", as_str, "str", False, False, False, ""),
    FieldSpec("nodeType", "node_type", as_str, "str", False, False, False, ""),
    FieldSpec("edgeReasoning", "edge_reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("evaluationCriteria", "evaluation_criteria", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("xCoordinate", "x_coordinate", as_number, "float", False, False, False, ""),
    FieldSpec("yCoordinate", "y_coordinate", as_number, "float", False, False, False, ""),
    FieldSpec("isAttachmentDataPulledIn", "is_attachment_data_pulled_in", as_bool, "bool", False, False, False, ""),
    FieldSpec(
        "childEdges",
        "child_edges",
        as_list(as_model("GeneratedGraphEdge")),
        "list[GeneratedGraphEdge]",
        False,
        False,
        False,
        "GeneratedGraphEdge",
    ),
    FieldSpec("parentEdges", "parent_edges", as_list(as_any), "list[Any]", False, False, False, ""),
)
