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
class AgentTaskNode(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("userQuestions")
            self.user_questions = None if value is None else list(map(_models.UserQuestion.from_dict, value))
            value = src_dict.get("edgeEvaluations")
            self.edge_evaluations = None if value is None else list(map(_models.EdgeEvaluation.from_dict, value))
            value = src_dict.get("input")
            self.input_ = None if value is None else list(map(_models.TaskNodeInputValue.from_dict, value))
            value = src_dict.get("output")
            self.output = None if value is None else _models.TaskNodeOutput.from_dict(value)
            value = src_dict.get("nodeEvaluation")
            self.node_evaluation = (
                None
                if value is None
                else [list(map(_models.NodeEvaluation.from_dict, value_item)) for value_item in value]
            )
            value = src_dict.get("agentTaskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentTaskId")
            self.agent_task_id = value
            value = src_dict.get("agentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphNodeId")
            self.agent_graph_node_id = value
            value = src_dict.get("status")
            if value.__class__ is not str and value is not None:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("userConsent")
            if value.__class__ is not bool and value is not None:
                raise TypeError("userConsent")
            self.user_consent = value
            value = src_dict.get("isEverConsentRequired")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEverConsentRequired")
            self.is_ever_consent_required = value
            value = src_dict.get("retriedCountWhenFailure")
            if value.__class__ is not int and value is not None:
                raise TypeError("retriedCountWhenFailure")
            self.retried_count_when_failure = value
            value = src_dict.get("retriedCountWhenAccuracyIsLow")
            if value.__class__ is not int and value is not None:
                raise TypeError("retriedCountWhenAccuracyIsLow")
            self.retried_count_when_accuracy_is_low = value
            value = src_dict.get("manualRetryCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("manualRetryCount")
            self.manual_retry_count = value
            value = src_dict.get("evaluationScore")
            if value.__class__ not in NUMBER_N:
                raise TypeError("evaluationScore")
            self.evaluation_score = value
            value = src_dict.get("toolData")
            self.tool_data = None if value is None else _models.TaskNodeToolData.from_dict(value)
            value = src_dict.get("waitSyncCreated")
            if value.__class__ is not bool and value is not None:
                raise TypeError("waitSyncCreated")
            self.wait_sync_created = value
            value = src_dict.get("rating")
            if value.__class__ is not str and value is not None:
                raise TypeError("rating")
            self.rating = value
            value = src_dict.get("userFeedback")
            if value.__class__ is not str and value is not None:
                raise TypeError("userFeedback")
            self.user_feedback = value
            value = src_dict.get("agentTask")
            self.agent_task = None if value is None else _models.TaskNodeParentTask.from_dict(value)
            self.agent_graph_node = src_dict.get("agentGraphNode")
            if not _KNOWN_AgentTaskNode.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTaskNode
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentTaskNode, _KNOWN_AgentTaskNode)
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


_SPEC_AgentTaskNode: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec(
        "userQuestions",
        "user_questions",
        as_list(as_model("UserQuestion")),
        "list[UserQuestion]",
        False,
        False,
        False,
        "UserQuestion",
    ),
    FieldSpec(
        "edgeEvaluations",
        "edge_evaluations",
        as_list(as_model("EdgeEvaluation")),
        "list[EdgeEvaluation]",
        False,
        False,
        False,
        "EdgeEvaluation",
    ),
    FieldSpec(
        "input",
        "input_",
        as_list(as_model("TaskNodeInputValue")),
        "list[TaskNodeInputValue]",
        False,
        False,
        False,
        "TaskNodeInputValue",
    ),
    FieldSpec("output", "output", as_model("TaskNodeOutput"), "TaskNodeOutput", False, False, False, "TaskNodeOutput"),
    FieldSpec(
        "nodeEvaluation",
        "node_evaluation",
        as_list(as_list(as_model("NodeEvaluation"))),
        "list[list[NodeEvaluation]]",
        False,
        False,
        False,
        "NodeEvaluation",
    ),
    FieldSpec("agentTaskId", "agent_task_id", as_str, "str", False, False, False, ""),
    FieldSpec("agentGraphNodeId", "agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("status", "status", as_str, "str", False, False, False, ""),
    FieldSpec("userConsent", "user_consent", as_bool, "bool", False, False, False, ""),
    FieldSpec("isEverConsentRequired", "is_ever_consent_required", as_bool, "bool", False, False, False, ""),
    FieldSpec("retriedCountWhenFailure", "retried_count_when_failure", as_int, "int", False, False, False, ""),
    FieldSpec(
        "retriedCountWhenAccuracyIsLow", "retried_count_when_accuracy_is_low", as_int, "int", False, False, False, ""
    ),
    FieldSpec("manualRetryCount", "manual_retry_count", as_int, "int", False, False, False, ""),
    FieldSpec("evaluationScore", "evaluation_score", as_number, "float", False, False, False, ""),
    FieldSpec(
        "toolData",
        "tool_data",
        as_model("TaskNodeToolData"),
        "TaskNodeToolData",
        False,
        False,
        False,
        "TaskNodeToolData",
    ),
    FieldSpec("waitSyncCreated", "wait_sync_created", as_bool, "bool", False, False, False, ""),
    FieldSpec("rating", "rating", as_str, "str", False, False, False, ""),
    FieldSpec("userFeedback", "user_feedback", as_str, "str", False, False, False, ""),
    FieldSpec(
        "agentTask",
        "agent_task",
        as_model("TaskNodeParentTask"),
        "TaskNodeParentTask",
        False,
        False,
        False,
        "TaskNodeParentTask",
    ),
    FieldSpec("agentGraphNode", "agent_graph_node", as_any, "Any", False, False, False, ""),
)
