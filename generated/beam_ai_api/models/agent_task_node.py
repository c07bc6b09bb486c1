from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edge_evaluation import EdgeEvaluation
    from ..models.node_evaluation import NodeEvaluation
    from ..models.task_node_input_value import TaskNodeInputValue
    from ..models.task_node_output import TaskNodeOutput
    from ..models.task_node_parent_task import TaskNodeParentTask
    from ..models.task_node_tool_data import TaskNodeToolData
    from ..models.user_question import UserQuestion


T = TypeVar("T", bound="AgentTaskNode")


@_attrs_define
class AgentTaskNode:
    """
    Attributes:
        id (str | Unset): third-party example
        user_questions (list[UserQuestion] | Unset):
        edge_evaluations (list[EdgeEvaluation] | Unset):
        input_ (list[TaskNodeInputValue] | Unset):
        output (TaskNodeOutput | Unset):
        node_evaluation (list[list[NodeEvaluation]] | Unset):
        agent_task_id (str | Unset):
        agent_graph_node_id (str | Unset):
        status (str | Unset):  Example: QUEUED.
        user_consent (bool | Unset):
        is_ever_consent_required (bool | Unset):
        retried_count_when_failure (int | Unset):
        retried_count_when_accuracy_is_low (int | Unset):
        manual_retry_count (int | Unset):
        evaluation_score (float | Unset):
        tool_data (TaskNodeToolData | Unset):
        wait_sync_created (bool | Unset):
        rating (str | Unset): third-party example: positive/negative
        user_feedback (str | Unset): third-party example
        agent_task (TaskNodeParentTask | Unset):
        agent_graph_node (Any | Unset): third-party example Free-form JSON object.
    """

    id: str | Unset = UNSET
    user_questions: list[UserQuestion] | Unset = UNSET
    edge_evaluations: list[EdgeEvaluation] | Unset = UNSET
    input_: list[TaskNodeInputValue] | Unset = UNSET
    output: TaskNodeOutput | Unset = UNSET
    node_evaluation: list[list[NodeEvaluation]] | Unset = UNSET
    agent_task_id: str | Unset = UNSET
    agent_graph_node_id: str | Unset = UNSET
    status: str | Unset = UNSET
    user_consent: bool | Unset = UNSET
    is_ever_consent_required: bool | Unset = UNSET
    retried_count_when_failure: int | Unset = UNSET
    retried_count_when_accuracy_is_low: int | Unset = UNSET
    manual_retry_count: int | Unset = UNSET
    evaluation_score: float | Unset = UNSET
    tool_data: TaskNodeToolData | Unset = UNSET
    wait_sync_created: bool | Unset = UNSET
    rating: str | Unset = UNSET
    user_feedback: str | Unset = UNSET
    agent_task: TaskNodeParentTask | Unset = UNSET
    agent_graph_node: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_questions, Unset):
            user_questions = []
            for user_questions_item_data in self.user_questions:
                user_questions_item = user_questions_item_data.to_dict()
                user_questions.append(user_questions_item)

        edge_evaluations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edge_evaluations, Unset):
            edge_evaluations = []
            for edge_evaluations_item_data in self.edge_evaluations:
                edge_evaluations_item = edge_evaluations_item_data.to_dict()
                edge_evaluations.append(edge_evaluations_item)

        input_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = []
            for input_item_data in self.input_:
                input_item = input_item_data.to_dict()
                input_.append(input_item)

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        node_evaluation: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.node_evaluation, Unset):
            node_evaluation = []
            for node_evaluation_item_data in self.node_evaluation:
                node_evaluation_item = []
                for node_evaluation_item_item_data in node_evaluation_item_data:
                    node_evaluation_item_item = node_evaluation_item_item_data.to_dict()
                    node_evaluation_item.append(node_evaluation_item_item)

                node_evaluation.append(node_evaluation_item)

        agent_task_id = self.agent_task_id

        agent_graph_node_id = self.agent_graph_node_id

        status = self.status

        user_consent = self.user_consent

        is_ever_consent_required = self.is_ever_consent_required

        retried_count_when_failure = self.retried_count_when_failure

        retried_count_when_accuracy_is_low = self.retried_count_when_accuracy_is_low

        manual_retry_count = self.manual_retry_count

        evaluation_score = self.evaluation_score

        tool_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_data, Unset):
            tool_data = self.tool_data.to_dict()

        wait_sync_created = self.wait_sync_created

        rating = self.rating

        user_feedback = self.user_feedback

        agent_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_task, Unset):
            agent_task = self.agent_task.to_dict()

        agent_graph_node = self.agent_graph_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_questions is not UNSET:
            field_dict["userQuestions"] = user_questions
        if edge_evaluations is not UNSET:
            field_dict["edgeEvaluations"] = edge_evaluations
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if node_evaluation is not UNSET:
            field_dict["nodeEvaluation"] = node_evaluation
        if agent_task_id is not UNSET:
            field_dict["agentTaskId"] = agent_task_id
        if agent_graph_node_id is not UNSET:
            field_dict["agentGraphNodeId"] = agent_graph_node_id
        if status is not UNSET:
            field_dict["status"] = status
        if user_consent is not UNSET:
            field_dict["userConsent"] = user_consent
        if is_ever_consent_required is not UNSET:
            field_dict["isEverConsentRequired"] = is_ever_consent_required
        if retried_count_when_failure is not UNSET:
            field_dict["retriedCountWhenFailure"] = retried_count_when_failure
        if retried_count_when_accuracy_is_low is not UNSET:
            field_dict["retriedCountWhenAccuracyIsLow"] = retried_count_when_accuracy_is_low
        if manual_retry_count is not UNSET:
            field_dict["manualRetryCount"] = manual_retry_count
        if evaluation_score is not UNSET:
            field_dict["evaluationScore"] = evaluation_score
        if tool_data is not UNSET:
            field_dict["toolData"] = tool_data
        if wait_sync_created is not UNSET:
            field_dict["waitSyncCreated"] = wait_sync_created
        if rating is not UNSET:
            field_dict["rating"] = rating
        if user_feedback is not UNSET:
            field_dict["userFeedback"] = user_feedback
        if agent_task is not UNSET:
            field_dict["agentTask"] = agent_task
        if agent_graph_node is not UNSET:
            field_dict["agentGraphNode"] = agent_graph_node

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edge_evaluation import EdgeEvaluation
        from ..models.node_evaluation import NodeEvaluation
        from ..models.task_node_input_value import TaskNodeInputValue
        from ..models.task_node_output import TaskNodeOutput
        from ..models.task_node_parent_task import TaskNodeParentTask
        from ..models.task_node_tool_data import TaskNodeToolData
        from ..models.user_question import UserQuestion

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _user_questions = d.pop("userQuestions", UNSET)
        user_questions: list[UserQuestion] | Unset = UNSET
        if _user_questions is not UNSET:
            user_questions = []
            for user_questions_item_data in _user_questions:
                user_questions_item = UserQuestion.from_dict(user_questions_item_data)

                user_questions.append(user_questions_item)

        _edge_evaluations = d.pop("edgeEvaluations", UNSET)
        edge_evaluations: list[EdgeEvaluation] | Unset = UNSET
        if _edge_evaluations is not UNSET:
            edge_evaluations = []
            for edge_evaluations_item_data in _edge_evaluations:
                edge_evaluations_item = EdgeEvaluation.from_dict(edge_evaluations_item_data)

                edge_evaluations.append(edge_evaluations_item)

        _input_ = d.pop("input", UNSET)
        input_: list[TaskNodeInputValue] | Unset = UNSET
        if _input_ is not UNSET:
            input_ = []
            for input_item_data in _input_:
                input_item = TaskNodeInputValue.from_dict(input_item_data)

                input_.append(input_item)

        _output = d.pop("output", UNSET)
        output: TaskNodeOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = TaskNodeOutput.from_dict(_output)

        _node_evaluation = d.pop("nodeEvaluation", UNSET)
        node_evaluation: list[list[NodeEvaluation]] | Unset = UNSET
        if _node_evaluation is not UNSET:
            node_evaluation = []
            for node_evaluation_item_data in _node_evaluation:
                node_evaluation_item = []
                _node_evaluation_item = node_evaluation_item_data
                for node_evaluation_item_item_data in _node_evaluation_item:
                    node_evaluation_item_item = NodeEvaluation.from_dict(node_evaluation_item_item_data)

                    node_evaluation_item.append(node_evaluation_item_item)

                node_evaluation.append(node_evaluation_item)

        agent_task_id = d.pop("agentTaskId", UNSET)

        agent_graph_node_id = d.pop("agentGraphNodeId", UNSET)

        status = d.pop("status", UNSET)

        user_consent = d.pop("userConsent", UNSET)

        is_ever_consent_required = d.pop("isEverConsentRequired", UNSET)

        retried_count_when_failure = d.pop("retriedCountWhenFailure", UNSET)

        retried_count_when_accuracy_is_low = d.pop("retriedCountWhenAccuracyIsLow", UNSET)

        manual_retry_count = d.pop("manualRetryCount", UNSET)

        evaluation_score = d.pop("evaluationScore", UNSET)

        _tool_data = d.pop("toolData", UNSET)
        tool_data: TaskNodeToolData | Unset
        if isinstance(_tool_data, Unset):
            tool_data = UNSET
        else:
            tool_data = TaskNodeToolData.from_dict(_tool_data)

        wait_sync_created = d.pop("waitSyncCreated", UNSET)

        rating = d.pop("rating", UNSET)

        user_feedback = d.pop("userFeedback", UNSET)

        _agent_task = d.pop("agentTask", UNSET)
        agent_task: TaskNodeParentTask | Unset
        if isinstance(_agent_task, Unset):
            agent_task = UNSET
        else:
            agent_task = TaskNodeParentTask.from_dict(_agent_task)

        agent_graph_node = d.pop("agentGraphNode", UNSET)

        agent_task_node = cls(
            id=id,
            user_questions=user_questions,
            edge_evaluations=edge_evaluations,
            input_=input_,
            output=output,
            node_evaluation=node_evaluation,
            agent_task_id=agent_task_id,
            agent_graph_node_id=agent_graph_node_id,
            status=status,
            user_consent=user_consent,
            is_ever_consent_required=is_ever_consent_required,
            retried_count_when_failure=retried_count_when_failure,
            retried_count_when_accuracy_is_low=retried_count_when_accuracy_is_low,
            manual_retry_count=manual_retry_count,
            evaluation_score=evaluation_score,
            tool_data=tool_data,
            wait_sync_created=wait_sync_created,
            rating=rating,
            user_feedback=user_feedback,
            agent_task=agent_task,
            agent_graph_node=agent_graph_node,
        )

        agent_task_node.additional_properties = d
        return agent_task_node

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
