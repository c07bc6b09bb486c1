from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_graph import AgentGraph
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentTask: tuple[str, ...] = (
    "status",
    "id",
)
_KNOWN_AgentTask = frozenset(
    (
        "status",
        "id",
        "agentGraphId",
        "customId",
        "originalTaskQuery",
        "taskObjective",
        "taskInstructions",
        "taskSuccessCriteria",
        "taskQuery",
        "taskSummary",
        "initiationDetail",
        "manualRetryCount",
        "isSuccess",
        "isViewed",
        "startedAt",
        "endedAt",
        "mode",
        "averageEvaluationScore",
        "graphState",
        "totalExecutionTime",
        "agentGraph",
        "createdAt",
        "updatedAt",
        "tokensUsed",
        "totalCost",
        "agentTaskNodes",
        "contextFiles",
        "creditTransactions",
    )
)
_FIELDS_AgentTask: tuple[str, ...] = (
    "status",
    "id",
    "agent_graph_id",
    "custom_id",
    "original_task_query",
    "task_objective",
    "task_instructions",
    "task_success_criteria",
    "task_query",
    "task_summary",
    "initiation_detail",
    "manual_retry_count",
    "is_success",
    "is_viewed",
    "started_at",
    "ended_at",
    "mode",
    "average_evaluation_score",
    "graph_state",
    "total_execution_time",
    "agent_graph",
    "created_at",
    "updated_at",
    "tokens_used",
    "total_cost",
    "agent_task_nodes",
    "context_files",
    "credit_transactions",
)


@_attrs_define(repr=False)
class AgentTask:
    """
    Attributes:
        status (str):
        id (str):
        agent_graph_id (str | None):
        custom_id (str | None):
        original_task_query (str | None):
        task_objective (str | None):
        task_instructions (str | None):
        task_success_criteria (str | None):
        task_query (Any | None): Any JSON value: a string, or an object such as {query, additionalInfo}.
        task_summary (str | None):
        initiation_detail (Any | None): Free-form JSON object.
        manual_retry_count (int | None):
        is_success (bool | None):
        is_viewed (bool | None):
        started_at (datetime.datetime | None): Null until the task starts.
        ended_at (datetime.datetime | None): Null until the task ends.
        mode (str | None):
        average_evaluation_score (float | None):
        graph_state (Any | None): Free-form JSON object.
        total_execution_time (float | None):
        agent_graph (AgentGraph | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        tokens_used (float | None):
        total_cost (float | None):
        agent_task_nodes (list[AgentTaskNodeSummary] | None):
        context_files (list[Any] | None):
        credit_transactions (list[Any] | None):
    """

    status: str
    id: str
    agent_graph_id: str | None = None
    custom_id: str | None = None
    original_task_query: str | None = None
    task_objective: str | None = None
    task_instructions: str | None = None
    task_success_criteria: str | None = None
    task_query: Any | None = None
    task_summary: str | None = None
    initiation_detail: Any | None = None
    manual_retry_count: int | None = None
    is_success: bool | None = None
    is_viewed: bool | None = None
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    mode: str | None = None
    average_evaluation_score: float | None = None
    graph_state: Any | None = None
    total_execution_time: float | None = None
    agent_graph: AgentGraph | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    tokens_used: float | None = None
    total_cost: float | None = None
    agent_task_nodes: list[AgentTaskNodeSummary] | None = None
    context_files: list[Any] | None = None
    credit_transactions: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentTask)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status
        field_dict["id"] = self.id
        value = self.agent_graph_id
        if value is not None:
            field_dict["agentGraphId"] = value
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.original_task_query
        if value is not None:
            field_dict["originalTaskQuery"] = value
        value = self.task_objective
        if value is not None:
            field_dict["taskObjective"] = value
        value = self.task_instructions
        if value is not None:
            field_dict["taskInstructions"] = value
        value = self.task_success_criteria
        if value is not None:
            field_dict["taskSuccessCriteria"] = value
        value = self.task_query
        if value is not None:
            field_dict["taskQuery"] = value
        value = self.task_summary
        if value is not None:
            field_dict["taskSummary"] = value
        value = self.initiation_detail
        if value is not None:
            field_dict["initiationDetail"] = value
        value = self.manual_retry_count
        if value is not None:
            field_dict["manualRetryCount"] = value
        value = self.is_success
        if value is not None:
            field_dict["isSuccess"] = value
        value = self.is_viewed
        if value is not None:
            field_dict["isViewed"] = value
        value = self.started_at
        if value is not None:
            field_dict["startedAt"] = value.isoformat()
        value = self.ended_at
        if value is not None:
            field_dict["endedAt"] = value.isoformat()
        value = self.mode
        if value is not None:
            field_dict["mode"] = value
        value = self.average_evaluation_score
        if value is not None:
            field_dict["averageEvaluationScore"] = value
        value = self.graph_state
        if value is not None:
            field_dict["graphState"] = value
        value = self.total_execution_time
        if value is not None:
            field_dict["totalExecutionTime"] = value
        value = self.agent_graph
        if value is not None:
            field_dict["agentGraph"] = value.to_dict()
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.tokens_used
        if value is not None:
            field_dict["tokensUsed"] = value
        value = self.total_cost
        if value is not None:
            field_dict["totalCost"] = value
        value = self.agent_task_nodes
        if value is not None:
            field_dict["agentTaskNodes"] = [value_item.to_dict() for value_item in value]
        value = self.context_files
        if value is not None:
            field_dict["contextFiles"] = value
        value = self.credit_transactions
        if value is not None:
            field_dict["creditTransactions"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["status"]
            if value is None:
                raise KeyError("status")
            self.status = value
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("AgentTask", error, src_dict, _REQUIRED_AgentTask) from None
        self.agent_graph_id = get("agentGraphId")
        self.custom_id = get("customId")
        self.original_task_query = get("originalTaskQuery")
        self.task_objective = get("taskObjective")
        self.task_instructions = get("taskInstructions")
        self.task_success_criteria = get("taskSuccessCriteria")
        self.task_query = get("taskQuery")
        self.task_summary = get("taskSummary")
        self.initiation_detail = get("initiationDetail")
        self.manual_retry_count = get("manualRetryCount")
        self.is_success = get("isSuccess")
        self.is_viewed = get("isViewed")
        value = get("startedAt")
        self.started_at = None if value is None else _datetime_from(value)
        value = get("endedAt")
        self.ended_at = None if value is None else _datetime_from(value)
        self.mode = get("mode")
        self.average_evaluation_score = get("averageEvaluationScore")
        self.graph_state = get("graphState")
        self.total_execution_time = get("totalExecutionTime")
        value = get("agentGraph")
        self.agent_graph = None if value is None else _models.AgentGraph.from_dict(value)
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        self.tokens_used = get("tokensUsed")
        self.total_cost = get("totalCost")
        value = get("agentTaskNodes")
        self.agent_task_nodes = None if value is None else list(map(_models.AgentTaskNodeSummary.from_dict, value))
        self.context_files = get("contextFiles")
        self.credit_transactions = get("creditTransactions")
        if not _KNOWN_AgentTask.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTask}
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
