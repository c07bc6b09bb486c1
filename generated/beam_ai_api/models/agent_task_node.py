from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.edge_evaluation import EdgeEvaluation
    from ..models.node_evaluation import NodeEvaluation
    from ..models.task_node_input_value import TaskNodeInputValue
    from ..models.task_node_output import TaskNodeOutput
    from ..models.task_node_parent_task import TaskNodeParentTask
    from ..models.task_node_tool_data import TaskNodeToolData
    from ..models.user_question import UserQuestion


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentTaskNode: tuple[str, ...] = ("id",)
_KNOWN_AgentTaskNode = frozenset(
    (
        "id",
        "userQuestions",
        "edgeEvaluations",
        "input",
        "output",
        "nodeEvaluation",
        "agentTaskId",
        "agentGraphNodeId",
        "status",
        "userConsent",
        "isEverConsentRequired",
        "retriedCountWhenFailure",
        "retriedCountWhenAccuracyIsLow",
        "manualRetryCount",
        "evaluationScore",
        "toolData",
        "waitSyncCreated",
        "rating",
        "userFeedback",
        "agentTask",
        "agentGraphNode",
    )
)
_FIELDS_AgentTaskNode: tuple[str, ...] = (
    "id",
    "user_questions",
    "edge_evaluations",
    "input_",
    "output",
    "node_evaluation",
    "agent_task_id",
    "agent_graph_node_id",
    "status",
    "user_consent",
    "is_ever_consent_required",
    "retried_count_when_failure",
    "retried_count_when_accuracy_is_low",
    "manual_retry_count",
    "evaluation_score",
    "tool_data",
    "wait_sync_created",
    "rating",
    "user_feedback",
    "agent_task",
    "agent_graph_node",
)


@_attrs_define(repr=False)
class AgentTaskNode:
    """
    Attributes:
        id (str):
        user_questions (list[UserQuestion] | None):
        edge_evaluations (list[EdgeEvaluation] | None):
        input_ (list[TaskNodeInputValue] | None):
        output (TaskNodeOutput | None):
        node_evaluation (list[list[NodeEvaluation]] | None):
        agent_task_id (str | None):
        agent_graph_node_id (str | None):
        status (str | None):
        user_consent (bool | None):
        is_ever_consent_required (bool | None):
        retried_count_when_failure (int | None):
        retried_count_when_accuracy_is_low (int | None):
        manual_retry_count (int | None):
        evaluation_score (float | None):
        tool_data (TaskNodeToolData | None):
        wait_sync_created (bool | None):
        rating (str | None): positive or negative.
        user_feedback (str | None):
        agent_task (TaskNodeParentTask | None):
        agent_graph_node (Any | None): Free-form JSON object.
    """

    id: str
    user_questions: list[UserQuestion] | None = None
    edge_evaluations: list[EdgeEvaluation] | None = None
    input_: list[TaskNodeInputValue] | None = None
    output: TaskNodeOutput | None = None
    node_evaluation: list[list[NodeEvaluation]] | None = None
    agent_task_id: str | None = None
    agent_graph_node_id: str | None = None
    status: str | None = None
    user_consent: bool | None = None
    is_ever_consent_required: bool | None = None
    retried_count_when_failure: int | None = None
    retried_count_when_accuracy_is_low: int | None = None
    manual_retry_count: int | None = None
    evaluation_score: float | None = None
    tool_data: TaskNodeToolData | None = None
    wait_sync_created: bool | None = None
    rating: str | None = None
    user_feedback: str | None = None
    agent_task: TaskNodeParentTask | None = None
    agent_graph_node: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentTaskNode)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.user_questions
        if value is not None:
            field_dict["userQuestions"] = [value_item.to_dict() for value_item in value]
        value = self.edge_evaluations
        if value is not None:
            field_dict["edgeEvaluations"] = [value_item.to_dict() for value_item in value]
        value = self.input_
        if value is not None:
            field_dict["input"] = [value_item.to_dict() for value_item in value]
        value = self.output
        if value is not None:
            field_dict["output"] = value.to_dict()
        value = self.node_evaluation
        if value is not None:
            field_dict["nodeEvaluation"] = [
                [value_item_item.to_dict() for value_item_item in value_item] for value_item in value
            ]
        value = self.agent_task_id
        if value is not None:
            field_dict["agentTaskId"] = value
        value = self.agent_graph_node_id
        if value is not None:
            field_dict["agentGraphNodeId"] = value
        value = self.status
        if value is not None:
            field_dict["status"] = value
        value = self.user_consent
        if value is not None:
            field_dict["userConsent"] = value
        value = self.is_ever_consent_required
        if value is not None:
            field_dict["isEverConsentRequired"] = value
        value = self.retried_count_when_failure
        if value is not None:
            field_dict["retriedCountWhenFailure"] = value
        value = self.retried_count_when_accuracy_is_low
        if value is not None:
            field_dict["retriedCountWhenAccuracyIsLow"] = value
        value = self.manual_retry_count
        if value is not None:
            field_dict["manualRetryCount"] = value
        value = self.evaluation_score
        if value is not None:
            field_dict["evaluationScore"] = value
        value = self.tool_data
        if value is not None:
            field_dict["toolData"] = value.to_dict()
        value = self.wait_sync_created
        if value is not None:
            field_dict["waitSyncCreated"] = value
        value = self.rating
        if value is not None:
            field_dict["rating"] = value
        value = self.user_feedback
        if value is not None:
            field_dict["userFeedback"] = value
        value = self.agent_task
        if value is not None:
            field_dict["agentTask"] = value.to_dict()
        value = self.agent_graph_node
        if value is not None:
            field_dict["agentGraphNode"] = value
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
        except KeyError as error:
            raise missing_field("AgentTaskNode", error, src_dict, _REQUIRED_AgentTaskNode) from None
        value = get("userQuestions")
        self.user_questions = None if value is None else list(map(_models.UserQuestion.from_dict, value))
        value = get("edgeEvaluations")
        self.edge_evaluations = None if value is None else list(map(_models.EdgeEvaluation.from_dict, value))
        value = get("input")
        self.input_ = None if value is None else list(map(_models.TaskNodeInputValue.from_dict, value))
        value = get("output")
        self.output = None if value is None else _models.TaskNodeOutput.from_dict(value)
        value = get("nodeEvaluation")
        self.node_evaluation = (
            None if value is None else [list(map(_models.NodeEvaluation.from_dict, value_item)) for value_item in value]
        )
        self.agent_task_id = get("agentTaskId")
        self.agent_graph_node_id = get("agentGraphNodeId")
        self.status = get("status")
        self.user_consent = get("userConsent")
        self.is_ever_consent_required = get("isEverConsentRequired")
        self.retried_count_when_failure = get("retriedCountWhenFailure")
        self.retried_count_when_accuracy_is_low = get("retriedCountWhenAccuracyIsLow")
        self.manual_retry_count = get("manualRetryCount")
        self.evaluation_score = get("evaluationScore")
        value = get("toolData")
        self.tool_data = None if value is None else _models.TaskNodeToolData.from_dict(value)
        self.wait_sync_created = get("waitSyncCreated")
        self.rating = get("rating")
        self.user_feedback = get("userFeedback")
        value = get("agentTask")
        self.agent_task = None if value is None else _models.TaskNodeParentTask.from_dict(value)
        self.agent_graph_node = get("agentGraphNode")
        if not _KNOWN_AgentTaskNode.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTaskNode
            }
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
