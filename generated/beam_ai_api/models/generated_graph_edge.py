from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedGraphEdge")


@_attrs_define
class GeneratedGraphEdge:
    """
    Attributes:
        id (str | Unset):
        target_agent_graph_node_id (str | Unset):
        source_agent_graph_node_id (str | Unset):
        name (str | Unset):
        condition (str | Unset):
        is_attachment_data_pulled_in (bool | Unset):
    """

    id: str | Unset = UNSET
    target_agent_graph_node_id: str | Unset = UNSET
    source_agent_graph_node_id: str | Unset = UNSET
    name: str | Unset = UNSET
    condition: str | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_agent_graph_node_id = self.target_agent_graph_node_id

        source_agent_graph_node_id = self.source_agent_graph_node_id

        name = self.name

        condition = self.condition

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if target_agent_graph_node_id is not UNSET:
            field_dict["targetAgentGraphNodeId"] = target_agent_graph_node_id
        if source_agent_graph_node_id is not UNSET:
            field_dict["sourceAgentGraphNodeId"] = source_agent_graph_node_id
        if name is not UNSET:
            field_dict["name"] = name
        if condition is not UNSET:
            field_dict["condition"] = condition
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        target_agent_graph_node_id = d.pop("targetAgentGraphNodeId", UNSET)

        source_agent_graph_node_id = d.pop("sourceAgentGraphNodeId", UNSET)

        name = d.pop("name", UNSET)

        condition = d.pop("condition", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        generated_graph_edge = cls(
            id=id,
            target_agent_graph_node_id=target_agent_graph_node_id,
            source_agent_graph_node_id=source_agent_graph_node_id,
            name=name,
            condition=condition,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
        )

        generated_graph_edge.additional_properties = d
        return generated_graph_edge

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
