from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_graph_node_input import AgentGraphNodeInput


T = TypeVar("T", bound="AddNodeRequest")


@_attrs_define
class AddNodeRequest:
    """
    Attributes:
        node (AgentGraphNodeInput | Unset): Vendor spec only names the $ref; fields from vendor add-node example and
            third-party update-node docs. Third-party: objective, evaluationCriteria ([] allowed) and
            isAttachmentDataPulledIn are required (omitting isAttachmentDataPulledIn -> 400)
        agent_id (str | Unset): third-party
        graph_id (str | Unset): third-party: draft graph id
    """

    node: AgentGraphNodeInput | Unset = UNSET
    agent_id: str | Unset = UNSET
    graph_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = self.node.to_dict()

        agent_id = self.agent_id

        graph_id = self.graph_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node is not UNSET:
            field_dict["node"] = node
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if graph_id is not UNSET:
            field_dict["graphId"] = graph_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph_node_input import AgentGraphNodeInput

        d = dict(src_dict)
        _node = d.pop("node", UNSET)
        node: AgentGraphNodeInput | Unset
        if isinstance(_node, Unset):
            node = UNSET
        else:
            node = AgentGraphNodeInput.from_dict(_node)

        agent_id = d.pop("agentId", UNSET)

        graph_id = d.pop("graphId", UNSET)

        add_node_request = cls(
            node=node,
            agent_id=agent_id,
            graph_id=graph_id,
        )

        add_node_request.additional_properties = d
        return add_node_request

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
