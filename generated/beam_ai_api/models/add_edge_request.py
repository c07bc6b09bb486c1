from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.condition_group_update import ConditionGroupUpdate


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AddEdgeRequest: tuple[str, ...] = ()
_KNOWN_AddEdgeRequest = frozenset(
    (
        "sourceNodeId",
        "targetNodeId",
        "agentId",
        "agentGraphId",
        "isAttachmentDataPulledIn",
        "condition",
        "groups",
    )
)
_FIELDS_AddEdgeRequest: tuple[str, ...] = (
    "source_node_id",
    "target_node_id",
    "agent_id",
    "agent_graph_id",
    "is_attachment_data_pulled_in",
    "condition",
    "groups",
)


@_attrs_define(repr=False)
class AddEdgeRequest:
    """
    Attributes:
        source_node_id (str | None):
        target_node_id (str | None):
        agent_id (str | None):
        agent_graph_id (str | None):
        is_attachment_data_pulled_in (bool | None):
        condition (str | None):
        groups (list[ConditionGroupUpdate] | None):
    """

    source_node_id: str | None = None
    target_node_id: str | None = None
    agent_id: str | None = None
    agent_graph_id: str | None = None
    is_attachment_data_pulled_in: bool | None = None
    condition: str | None = None
    groups: list[ConditionGroupUpdate] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AddEdgeRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.source_node_id
        if value is not None:
            field_dict["sourceNodeId"] = value
        value = self.target_node_id
        if value is not None:
            field_dict["targetNodeId"] = value
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.agent_graph_id
        if value is not None:
            field_dict["agentGraphId"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.groups
        if value is not None:
            field_dict["groups"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.source_node_id = get("sourceNodeId")
        self.target_node_id = get("targetNodeId")
        self.agent_id = get("agentId")
        self.agent_graph_id = get("agentGraphId")
        self.is_attachment_data_pulled_in = get("isAttachmentDataPulledIn")
        self.condition = get("condition")
        value = get("groups")
        self.groups = None if value is None else list(map(_models.ConditionGroupUpdate.from_dict, value))
        if not _KNOWN_AddEdgeRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AddEdgeRequest
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
