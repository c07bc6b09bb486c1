from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.generated_graph_node import GeneratedGraphNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_GeneratedGraph: tuple[str, ...] = ()
_KNOWN_GeneratedGraph = frozenset(
    (
        "preliminaryReasoning",
        "graphDescription",
        "trigger",
        "graphSummary",
        "mermaidGraph",
        "graphNodes",
    )
)
_FIELDS_GeneratedGraph: tuple[str, ...] = (
    "preliminary_reasoning",
    "graph_description",
    "trigger",
    "graph_summary",
    "mermaid_graph",
    "graph_nodes",
)


@_attrs_define(repr=False)
class GeneratedGraph:
    """
    Attributes:
        preliminary_reasoning (str | None):
        graph_description (str | None):
        trigger (str | None):
        graph_summary (str | None):
        mermaid_graph (str | None):
        graph_nodes (list[GeneratedGraphNode] | None):
    """

    preliminary_reasoning: str | None = None
    graph_description: str | None = None
    trigger: str | None = None
    graph_summary: str | None = None
    mermaid_graph: str | None = None
    graph_nodes: list[GeneratedGraphNode] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_GeneratedGraph)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.preliminary_reasoning
        if value is not None:
            field_dict["preliminaryReasoning"] = value
        value = self.graph_description
        if value is not None:
            field_dict["graphDescription"] = value
        value = self.trigger
        if value is not None:
            field_dict["trigger"] = value
        value = self.graph_summary
        if value is not None:
            field_dict["graphSummary"] = value
        value = self.mermaid_graph
        if value is not None:
            field_dict["mermaidGraph"] = value
        value = self.graph_nodes
        if value is not None:
            field_dict["graphNodes"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.preliminary_reasoning = get("preliminaryReasoning")
        self.graph_description = get("graphDescription")
        self.trigger = get("trigger")
        self.graph_summary = get("graphSummary")
        self.mermaid_graph = get("mermaidGraph")
        value = get("graphNodes")
        self.graph_nodes = None if value is None else list(map(_models.GeneratedGraphNode.from_dict, value))
        if not _KNOWN_GeneratedGraph.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_GeneratedGraph
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
