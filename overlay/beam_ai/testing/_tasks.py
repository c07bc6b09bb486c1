"""Task lifecycle: a task's status is a function of the clock plus user actions.

A task sits in QUEUED for ``queue_seconds``, IN_PROGRESS for ``run_seconds`` and then reaches its outcome.
Markers in ``taskQuery.query`` pick the outcome: ``[fail]`` FAILED, ``[error]`` ERROR, ``[stop]`` STOPPED,
``[timeout]`` TIMEOUT, ``[input]`` USER_INPUT_REQUIRED, ``[consent]`` USER_CONSENT_REQUIRED; otherwise
COMPLETED. Answering input, approving or retrying runs the task again towards COMPLETED.

The renderings below are what the fake knows of a task; the app serves them through the operation's
schema (``_serving``), so only the schema's fields go out. ``TaskRecord.fields`` holds values for
fields the fake does not model (a field the spec gained, a value a test needs): served wherever the
task's schema has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from beam_ai_api.surface.operations import TASK_STATUSES

from ._seed import iso

JSON = dict[str, Any]

# What a status means comes from the spec (x-beam-task-statuses), as for the client's followers.
TERMINAL = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "terminal")
WAITING = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "waiting")
MARKERS = {
    "[fail]": "FAILED",
    "[error]": "ERROR",
    "[stop]": "STOPPED",
    "[timeout]": "TIMEOUT",
    "[input]": "USER_INPUT_REQUIRED",
    "[consent]": "USER_CONSENT_REQUIRED",
}
MESSAGES = {
    "QUEUED": "Task queued",
    "IN_PROGRESS": "Task is running",
    "COMPLETED": "Task completed",
    "FAILED": "Task failed (simulated)",
    "ERROR": "Task errored (simulated)",
    "STOPPED": "Task stopped",
    "TIMEOUT": "Task timed out (simulated)",
    "CANCELLED": "Task cancelled",
    "USER_INPUT_REQUIRED": "Waiting for user input",
    "USER_CONSENT_REQUIRED": "Waiting for user consent",
}


def outcome_for(query: str) -> str:
    lowered = query.lower()
    for marker, status in MARKERS.items():
        if marker in lowered:
            return status
    return "COMPLETED"


@dataclass
class TaskRecord:
    id: str
    custom_id: str
    agent_id: str
    graph_id: str
    query: str
    additional_info: str
    node_ids: list[str]
    created_at: float
    outcome: str
    status: str = "QUEUED"
    phase_start: float = 0.0
    updated_at: float = 0.0
    started_at: float | None = None
    ended_at: float | None = None
    manual_retry_count: int = 0
    rating: str | None = None
    user_feedback: str | None = None
    user_inputs: list[JSON] = field(default_factory=list)
    context_files: list[JSON] = field(default_factory=list)
    history: list[JSON] = field(default_factory=list)
    #: Wire-named values of fields the fake does not model, served where the schema has the field.
    fields: JSON = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL or self.status in WAITING

    def task_node_id(self, index: int) -> str:
        return f"tn-{self.id}-{index + 1}"

    def set_status(self, status: str, at: float, message: str | None = None) -> None:
        self.status = status
        self.updated_at = at
        self.history.append(
            {
                "taskId": self.id,
                "status": status,
                "message": message or MESSAGES.get(status, status),
                "timestamp": iso(at),
                "sequence": len(self.history) + 1,
            }
        )

    def next_transition(self, queue_seconds: float, run_seconds: float) -> float | None:
        if self.status == "QUEUED":
            return self.phase_start + queue_seconds
        if self.status == "IN_PROGRESS":
            return self.phase_start + run_seconds
        return None

    def advance(self, now: float, queue_seconds: float, run_seconds: float) -> None:
        """Apply every transition whose time has come, stamping each at its logical time."""
        while True:
            due = self.next_transition(queue_seconds, run_seconds)
            if due is None or now < due:
                return
            if self.status == "QUEUED":
                self.phase_start = due
                if self.started_at is None:
                    self.started_at = due
                self.set_status("IN_PROGRESS", due)
            else:
                if self.outcome in TERMINAL:
                    self.ended_at = due
                self.set_status(self.outcome, due)

    def resume(self, now: float, message: str) -> None:
        """Leave a waiting state (or re-run) and head for COMPLETED."""
        self.outcome = "COMPLETED"
        self.phase_start = now
        self.ended_at = None
        self.set_status("IN_PROGRESS", now, message)

    def requeue(self, now: float) -> None:
        self.outcome = "COMPLETED"
        self.phase_start = now
        self.ended_at = None
        self.manual_retry_count += 1
        self.set_status("QUEUED", now, "Task queued for retry")

    def active_index(self) -> int:
        return len(self.node_ids) - 1 if self.status == "USER_CONSENT_REQUIRED" else 0

    def node_status(self, index: int) -> str:
        if self.status == "COMPLETED":
            return "COMPLETED"
        if self.status == "QUEUED":
            return "QUEUED"
        active = self.active_index()
        if index < active:
            return "COMPLETED"
        if index == active:
            return self.status
        return "QUEUED"


def render_minimal(task: TaskRecord, nodes: dict[str, JSON]) -> JSON:
    return {
        **task.fields,
        "id": task.id,
        "agentGraphId": task.graph_id,
        "customId": task.custom_id,
        "tokensUsed": 1200 if task.status == "COMPLETED" else 0,
        "totalCost": 0.02 if task.status == "COMPLETED" else 0,
        "taskSummary": "Completed successfully" if task.status == "COMPLETED" else "",
        "taskObjective": task.query[:200],
        "graphState": {},
        "isViewed": False,
        "canRerunTaskNode": task.status in TERMINAL,
        "status": task.status,
        "averageEvaluationScore": 90 if task.status == "COMPLETED" else 0,
        "createdAt": iso(task.created_at),
        "updatedAt": iso(task.updated_at),
        "agentTaskNodes": [
            {
                "id": task.task_node_id(i),
                "agentGraphNodeId": node_id,
                "status": task.node_status(i),
                "retriedCountWhenFailure": 0,
                "retriedCountWhenAccuracyIsLow": 0,
                "manualRetryCount": task.manual_retry_count,
                "isEverConsentRequired": task.outcome == "USER_CONSENT_REQUIRED"
                or task.status == "USER_CONSENT_REQUIRED",
                **({"agentGraphNode": nodes[node_id]} if node_id in nodes else {}),
            }
            for i, node_id in enumerate(task.node_ids)
        ],
    }


def render_full(task: TaskRecord, graph: JSON | None, nodes: dict[str, JSON]) -> JSON:
    minimal = render_minimal(task, nodes)
    body: JSON = {
        **minimal,
        "originalTaskQuery": task.query,
        "taskInstructions": task.additional_info,
        "taskSuccessCriteria": "",
        "taskQuery": task.query,
        "initiationDetail": {"source": "api"},
        "manualRetryCount": task.manual_retry_count,
        "isSuccess": task.status == "COMPLETED",
        "mode": "AUTO",
        "totalExecutionTime": int((task.ended_at or task.updated_at) - (task.started_at or task.created_at)),
        "contextFiles": task.context_files,
        "creditTransactions": [],
    }
    if task.started_at is not None:
        body["startedAt"] = iso(task.started_at)
    if task.ended_at is not None:
        body["endedAt"] = iso(task.ended_at)
    if graph is not None:
        body["agentGraph"] = graph
    return body


def render_task_node(task: TaskRecord, index: int, node: JSON | None) -> JSON:
    status = task.node_status(index)
    body: JSON = {
        "id": task.task_node_id(index),
        "agentTaskId": task.id,
        "agentGraphNodeId": task.node_ids[index],
        "status": status,
        "userQuestions": [
            {
                "question": "Which customer is this for?",
                "answer": str(a.get("answer", "")),
                "parameter": "customer",
            }
            for a in task.user_inputs
        ],
        "edgeEvaluations": [],
        "input": [{"id": "in-1", "name": "input_text", "value": task.query, "found": True, "required": True}],
        "output": {"value": {"result": "ok"} if status == "COMPLETED" else None},
        "nodeEvaluation": [],
        "userConsent": task.status != "USER_CONSENT_REQUIRED",
        "isEverConsentRequired": False,
        "retriedCountWhenFailure": 0,
        "retriedCountWhenAccuracyIsLow": 0,
        "manualRetryCount": task.manual_retry_count,
        "evaluationScore": 90 if status == "COMPLETED" else 0,
        "toolData": {"tool_id": node["toolConfiguration"]["id"] if node else "", "tool_parameters": []},
        "waitSyncCreated": False,
        "agentTask": {
            "id": task.id,
            "agentGraphId": task.graph_id,
            "status": task.status,
            "mode": "AUTO",
            "customId": task.custom_id,
            "originalTaskQuery": task.query,
            "taskObjective": task.query[:200],
            "createdAt": iso(task.created_at),
            "updatedAt": iso(task.updated_at),
        },
    }
    if task.rating is not None:
        body["rating"] = task.rating
    if task.user_feedback is not None:
        body["userFeedback"] = task.user_feedback
    if node is not None:
        body["agentGraphNode"] = node
    return body
