from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


T = TypeVar("T", bound="CreatedTask")


@_attrs_define
class CreatedTask:
    """
    Attributes:
        id (str | Unset):
        agent_graph_id (str | Unset):
        custom_id (str | Unset):
        tokens_used (float | Unset):
        total_cost (float | Unset):
        task_summary (str | Unset):
        task_objective (str | Unset):
        graph_state (Any | Unset): Free-form JSON object.
        is_viewed (bool | Unset):
        can_rerun_task_node (bool | Unset):
        status (str | Unset):  Example: QUEUED.
        average_evaluation_score (float | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        agent_task_nodes (list[AgentTaskNodeSummary] | Unset):
        updates_url (str | Unset): third-party only: /agent-tasks/{id}/updates (SSE)
    """

    id: str | Unset = UNSET
    agent_graph_id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    tokens_used: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    task_summary: str | Unset = UNSET
    task_objective: str | Unset = UNSET
    graph_state: Any | Unset = UNSET
    is_viewed: bool | Unset = UNSET
    can_rerun_task_node: bool | Unset = UNSET
    status: str | Unset = UNSET
    average_evaluation_score: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    agent_task_nodes: list[AgentTaskNodeSummary] | Unset = UNSET
    updates_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_graph_id = self.agent_graph_id

        custom_id = self.custom_id

        tokens_used = self.tokens_used

        total_cost = self.total_cost

        task_summary = self.task_summary

        task_objective = self.task_objective

        graph_state = self.graph_state

        is_viewed = self.is_viewed

        can_rerun_task_node = self.can_rerun_task_node

        status = self.status

        average_evaluation_score = self.average_evaluation_score

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        agent_task_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_task_nodes, Unset):
            agent_task_nodes = []
            for agent_task_nodes_item_data in self.agent_task_nodes:
                agent_task_nodes_item = agent_task_nodes_item_data.to_dict()
                agent_task_nodes.append(agent_task_nodes_item)

        updates_url = self.updates_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_graph_id is not UNSET:
            field_dict["agentGraphId"] = agent_graph_id
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if tokens_used is not UNSET:
            field_dict["tokensUsed"] = tokens_used
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if task_summary is not UNSET:
            field_dict["taskSummary"] = task_summary
        if task_objective is not UNSET:
            field_dict["taskObjective"] = task_objective
        if graph_state is not UNSET:
            field_dict["graphState"] = graph_state
        if is_viewed is not UNSET:
            field_dict["isViewed"] = is_viewed
        if can_rerun_task_node is not UNSET:
            field_dict["canRerunTaskNode"] = can_rerun_task_node
        if status is not UNSET:
            field_dict["status"] = status
        if average_evaluation_score is not UNSET:
            field_dict["averageEvaluationScore"] = average_evaluation_score
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if agent_task_nodes is not UNSET:
            field_dict["agentTaskNodes"] = agent_task_nodes
        if updates_url is not UNSET:
            field_dict["updatesUrl"] = updates_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_task_node_summary import AgentTaskNodeSummary

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        agent_graph_id = d.pop("agentGraphId", UNSET)

        custom_id = d.pop("customId", UNSET)

        tokens_used = d.pop("tokensUsed", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        task_summary = d.pop("taskSummary", UNSET)

        task_objective = d.pop("taskObjective", UNSET)

        graph_state = d.pop("graphState", UNSET)

        is_viewed = d.pop("isViewed", UNSET)

        can_rerun_task_node = d.pop("canRerunTaskNode", UNSET)

        status = d.pop("status", UNSET)

        average_evaluation_score = d.pop("averageEvaluationScore", UNSET)

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

        _agent_task_nodes = d.pop("agentTaskNodes", UNSET)
        agent_task_nodes: list[AgentTaskNodeSummary] | Unset = UNSET
        if _agent_task_nodes is not UNSET:
            agent_task_nodes = []
            for agent_task_nodes_item_data in _agent_task_nodes:
                agent_task_nodes_item = AgentTaskNodeSummary.from_dict(agent_task_nodes_item_data)

                agent_task_nodes.append(agent_task_nodes_item)

        updates_url = d.pop("updatesUrl", UNSET)

        created_task = cls(
            id=id,
            agent_graph_id=agent_graph_id,
            custom_id=custom_id,
            tokens_used=tokens_used,
            total_cost=total_cost,
            task_summary=task_summary,
            task_objective=task_objective,
            graph_state=graph_state,
            is_viewed=is_viewed,
            can_rerun_task_node=can_rerun_task_node,
            status=status,
            average_evaluation_score=average_evaluation_score,
            created_at=created_at,
            updated_at=updated_at,
            agent_task_nodes=agent_task_nodes,
            updates_url=updates_url,
        )

        created_task.additional_properties = d
        return created_task

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
