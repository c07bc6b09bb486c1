from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.complete_agent_graph_node import CompleteAgentGraphNode
    from ..models.complete_agent_graph_settings import CompleteAgentGraphSettings


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CompleteAgentGraphRequest: tuple[str, ...] = ()
_KNOWN_CompleteAgentGraphRequest = frozenset(
    (
        "agentName",
        "agentDescription",
        "settings",
        "nodes",
    )
)
_FIELDS_CompleteAgentGraphRequest: tuple[str, ...] = (
    "agent_name",
    "agent_description",
    "settings",
    "nodes",
)


@_attrs_define(repr=False)
class CompleteAgentGraphRequest:
    """
    Attributes:
        agent_name (str | None):
        agent_description (str | None):
        settings (CompleteAgentGraphSettings | None):
        nodes (list[CompleteAgentGraphNode] | None):
    """

    agent_name: str | None = None
    agent_description: str | None = None
    settings: CompleteAgentGraphSettings | None = None
    nodes: list[CompleteAgentGraphNode] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteAgentGraphRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_name
        if value is not None:
            field_dict["agentName"] = value
        value = self.agent_description
        if value is not None:
            field_dict["agentDescription"] = value
        value = self.settings
        if value is not None:
            field_dict["settings"] = value.to_dict()
        value = self.nodes
        if value is not None:
            field_dict["nodes"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.agent_name = get("agentName")
        self.agent_description = get("agentDescription")
        value = get("settings")
        self.settings = None if value is None else _models.CompleteAgentGraphSettings.from_dict(value)
        value = get("nodes")
        self.nodes = None if value is None else list(map(_models.CompleteAgentGraphNode.from_dict, value))
        if not _KNOWN_CompleteAgentGraphRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteAgentGraphRequest
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
