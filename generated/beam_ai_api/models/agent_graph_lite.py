from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_graph_lite_node import AgentGraphLiteNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentGraphLite: tuple[str, ...] = (
    "graphId",
    "agentId",
    "agentName",
    "nodes",
)
_KNOWN_AgentGraphLite = frozenset(
    (
        "graphId",
        "agentId",
        "agentName",
        "nodes",
    )
)
_FIELDS_AgentGraphLite: tuple[str, ...] = (
    "graph_id",
    "agent_id",
    "agent_name",
    "nodes",
)


@_attrs_define(repr=False)
class AgentGraphLite:
    """
    Attributes:
        graph_id (str): Graph ID
        agent_id (str): Agent ID
        agent_name (str): Agent name
        nodes (list[AgentGraphLiteNode]): List of graph nodes
    """

    graph_id: str
    agent_id: str
    agent_name: str
    nodes: list[AgentGraphLiteNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentGraphLite)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["graphId"] = self.graph_id
        field_dict["agentId"] = self.agent_id
        field_dict["agentName"] = self.agent_name
        value = self.nodes
        field_dict["nodes"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["graphId"]
            if value is None:
                raise KeyError("graphId")
            self.graph_id = value
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["agentName"]
            if value is None:
                raise KeyError("agentName")
            self.agent_name = value
            value = src_dict["nodes"]
            if value is None:
                raise KeyError("nodes")
            self.nodes = list(map(_models.AgentGraphLiteNode.from_dict, value))
        except KeyError as error:
            raise missing_field("AgentGraphLite", error, src_dict, _REQUIRED_AgentGraphLite) from None
        if not _KNOWN_AgentGraphLite.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraphLite
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
