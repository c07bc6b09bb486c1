from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_graph import AgentGraph
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


T = TypeVar("T", bound="AgentTask")


@_attrs_define
class AgentTask:
    """
    Attributes:
        agent_graph_id (str | Unset):
        custom_id (str | Unset):  Example: AGE-785.
        original_task_query (str | Unset):
        task_objective (str | Unset):
        task_instructions (str | Unset):
        task_success_criteria (str | Unset):
        task_query (Any | Unset): Decision: any JSON value. The approve/reject example shows a string, while tasks are
            created with an object {query, additionalInfo}.
        task_summary (str | Unset):
        initiation_detail (Any | Unset): Free-form JSON object.
        manual_retry_count (int | Unset):
        is_success (bool | Unset):
        is_viewed (bool | Unset):
        started_at (datetime.datetime | None | Unset): Decision: nullable; unset until the task starts/ends.
        ended_at (datetime.datetime | None | Unset): Decision: nullable; unset until the task starts/ends.
        mode (str | Unset):  Example: AUTO.
        status (str | Unset):  Example: QUEUED.
        average_evaluation_score (float | Unset):
        graph_state (Any | Unset): Free-form JSON object.
        total_execution_time (float | Unset):
        agent_graph (AgentGraph | Unset):
        id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        tokens_used (float | Unset):
        total_cost (float | Unset):
        agent_task_nodes (list[AgentTaskNodeSummary] | Unset):
        context_files (list[Any] | Unset):
        credit_transactions (list[Any] | Unset):
    """

    agent_graph_id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    original_task_query: str | Unset = UNSET
    task_objective: str | Unset = UNSET
    task_instructions: str | Unset = UNSET
    task_success_criteria: str | Unset = UNSET
    task_query: Any | Unset = UNSET
    task_summary: str | Unset = UNSET
    initiation_detail: Any | Unset = UNSET
    manual_retry_count: int | Unset = UNSET
    is_success: bool | Unset = UNSET
    is_viewed: bool | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    mode: str | Unset = UNSET
    status: str | Unset = UNSET
    average_evaluation_score: float | Unset = UNSET
    graph_state: Any | Unset = UNSET
    total_execution_time: float | Unset = UNSET
    agent_graph: AgentGraph | Unset = UNSET
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tokens_used: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    agent_task_nodes: list[AgentTaskNodeSummary] | Unset = UNSET
    context_files: list[Any] | Unset = UNSET
    credit_transactions: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_graph_id = self.agent_graph_id

        custom_id = self.custom_id

        original_task_query = self.original_task_query

        task_objective = self.task_objective

        task_instructions = self.task_instructions

        task_success_criteria = self.task_success_criteria

        task_query = self.task_query

        task_summary = self.task_summary

        initiation_detail = self.initiation_detail

        manual_retry_count = self.manual_retry_count

        is_success = self.is_success

        is_viewed = self.is_viewed

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        mode = self.mode

        status = self.status

        average_evaluation_score = self.average_evaluation_score

        graph_state = self.graph_state

        total_execution_time = self.total_execution_time

        agent_graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_graph, Unset):
            agent_graph = self.agent_graph.to_dict()

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tokens_used = self.tokens_used

        total_cost = self.total_cost

        agent_task_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_task_nodes, Unset):
            agent_task_nodes = []
            for agent_task_nodes_item_data in self.agent_task_nodes:
                agent_task_nodes_item = agent_task_nodes_item_data.to_dict()
                agent_task_nodes.append(agent_task_nodes_item)

        context_files: list[Any] | Unset = UNSET
        if not isinstance(self.context_files, Unset):
            context_files = self.context_files

        credit_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.credit_transactions, Unset):
            credit_transactions = self.credit_transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_graph_id is not UNSET:
            field_dict["agentGraphId"] = agent_graph_id
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if original_task_query is not UNSET:
            field_dict["originalTaskQuery"] = original_task_query
        if task_objective is not UNSET:
            field_dict["taskObjective"] = task_objective
        if task_instructions is not UNSET:
            field_dict["taskInstructions"] = task_instructions
        if task_success_criteria is not UNSET:
            field_dict["taskSuccessCriteria"] = task_success_criteria
        if task_query is not UNSET:
            field_dict["taskQuery"] = task_query
        if task_summary is not UNSET:
            field_dict["taskSummary"] = task_summary
        if initiation_detail is not UNSET:
            field_dict["initiationDetail"] = initiation_detail
        if manual_retry_count is not UNSET:
            field_dict["manualRetryCount"] = manual_retry_count
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success
        if is_viewed is not UNSET:
            field_dict["isViewed"] = is_viewed
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if average_evaluation_score is not UNSET:
            field_dict["averageEvaluationScore"] = average_evaluation_score
        if graph_state is not UNSET:
            field_dict["graphState"] = graph_state
        if total_execution_time is not UNSET:
            field_dict["totalExecutionTime"] = total_execution_time
        if agent_graph is not UNSET:
            field_dict["agentGraph"] = agent_graph
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if tokens_used is not UNSET:
            field_dict["tokensUsed"] = tokens_used
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if agent_task_nodes is not UNSET:
            field_dict["agentTaskNodes"] = agent_task_nodes
        if context_files is not UNSET:
            field_dict["contextFiles"] = context_files
        if credit_transactions is not UNSET:
            field_dict["creditTransactions"] = credit_transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph import AgentGraph
        from ..models.agent_task_node_summary import AgentTaskNodeSummary

        d = dict(src_dict)
        agent_graph_id = d.pop("agentGraphId", UNSET)

        custom_id = d.pop("customId", UNSET)

        original_task_query = d.pop("originalTaskQuery", UNSET)

        task_objective = d.pop("taskObjective", UNSET)

        task_instructions = d.pop("taskInstructions", UNSET)

        task_success_criteria = d.pop("taskSuccessCriteria", UNSET)

        task_query = d.pop("taskQuery", UNSET)

        task_summary = d.pop("taskSummary", UNSET)

        initiation_detail = d.pop("initiationDetail", UNSET)

        manual_retry_count = d.pop("manualRetryCount", UNSET)

        is_success = d.pop("isSuccess", UNSET)

        is_viewed = d.pop("isViewed", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("endedAt", UNSET))

        mode = d.pop("mode", UNSET)

        status = d.pop("status", UNSET)

        average_evaluation_score = d.pop("averageEvaluationScore", UNSET)

        graph_state = d.pop("graphState", UNSET)

        total_execution_time = d.pop("totalExecutionTime", UNSET)

        _agent_graph = d.pop("agentGraph", UNSET)
        agent_graph: AgentGraph | Unset
        if isinstance(_agent_graph, Unset):
            agent_graph = UNSET
        else:
            agent_graph = AgentGraph.from_dict(_agent_graph)

        id = d.pop("id", UNSET)

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

        tokens_used = d.pop("tokensUsed", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        _agent_task_nodes = d.pop("agentTaskNodes", UNSET)
        agent_task_nodes: list[AgentTaskNodeSummary] | Unset = UNSET
        if _agent_task_nodes is not UNSET:
            agent_task_nodes = []
            for agent_task_nodes_item_data in _agent_task_nodes:
                agent_task_nodes_item = AgentTaskNodeSummary.from_dict(agent_task_nodes_item_data)

                agent_task_nodes.append(agent_task_nodes_item)

        context_files = cast(list[Any], d.pop("contextFiles", UNSET))

        credit_transactions = cast(list[Any], d.pop("creditTransactions", UNSET))

        agent_task = cls(
            agent_graph_id=agent_graph_id,
            custom_id=custom_id,
            original_task_query=original_task_query,
            task_objective=task_objective,
            task_instructions=task_instructions,
            task_success_criteria=task_success_criteria,
            task_query=task_query,
            task_summary=task_summary,
            initiation_detail=initiation_detail,
            manual_retry_count=manual_retry_count,
            is_success=is_success,
            is_viewed=is_viewed,
            started_at=started_at,
            ended_at=ended_at,
            mode=mode,
            status=status,
            average_evaluation_score=average_evaluation_score,
            graph_state=graph_state,
            total_execution_time=total_execution_time,
            agent_graph=agent_graph,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            tokens_used=tokens_used,
            total_cost=total_cost,
            agent_task_nodes=agent_task_nodes,
            context_files=context_files,
            credit_transactions=credit_transactions,
        )

        agent_task.additional_properties = d
        return agent_task

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
