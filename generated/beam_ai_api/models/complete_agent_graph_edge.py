from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.complete_edge_condition_group import CompleteEdgeConditionGroup


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CompleteAgentGraphEdge: tuple[str, ...] = ()
_KNOWN_CompleteAgentGraphEdge = frozenset(
    (
        "sourceAgentGraphNodeId",
        "targetAgentGraphNodeId",
        "condition",
        "name",
        "isAttachmentDataPulledIn",
        "conditionGroups",
    )
)
_FIELDS_CompleteAgentGraphEdge: tuple[str, ...] = (
    "source_agent_graph_node_id",
    "target_agent_graph_node_id",
    "condition",
    "name",
    "is_attachment_data_pulled_in",
    "condition_groups",
)


@_attrs_define(repr=False)
class CompleteAgentGraphEdge:
    """
    Attributes:
        source_agent_graph_node_id (str | None):
        target_agent_graph_node_id (str | None):
        condition (str | None):
        name (str | None):
        is_attachment_data_pulled_in (bool | None):
        condition_groups (list[CompleteEdgeConditionGroup] | None):
    """

    source_agent_graph_node_id: str | None = None
    target_agent_graph_node_id: str | None = None
    condition: str | None = None
    name: str | None = None
    is_attachment_data_pulled_in: bool | None = None
    condition_groups: list[CompleteEdgeConditionGroup] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteAgentGraphEdge)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.source_agent_graph_node_id
        if value is not None:
            field_dict["sourceAgentGraphNodeId"] = value
        value = self.target_agent_graph_node_id
        if value is not None:
            field_dict["targetAgentGraphNodeId"] = value
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.condition_groups
        if value is not None:
            field_dict["conditionGroups"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.source_agent_graph_node_id = get("sourceAgentGraphNodeId")
        self.target_agent_graph_node_id = get("targetAgentGraphNodeId")
        self.condition = get("condition")
        self.name = get("name")
        self.is_attachment_data_pulled_in = get("isAttachmentDataPulledIn")
        value = get("conditionGroups")
        self.condition_groups = (
            None if value is None else list(map(_models.CompleteEdgeConditionGroup.from_dict, value))
        )
        if not _KNOWN_CompleteAgentGraphEdge.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteAgentGraphEdge
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
