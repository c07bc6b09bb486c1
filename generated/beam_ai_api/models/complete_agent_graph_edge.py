from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_edge_condition_group import CompleteEdgeConditionGroup


T = TypeVar("T", bound="CompleteAgentGraphEdge")


@_attrs_define
class CompleteAgentGraphEdge:
    """third-party DTO table: sourceAgentGraphNodeId, targetAgentGraphNodeId, condition (empty string = unconditional),
    isAttachmentDataPulledIn all required

        Attributes:
            source_agent_graph_node_id (str | Unset):
            target_agent_graph_node_id (str | Unset):
            condition (str | Unset):
            name (str | Unset): only in older (Bearer-era) example, e.g. 'Success Path'
            is_attachment_data_pulled_in (bool | Unset):
            condition_groups (list[CompleteEdgeConditionGroup] | Unset):
    """

    source_agent_graph_node_id: str | Unset = UNSET
    target_agent_graph_node_id: str | Unset = UNSET
    condition: str | Unset = UNSET
    name: str | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    condition_groups: list[CompleteEdgeConditionGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_agent_graph_node_id = self.source_agent_graph_node_id

        target_agent_graph_node_id = self.target_agent_graph_node_id

        condition = self.condition

        name = self.name

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        condition_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.condition_groups, Unset):
            condition_groups = []
            for condition_groups_item_data in self.condition_groups:
                condition_groups_item = condition_groups_item_data.to_dict()
                condition_groups.append(condition_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_agent_graph_node_id is not UNSET:
            field_dict["sourceAgentGraphNodeId"] = source_agent_graph_node_id
        if target_agent_graph_node_id is not UNSET:
            field_dict["targetAgentGraphNodeId"] = target_agent_graph_node_id
        if condition is not UNSET:
            field_dict["condition"] = condition
        if name is not UNSET:
            field_dict["name"] = name
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if condition_groups is not UNSET:
            field_dict["conditionGroups"] = condition_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complete_edge_condition_group import CompleteEdgeConditionGroup

        d = dict(src_dict)
        source_agent_graph_node_id = d.pop("sourceAgentGraphNodeId", UNSET)

        target_agent_graph_node_id = d.pop("targetAgentGraphNodeId", UNSET)

        condition = d.pop("condition", UNSET)

        name = d.pop("name", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        _condition_groups = d.pop("conditionGroups", UNSET)
        condition_groups: list[CompleteEdgeConditionGroup] | Unset = UNSET
        if _condition_groups is not UNSET:
            condition_groups = []
            for condition_groups_item_data in _condition_groups:
                condition_groups_item = CompleteEdgeConditionGroup.from_dict(condition_groups_item_data)

                condition_groups.append(condition_groups_item)

        complete_agent_graph_edge = cls(
            source_agent_graph_node_id=source_agent_graph_node_id,
            target_agent_graph_node_id=target_agent_graph_node_id,
            condition=condition,
            name=name,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            condition_groups=condition_groups,
        )

        complete_agent_graph_edge.additional_properties = d
        return complete_agent_graph_edge

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
