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
    as_bool,
    as_datetime,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_AgentGraph = frozenset(
    (
        "id",
        "nodes",
        "agentId",
        "isActive",
        "isDraft",
        "isPublished",
        "publishedAt",
        "isEdited",
        "isEverExecuted",
        "isEverUsedForTemplate",
    )
)
_FIELDS_AgentGraph: tuple[str, ...] = (
    "id",
    "nodes",
    "agent_id",
    "is_active",
    "is_draft",
    "is_published",
    "published_at",
    "is_edited",
    "is_ever_executed",
    "is_ever_used_for_template",
)


@_attrs_define(repr=False)
class AgentGraph(ResponseModel):
    """
    Attributes:
        id (str):
        nodes (list[AgentGraphNode]):
        agent_id (str | None):
        is_active (bool | None):
        is_draft (bool | None):
        is_published (bool | None):
        published_at (datetime.datetime | None):
        is_edited (bool | None):
        is_ever_executed (bool | None):
        is_ever_used_for_template (bool | None):
    """

    id: str
    nodes: list[AgentGraphNode]
    agent_id: str | None = None
    is_active: bool | None = None
    is_draft: bool | None = None
    is_published: bool | None = None
    published_at: datetime.datetime | None = None
    is_edited: bool | None = None
    is_ever_executed: bool | None = None
    is_ever_used_for_template: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentGraph)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.nodes
        field_dict["nodes"] = None if value is None else [value_item.to_dict() for value_item in value]
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.is_active
        if value is not None:
            field_dict["isActive"] = value
        value = self.is_draft
        if value is not None:
            field_dict["isDraft"] = value
        value = self.is_published
        if value is not None:
            field_dict["isPublished"] = value
        value = self.published_at
        if value is not None:
            field_dict["publishedAt"] = value.isoformat()
        value = self.is_edited
        if value is not None:
            field_dict["isEdited"] = value
        value = self.is_ever_executed
        if value is not None:
            field_dict["isEverExecuted"] = value
        value = self.is_ever_used_for_template
        if value is not None:
            field_dict["isEverUsedForTemplate"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("nodes")
            if value is None:
                raise KeyError("nodes")
            self.nodes = list(map(_models.AgentGraphNode.from_dict, value))
            value = src_dict.get("agentId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("isActive")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isActive")
            self.is_active = value
            value = src_dict.get("isDraft")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isDraft")
            self.is_draft = value
            value = src_dict.get("isPublished")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isPublished")
            self.is_published = value
            value = src_dict.get("publishedAt")
            self.published_at = None if value is None else _datetime_from(value)
            value = src_dict.get("isEdited")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEdited")
            self.is_edited = value
            value = src_dict.get("isEverExecuted")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEverExecuted")
            self.is_ever_executed = value
            value = src_dict.get("isEverUsedForTemplate")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEverUsedForTemplate")
            self.is_ever_used_for_template = value
            if not _KNOWN_AgentGraph.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraph
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentGraph, _KNOWN_AgentGraph)
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


_SPEC_AgentGraph: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec(
        "nodes",
        "nodes",
        as_list(as_model("AgentGraphNode")),
        "list[AgentGraphNode]",
        True,
        False,
        False,
        "AgentGraphNode",
    ),
    FieldSpec("agentId", "agent_id", as_str, "str", False, False, False, ""),
    FieldSpec("isActive", "is_active", as_bool, "bool", False, False, False, ""),
    FieldSpec("isDraft", "is_draft", as_bool, "bool", False, False, False, ""),
    FieldSpec("isPublished", "is_published", as_bool, "bool", False, False, False, ""),
    FieldSpec("publishedAt", "published_at", as_datetime, "datetime.datetime", False, True, False, ""),
    FieldSpec("isEdited", "is_edited", as_bool, "bool", False, False, False, ""),
    FieldSpec("isEverExecuted", "is_ever_executed", as_bool, "bool", False, False, False, ""),
    FieldSpec("isEverUsedForTemplate", "is_ever_used_for_template", as_bool, "bool", False, False, False, ""),
)
