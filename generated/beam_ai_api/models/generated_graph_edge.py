from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_GeneratedGraphEdge = frozenset(
    (
        "id",
        "targetAgentGraphNodeId",
        "sourceAgentGraphNodeId",
        "name",
        "condition",
        "isAttachmentDataPulledIn",
    )
)
_FIELDS_GeneratedGraphEdge: tuple[str, ...] = (
    "id",
    "target_agent_graph_node_id",
    "source_agent_graph_node_id",
    "name",
    "condition",
    "is_attachment_data_pulled_in",
)


@_attrs_define(repr=False)
class GeneratedGraphEdge(ResponseModel):
    """
    Attributes:
        id (str | None):
        target_agent_graph_node_id (str | None):
        source_agent_graph_node_id (str | None):
        name (str | None):
        condition (str | None):
        is_attachment_data_pulled_in (bool | None):
    """

    id: str | None = None
    target_agent_graph_node_id: str | None = None
    source_agent_graph_node_id: str | None = None
    name: str | None = None
    condition: str | None = None
    is_attachment_data_pulled_in: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_GeneratedGraphEdge)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.target_agent_graph_node_id
        if value is not None:
            field_dict["targetAgentGraphNodeId"] = value
        value = self.source_agent_graph_node_id
        if value is not None:
            field_dict["sourceAgentGraphNodeId"] = value
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("targetAgentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("targetAgentGraphNodeId")
            self.target_agent_graph_node_id = value
            value = src_dict.get("sourceAgentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("sourceAgentGraphNodeId")
            self.source_agent_graph_node_id = value
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("condition")
            if value.__class__ is not str and value is not None:
                raise TypeError("condition")
            self.condition = value
            value = src_dict.get("isAttachmentDataPulledIn")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isAttachmentDataPulledIn")
            self.is_attachment_data_pulled_in = value
            if not _KNOWN_GeneratedGraphEdge.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_GeneratedGraphEdge
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_GeneratedGraphEdge, _KNOWN_GeneratedGraphEdge)
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


_SPEC_GeneratedGraphEdge: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("targetAgentGraphNodeId", "target_agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("sourceAgentGraphNodeId", "source_agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("condition", "condition", as_str, "str", False, False, False, ""),
    FieldSpec("isAttachmentDataPulledIn", "is_attachment_data_pulled_in", as_bool, "bool", False, False, False, ""),
)
