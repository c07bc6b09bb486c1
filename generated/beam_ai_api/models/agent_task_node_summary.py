from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


T = TypeVar("T", bound="AgentTaskNodeSummary")


@_attrs_define
class AgentTaskNodeSummary:
    """
    Attributes:
        id (str | Unset):
        agent_graph_node_id (str | Unset):
        status (str | Unset):  Example: QUEUED.
        retried_count_when_failure (int | Unset):
        retried_count_when_accuracy_is_low (int | Unset):
        manual_retry_count (int | Unset):
        is_ever_consent_required (bool | Unset):
        agent_graph_node (AgentGraphNode | Unset):
    """

    id: str | Unset = UNSET
    agent_graph_node_id: str | Unset = UNSET
    status: str | Unset = UNSET
    retried_count_when_failure: int | Unset = UNSET
    retried_count_when_accuracy_is_low: int | Unset = UNSET
    manual_retry_count: int | Unset = UNSET
    is_ever_consent_required: bool | Unset = UNSET
    agent_graph_node: AgentGraphNode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_graph_node_id = self.agent_graph_node_id

        status = self.status

        retried_count_when_failure = self.retried_count_when_failure

        retried_count_when_accuracy_is_low = self.retried_count_when_accuracy_is_low

        manual_retry_count = self.manual_retry_count

        is_ever_consent_required = self.is_ever_consent_required

        agent_graph_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_graph_node, Unset):
            agent_graph_node = self.agent_graph_node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_graph_node_id is not UNSET:
            field_dict["agentGraphNodeId"] = agent_graph_node_id
        if status is not UNSET:
            field_dict["status"] = status
        if retried_count_when_failure is not UNSET:
            field_dict["retriedCountWhenFailure"] = retried_count_when_failure
        if retried_count_when_accuracy_is_low is not UNSET:
            field_dict["retriedCountWhenAccuracyIsLow"] = retried_count_when_accuracy_is_low
        if manual_retry_count is not UNSET:
            field_dict["manualRetryCount"] = manual_retry_count
        if is_ever_consent_required is not UNSET:
            field_dict["isEverConsentRequired"] = is_ever_consent_required
        if agent_graph_node is not UNSET:
            field_dict["agentGraphNode"] = agent_graph_node

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph_node import AgentGraphNode

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        agent_graph_node_id = d.pop("agentGraphNodeId", UNSET)

        status = d.pop("status", UNSET)

        retried_count_when_failure = d.pop("retriedCountWhenFailure", UNSET)

        retried_count_when_accuracy_is_low = d.pop("retriedCountWhenAccuracyIsLow", UNSET)

        manual_retry_count = d.pop("manualRetryCount", UNSET)

        is_ever_consent_required = d.pop("isEverConsentRequired", UNSET)

        _agent_graph_node = d.pop("agentGraphNode", UNSET)
        agent_graph_node: AgentGraphNode | Unset
        if isinstance(_agent_graph_node, Unset):
            agent_graph_node = UNSET
        else:
            agent_graph_node = AgentGraphNode.from_dict(_agent_graph_node)

        agent_task_node_summary = cls(
            id=id,
            agent_graph_node_id=agent_graph_node_id,
            status=status,
            retried_count_when_failure=retried_count_when_failure,
            retried_count_when_accuracy_is_low=retried_count_when_accuracy_is_low,
            manual_retry_count=manual_retry_count,
            is_ever_consent_required=is_ever_consent_required,
            agent_graph_node=agent_graph_node,
        )

        agent_task_node_summary.additional_properties = d
        return agent_task_node_summary

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
