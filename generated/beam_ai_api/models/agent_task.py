from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_datetime,
    as_int,
    as_list,
    as_model,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_graph import AgentGraph
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class AgentTask(ResponseModel):
    """
    Attributes:
        status (str): The task's status. An open string; the statuses Beam documents, and what each means to a client
            following the task (over, waiting for a person, running), are listed in the spec. A status not listed ends
            following when the task says it ended (endedAt set, or isSuccess true).
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
        agent_task_nodes (list[AgentTaskNodeSummary] | None): The answer and consent helpers find the waiting node here.
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("status")
            if value.__class__ is not str:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentGraphId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphId")
            self.agent_graph_id = value
            value = src_dict.get("customId")
            if value.__class__ is not str and value is not None:
                raise TypeError("customId")
            self.custom_id = value
            value = src_dict.get("originalTaskQuery")
            if value.__class__ is not str and value is not None:
                raise TypeError("originalTaskQuery")
            self.original_task_query = value
            value = src_dict.get("taskObjective")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskObjective")
            self.task_objective = value
            value = src_dict.get("taskInstructions")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskInstructions")
            self.task_instructions = value
            value = src_dict.get("taskSuccessCriteria")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskSuccessCriteria")
            self.task_success_criteria = value
            self.task_query = src_dict.get("taskQuery")
            value = src_dict.get("taskSummary")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskSummary")
            self.task_summary = value
            self.initiation_detail = src_dict.get("initiationDetail")
            value = src_dict.get("manualRetryCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("manualRetryCount")
            self.manual_retry_count = value
            value = src_dict.get("isSuccess")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isSuccess")
            self.is_success = value
            value = src_dict.get("isViewed")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isViewed")
            self.is_viewed = value
            value = src_dict.get("startedAt")
            self.started_at = None if value is None else _datetime_from(value)
            value = src_dict.get("endedAt")
            self.ended_at = None if value is None else _datetime_from(value)
            value = src_dict.get("mode")
            if value.__class__ is not str and value is not None:
                raise TypeError("mode")
            self.mode = value
            value = src_dict.get("averageEvaluationScore")
            if value.__class__ not in NUMBER_N:
                raise TypeError("averageEvaluationScore")
            self.average_evaluation_score = value
            self.graph_state = src_dict.get("graphState")
            value = src_dict.get("totalExecutionTime")
            if value.__class__ not in NUMBER_N:
                raise TypeError("totalExecutionTime")
            self.total_execution_time = value
            value = src_dict.get("agentGraph")
            self.agent_graph = None if value is None else _models.AgentGraph.from_dict(value)
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("tokensUsed")
            if value.__class__ not in NUMBER_N:
                raise TypeError("tokensUsed")
            self.tokens_used = value
            value = src_dict.get("totalCost")
            if value.__class__ not in NUMBER_N:
                raise TypeError("totalCost")
            self.total_cost = value
            value = src_dict.get("agentTaskNodes")
            self.agent_task_nodes = None if value is None else list(map(_models.AgentTaskNodeSummary.from_dict, value))
            value = src_dict.get("contextFiles")
            if value is not None and value.__class__ is not list:
                raise TypeError("contextFiles")
            self.context_files = value
            value = src_dict.get("creditTransactions")
            if value is not None and value.__class__ is not list:
                raise TypeError("creditTransactions")
            self.credit_transactions = value
            if not _KNOWN_AgentTask.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTask
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentTask, _KNOWN_AgentTask)
        return parsed

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


_SPEC_AgentTask: tuple[FieldSpec, ...] = (
    FieldSpec("status", "status", as_str, "str", True, False, False, ""),
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("agentGraphId", "agent_graph_id", as_str, "str", False, False, False, ""),
    FieldSpec("customId", "custom_id", as_str, "str", False, False, False, ""),
    FieldSpec("originalTaskQuery", "original_task_query", as_str, "str", False, False, False, ""),
    FieldSpec("taskObjective", "task_objective", as_str, "str", False, False, False, ""),
    FieldSpec("taskInstructions", "task_instructions", as_str, "str", False, False, False, ""),
    FieldSpec("taskSuccessCriteria", "task_success_criteria", as_str, "str", False, False, False, ""),
    FieldSpec("taskQuery", "task_query", as_any, "Any", False, False, False, ""),
    FieldSpec("taskSummary", "task_summary", as_str, "str", False, False, False, ""),
    FieldSpec("initiationDetail", "initiation_detail", as_any, "Any", False, False, False, ""),
    FieldSpec("manualRetryCount", "manual_retry_count", as_int, "int", False, False, False, ""),
    FieldSpec("isSuccess", "is_success", as_bool, "bool", False, False, False, ""),
    FieldSpec("isViewed", "is_viewed", as_bool, "bool", False, False, False, ""),
    FieldSpec("startedAt", "started_at", as_datetime, "datetime.datetime", False, True, False, ""),
    FieldSpec("endedAt", "ended_at", as_datetime, "datetime.datetime", False, True, False, ""),
    FieldSpec("mode", "mode", as_str, "str", False, False, False, ""),
    FieldSpec("averageEvaluationScore", "average_evaluation_score", as_number, "float", False, False, False, ""),
    FieldSpec("graphState", "graph_state", as_any, "Any", False, False, False, ""),
    FieldSpec("totalExecutionTime", "total_execution_time", as_number, "float", False, False, False, ""),
    FieldSpec("agentGraph", "agent_graph", as_model("AgentGraph"), "AgentGraph", False, False, False, "AgentGraph"),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("tokensUsed", "tokens_used", as_number, "float", False, False, False, ""),
    FieldSpec("totalCost", "total_cost", as_number, "float", False, False, False, ""),
    FieldSpec(
        "agentTaskNodes",
        "agent_task_nodes",
        as_list(as_model("AgentTaskNodeSummary")),
        "list[AgentTaskNodeSummary]",
        False,
        False,
        False,
        "AgentTaskNodeSummary",
    ),
    FieldSpec("contextFiles", "context_files", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("creditTransactions", "credit_transactions", as_list(as_any), "list[Any]", False, False, False, ""),
)
