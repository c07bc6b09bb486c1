"""What a task waiting for a person asks: `pending_questions(task)`.

The API buries it: an unanswered `agentTaskNodes[i].userQuestions[k].question` where the node lists
them, else `agentTaskNodes[i].agentGraphNode.toolConfiguration.inputParams[j].question` of the
waiting node (the graph node arrives as free-form JSON). A function, not a model method: models are
generated from the spec, and this reads any task model (`run`, `wait`, `get`, a batch's follow).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._task_events import USER_CONSENT_REQUIRED, is_waiting, normalize_status, task_status


def _field(value: Any, attribute: str, key: str) -> Any:
    """`value.attribute` of a model (or the `key` it kept as an extra field), `value[key]` of JSON."""
    if isinstance(value, Mapping):
        return value.get(key)
    found = getattr(value, attribute, None)
    if found is None:
        extra = getattr(value, "additional_properties", None)
        found = extra.get(key) if isinstance(extra, Mapping) else None
    return found


def _texts(values: Any) -> Iterable[Any]:
    return values if isinstance(values, list) else ()


def _waiting_nodes(task: Any, status: str) -> list[Any]:
    """The nodes carrying the task's waiting status, else those not completed yet."""
    nodes = list(_texts(getattr(task, "agent_task_nodes", None)))
    waiting = [node for node in nodes if normalize_status(getattr(node, "status", None)) == status]
    return waiting or [
        node for node in nodes if normalize_status(getattr(node, "status", None)) != "COMPLETED"
    ]


def _node_questions(node: Any, status: str) -> list[str]:
    asked = [
        _field(question, "question", "question")
        for question in _texts(_field(node, "user_questions", "userQuestions"))
        if not _field(question, "answer", "answer")
    ]
    graph_node = _field(node, "agent_graph_node", "agentGraphNode")
    tool = _field(graph_node, "tool_configuration", "toolConfiguration")
    if not asked:
        asked = [
            _field(param, "question", "question")
            for param in _texts(_field(tool, "input_params", "inputParams"))
        ]
    if not any(isinstance(text, str) and text.strip() for text in asked) and status == USER_CONSENT_REQUIRED:
        name = _field(tool, "tool_name", "toolName") or _field(graph_node, "objective", "objective")
        asked = [f"May it run {name}?" if isinstance(name, str) and name.strip() else "May it go on?"]
    return [text.strip() for text in asked if isinstance(text, str) and text.strip()]


def pending_questions(task: Any) -> list[str]:
    """The questions a task waiting for input or consent asks, in node order; [] when it waits for none.

    task = beam.agent_tasks.run(agent_id, "Refund order 123")
    if task.status == "USER_INPUT_REQUIRED":
        print(beam_ai.pending_questions(task))  # ['Which customer is this for?']
    """
    status = task_status(task)
    if not is_waiting(status):
        return []
    questions: list[str] = []
    for node in _waiting_nodes(task, status):
        questions.extend(text for text in _node_questions(node, status) if text not in questions)
    return questions
