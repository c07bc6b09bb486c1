from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_graph_node_input import AgentGraphNodeInput


T = TypeVar("T", bound="UpdateNodeRequest")


@_attrs_define
class UpdateNodeRequest:
    """
    Attributes:
        node (AgentGraphNodeInput): Vendor spec only names the $ref; fields from vendor add-node example and third-party
            update-node docs. Third-party: objective, evaluationCriteria ([] allowed) and isAttachmentDataPulledIn are
            required (omitting isAttachmentDataPulledIn -> 400)
        agent_id (str):
        graph_id (str):
    """

    node: AgentGraphNodeInput
    agent_id: str
    graph_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node.to_dict()

        agent_id = self.agent_id

        graph_id = self.graph_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
                "agentId": agent_id,
                "graphId": graph_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph_node_input import AgentGraphNodeInput

        d = dict(src_dict)
        node = AgentGraphNodeInput.from_dict(d.pop("node"))

        agent_id = d.pop("agentId")

        graph_id = d.pop("graphId")

        update_node_request = cls(
            node=node,
            agent_id=agent_id,
            graph_id=graph_id,
        )

        update_node_request.additional_properties = d
        return update_node_request

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
