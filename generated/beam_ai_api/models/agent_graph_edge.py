from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edge_condition_group import EdgeConditionGroup


T = TypeVar("T", bound="AgentGraphEdge")


@_attrs_define
class AgentGraphEdge:
    """Spec (update-edge .md) lists sourceAgentGraphNodeId, targetAgentGraphNodeId, isAttachmentDataPulledIn,
    conditionGroups; id/condition/createdAt/updatedAt come from third-party examples

        Attributes:
            id (str | Unset):
            source_agent_graph_node_id (str | Unset):
            target_agent_graph_node_id (str | Unset):
            condition (str | Unset):
            is_attachment_data_pulled_in (bool | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            condition_groups (list[EdgeConditionGroup] | Unset):
    """

    id: str | Unset = UNSET
    source_agent_graph_node_id: str | Unset = UNSET
    target_agent_graph_node_id: str | Unset = UNSET
    condition: str | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    condition_groups: list[EdgeConditionGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_agent_graph_node_id = self.source_agent_graph_node_id

        target_agent_graph_node_id = self.target_agent_graph_node_id

        condition = self.condition

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        condition_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.condition_groups, Unset):
            condition_groups = []
            for condition_groups_item_data in self.condition_groups:
                condition_groups_item = condition_groups_item_data.to_dict()
                condition_groups.append(condition_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_agent_graph_node_id is not UNSET:
            field_dict["sourceAgentGraphNodeId"] = source_agent_graph_node_id
        if target_agent_graph_node_id is not UNSET:
            field_dict["targetAgentGraphNodeId"] = target_agent_graph_node_id
        if condition is not UNSET:
            field_dict["condition"] = condition
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if condition_groups is not UNSET:
            field_dict["conditionGroups"] = condition_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edge_condition_group import EdgeConditionGroup

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_agent_graph_node_id = d.pop("sourceAgentGraphNodeId", UNSET)

        target_agent_graph_node_id = d.pop("targetAgentGraphNodeId", UNSET)

        condition = d.pop("condition", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _condition_groups = d.pop("conditionGroups", UNSET)
        condition_groups: list[EdgeConditionGroup] | Unset = UNSET
        if _condition_groups is not UNSET:
            condition_groups = []
            for condition_groups_item_data in _condition_groups:
                condition_groups_item = EdgeConditionGroup.from_dict(condition_groups_item_data)

                condition_groups.append(condition_groups_item)

        agent_graph_edge = cls(
            id=id,
            source_agent_graph_node_id=source_agent_graph_node_id,
            target_agent_graph_node_id=target_agent_graph_node_id,
            condition=condition,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            created_at=created_at,
            updated_at=updated_at,
            condition_groups=condition_groups,
        )

        agent_graph_edge.additional_properties = d
        return agent_graph_edge

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
