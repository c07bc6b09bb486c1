from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentGraph: tuple[str, ...] = (
    "id",
    "nodes",
)
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
class AgentGraph:
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
        field_dict["nodes"] = [value_item.to_dict() for value_item in value]
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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
            value = src_dict["nodes"]
            if value is None:
                raise KeyError("nodes")
            self.nodes = list(map(_models.AgentGraphNode.from_dict, value))
        except KeyError as error:
            raise missing_field("AgentGraph", error, src_dict, _REQUIRED_AgentGraph) from None
        self.agent_id = get("agentId")
        self.is_active = get("isActive")
        self.is_draft = get("isDraft")
        self.is_published = get("isPublished")
        value = get("publishedAt")
        self.published_at = None if value is None else _datetime_from(value)
        self.is_edited = get("isEdited")
        self.is_ever_executed = get("isEverExecuted")
        self.is_ever_used_for_template = get("isEverUsedForTemplate")
        if not _KNOWN_AgentGraph.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraph}
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
