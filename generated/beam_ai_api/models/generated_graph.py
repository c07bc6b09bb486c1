from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.generated_graph_node import GeneratedGraphNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class GeneratedGraph(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("preliminaryReasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("preliminaryReasoning")
            self.preliminary_reasoning = value
            value = src_dict.get("graphDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("graphDescription")
            self.graph_description = value
            value = src_dict.get("trigger")
            if value.__class__ is not str and value is not None:
                raise TypeError("trigger")
            self.trigger = value
            value = src_dict.get("graphSummary")
            if value.__class__ is not str and value is not None:
                raise TypeError("graphSummary")
            self.graph_summary = value
            value = src_dict.get("mermaidGraph")
            if value.__class__ is not str and value is not None:
                raise TypeError("mermaidGraph")
            self.mermaid_graph = value
            value = src_dict.get("graphNodes")
            self.graph_nodes = None if value is None else list(map(_models.GeneratedGraphNode.from_dict, value))
            if not _KNOWN_GeneratedGraph.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_GeneratedGraph
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_GeneratedGraph, _KNOWN_GeneratedGraph)
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


_SPEC_GeneratedGraph: tuple[FieldSpec, ...] = (
    FieldSpec("preliminaryReasoning", "preliminary_reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("graphDescription", "graph_description", as_str, "str", False, False, False, ""),
    FieldSpec("trigger", "trigger", as_str, "str", False, False, False, ""),
    FieldSpec("graphSummary", "graph_summary", as_str, "str", False, False, False, ""),
    FieldSpec("mermaidGraph", "mermaid_graph", as_str, "str", False, False, False, ""),
    FieldSpec(
        "graphNodes",
        "graph_nodes",
        as_list(as_model("GeneratedGraphNode")),
        "list[GeneratedGraphNode]",
        False,
        False,
        False,
        "GeneratedGraphNode",
    ),
)
