from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.edge_condition_group import EdgeConditionGroup


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentGraphEdge: tuple[str, ...] = ("id",)
_KNOWN_AgentGraphEdge = frozenset(
    (
        "id",
        "sourceAgentGraphNodeId",
        "targetAgentGraphNodeId",
        "condition",
        "isAttachmentDataPulledIn",
        "createdAt",
        "updatedAt",
        "conditionGroups",
    )
)
_FIELDS_AgentGraphEdge: tuple[str, ...] = (
    "id",
    "source_agent_graph_node_id",
    "target_agent_graph_node_id",
    "condition",
    "is_attachment_data_pulled_in",
    "created_at",
    "updated_at",
    "condition_groups",
)


@_attrs_define(repr=False)
class AgentGraphEdge:
    """
    Attributes:
        id (str):
        source_agent_graph_node_id (str | None):
        target_agent_graph_node_id (str | None):
        condition (str | None):
        is_attachment_data_pulled_in (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        condition_groups (list[EdgeConditionGroup] | None):
    """

    id: str
    source_agent_graph_node_id: str | None = None
    target_agent_graph_node_id: str | None = None
    condition: str | None = None
    is_attachment_data_pulled_in: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    condition_groups: list[EdgeConditionGroup] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentGraphEdge)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.source_agent_graph_node_id
        if value is not None:
            field_dict["sourceAgentGraphNodeId"] = value
        value = self.target_agent_graph_node_id
        if value is not None:
            field_dict["targetAgentGraphNodeId"] = value
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.condition_groups
        if value is not None:
            field_dict["conditionGroups"] = [value_item.to_dict() for value_item in value]
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
        except KeyError as error:
            raise missing_field("AgentGraphEdge", error, src_dict, _REQUIRED_AgentGraphEdge) from None
        self.source_agent_graph_node_id = get("sourceAgentGraphNodeId")
        self.target_agent_graph_node_id = get("targetAgentGraphNodeId")
        self.condition = get("condition")
        self.is_attachment_data_pulled_in = get("isAttachmentDataPulledIn")
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        value = get("conditionGroups")
        self.condition_groups = None if value is None else list(map(_models.EdgeConditionGroup.from_dict, value))
        if not _KNOWN_AgentGraphEdge.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraphEdge
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
