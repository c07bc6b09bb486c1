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
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_MinimalAgentTask = frozenset(
    (
        "id",
        "status",
        "agentGraphId",
        "customId",
        "tokensUsed",
        "totalCost",
        "taskSummary",
        "taskObjective",
        "graphState",
        "isViewed",
        "canRerunTaskNode",
        "averageEvaluationScore",
        "createdAt",
        "updatedAt",
        "agentTaskNodes",
    )
)
_FIELDS_MinimalAgentTask: tuple[str, ...] = (
    "id",
    "status",
    "agent_graph_id",
    "custom_id",
    "tokens_used",
    "total_cost",
    "task_summary",
    "task_objective",
    "graph_state",
    "is_viewed",
    "can_rerun_task_node",
    "average_evaluation_score",
    "created_at",
    "updated_at",
    "agent_task_nodes",
)


@_attrs_define(repr=False)
class MinimalAgentTask(ResponseModel):
    """
    Attributes:
        id (str):
        status (str):
        agent_graph_id (str | None):
        custom_id (str | None):
        tokens_used (float | None):
        total_cost (float | None):
        task_summary (str | None):
        task_objective (str | None):
        graph_state (Any | None): Free-form JSON object.
        is_viewed (bool | None):
        can_rerun_task_node (bool | None):
        average_evaluation_score (float | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        agent_task_nodes (list[AgentTaskNodeSummary] | None):
    """

    id: str
    status: str
    agent_graph_id: str | None = None
    custom_id: str | None = None
    tokens_used: float | None = None
    total_cost: float | None = None
    task_summary: str | None = None
    task_objective: str | None = None
    graph_state: Any | None = None
    is_viewed: bool | None = None
    can_rerun_task_node: bool | None = None
    average_evaluation_score: float | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    agent_task_nodes: list[AgentTaskNodeSummary] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_MinimalAgentTask)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        value = self.agent_graph_id
        if value is not None:
            field_dict["agentGraphId"] = value
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.tokens_used
        if value is not None:
            field_dict["tokensUsed"] = value
        value = self.total_cost
        if value is not None:
            field_dict["totalCost"] = value
        value = self.task_summary
        if value is not None:
            field_dict["taskSummary"] = value
        value = self.task_objective
        if value is not None:
            field_dict["taskObjective"] = value
        value = self.graph_state
        if value is not None:
            field_dict["graphState"] = value
        value = self.is_viewed
        if value is not None:
            field_dict["isViewed"] = value
        value = self.can_rerun_task_node
        if value is not None:
            field_dict["canRerunTaskNode"] = value
        value = self.average_evaluation_score
        if value is not None:
            field_dict["averageEvaluationScore"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.agent_task_nodes
        if value is not None:
            field_dict["agentTaskNodes"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("status")
            if value.__class__ is not str:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("agentGraphId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphId")
            self.agent_graph_id = value
            value = src_dict.get("customId")
            if value.__class__ is not str and value is not None:
                raise TypeError("customId")
            self.custom_id = value
            value = src_dict.get("tokensUsed")
            if value.__class__ not in NUMBER_N:
                raise TypeError("tokensUsed")
            self.tokens_used = value
            value = src_dict.get("totalCost")
            if value.__class__ not in NUMBER_N:
                raise TypeError("totalCost")
            self.total_cost = value
            value = src_dict.get("taskSummary")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskSummary")
            self.task_summary = value
            value = src_dict.get("taskObjective")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskObjective")
            self.task_objective = value
            self.graph_state = src_dict.get("graphState")
            value = src_dict.get("isViewed")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isViewed")
            self.is_viewed = value
            value = src_dict.get("canRerunTaskNode")
            if value.__class__ is not bool and value is not None:
                raise TypeError("canRerunTaskNode")
            self.can_rerun_task_node = value
            value = src_dict.get("averageEvaluationScore")
            if value.__class__ not in NUMBER_N:
                raise TypeError("averageEvaluationScore")
            self.average_evaluation_score = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("agentTaskNodes")
            self.agent_task_nodes = None if value is None else list(map(_models.AgentTaskNodeSummary.from_dict, value))
            if not _KNOWN_MinimalAgentTask.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_MinimalAgentTask
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_MinimalAgentTask, _KNOWN_MinimalAgentTask)
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


_SPEC_MinimalAgentTask: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("status", "status", as_str, "str", True, False, False, ""),
    FieldSpec("agentGraphId", "agent_graph_id", as_str, "str", False, False, False, ""),
    FieldSpec("customId", "custom_id", as_str, "str", False, False, False, ""),
    FieldSpec("tokensUsed", "tokens_used", as_number, "float", False, False, False, ""),
    FieldSpec("totalCost", "total_cost", as_number, "float", False, False, False, ""),
    FieldSpec("taskSummary", "task_summary", as_str, "str", False, False, False, ""),
    FieldSpec("taskObjective", "task_objective", as_str, "str", False, False, False, ""),
    FieldSpec("graphState", "graph_state", as_any, "Any", False, False, False, ""),
    FieldSpec("isViewed", "is_viewed", as_bool, "bool", False, False, False, ""),
    FieldSpec("canRerunTaskNode", "can_rerun_task_node", as_bool, "bool", False, False, False, ""),
    FieldSpec("averageEvaluationScore", "average_evaluation_score", as_number, "float", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
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
)
