from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_task_node_summary import AgentTaskNodeSummary


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CreatedTask: tuple[str, ...] = (
    "id",
    "status",
)
_KNOWN_CreatedTask = frozenset(
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
        "updatesUrl",
    )
)
_FIELDS_CreatedTask: tuple[str, ...] = (
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
    "updates_url",
)


@_attrs_define(repr=False)
class CreatedTask:
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
        updates_url (str | None): The task's update stream (/agent-tasks/{id}/updates, SSE).
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
    updates_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CreatedTask)

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
        value = self.updates_url
        if value is not None:
            field_dict["updatesUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
            value = src_dict["status"]
            if value is None:
                raise KeyError("status")
            self.status = value
        except KeyError as error:
            raise missing_field("CreatedTask", error, src_dict, _REQUIRED_CreatedTask) from None
        self.agent_graph_id = get("agentGraphId")
        self.custom_id = get("customId")
        self.tokens_used = get("tokensUsed")
        self.total_cost = get("totalCost")
        self.task_summary = get("taskSummary")
        self.task_objective = get("taskObjective")
        self.graph_state = get("graphState")
        self.is_viewed = get("isViewed")
        self.can_rerun_task_node = get("canRerunTaskNode")
        self.average_evaluation_score = get("averageEvaluationScore")
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        value = get("agentTaskNodes")
        self.agent_task_nodes = None if value is None else list(map(_models.AgentTaskNodeSummary.from_dict, value))
        self.updates_url = get("updatesUrl")
        if not _KNOWN_CreatedTask.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_CreatedTask}
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
