"""What a task's status means to someone following the task, read from the spec.

The statuses Beam documents are listed in openapi/beam.yaml (`x-beam-task-statuses` on
`AgentTask.status`) and generated into `beam_ai_api.surface.operations.TASK_STATUSES`, each with its
meaning: `terminal` (the task is over), `waiting` (paused until a person acts: answer, approve,
authorise an integration, add credits) or `running`. Nothing here lists statuses by hand.

Beam adds statuses before the spec does. A status the spec does not list is terminal when the task
says it ended (`endedAt` set, or `isSuccess` true; a running task reports `isSuccess: false`, so
false says nothing); otherwise the task is taken as running and the status is logged once, on the
`beam_ai.tasks` logger. Followers (`_task_follow`, the batch runner) decide with `meaning()` and
`task_ends_following()`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

from beam_ai_api.surface.operations import TASK_STATUSES
from beam_ai_api.types import warn_once

Meaning = Literal["terminal", "waiting", "running"]

TERMINAL_STATUSES = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "terminal")
"""The task is over; nothing will change it unless someone retries it."""

WAITING_STATUSES = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "waiting")
"""The task is paused until someone acts (answers, approves, re-authorises an integration, tops up).

Following stops here too: waiting longer would only run into the timeout.
"""

USER_INPUT_REQUIRED = TASK_STATUSES["USER_INPUT_REQUIRED"].value
USER_CONSENT_REQUIRED = TASK_STATUSES["USER_CONSENT_REQUIRED"].value
UNKNOWN_STATUS = "UNKNOWN"
"""What a follower reports before it has seen any status (not a status Beam sends)."""

_ALIASES = {alias: s.value for s in TASK_STATUSES.values() for alias in s.aliases}
_STAGES = {s.value: s.stage for s in TASK_STATUSES.values() if s.stage is not None}
_log = logging.getLogger("beam_ai.tasks")


def normalize_status(value: object) -> str | None:
    """`"in-progress"`, `"in_progress"` and `"IN_PROGRESS"` are one status (the docs show both cases)."""
    if not isinstance(value, str) or not value.strip():
        return None
    status = value.strip().upper().replace("-", "_").replace(" ", "_")
    return _ALIASES.get(status, status)


def meaning(status: object, *, ended: bool = False) -> Meaning:
    """What `status` means to a follower; `ended`: the task says it ended (see `task_ended`)."""
    normalized = normalize_status(status)
    known = TASK_STATUSES.get(normalized or "")
    if known is not None:
        return known.meaning  # type: ignore[return-value]  # the generator allows only the three
    if ended:
        return "terminal"
    if normalized is not None and normalized != UNKNOWN_STATUS:
        warn_once(
            "task-status",
            normalized,
            "",
            "task status %r is not in the spec and the task does not say it ended; following it on",
            normalized,
            logger=_log,
        )
    return "running"


def is_terminal(status: object, *, ended: bool = False) -> bool:
    """True for a documented terminal status in any case (COMPLETED, FAILED...), or an unknown one
    of a task that says it ended."""
    return meaning(status, ended=ended) == "terminal"


def is_waiting(status: object) -> bool:
    """True when the task waits for a person (input, consent, integration auth, credits)."""
    return meaning(status) == "waiting"


def ends_following(status: object, *, ended: bool = False) -> bool:
    """Following stops at a terminal or a waiting status."""
    return meaning(status, ended=ended) != "running"


def task_ended(task: Any) -> bool:
    """Whether a task (a generated model, or its JSON as a mapping) says it ended."""
    if isinstance(task, Mapping):
        ended_at, success = task.get("endedAt"), task.get("isSuccess")
    else:
        ended_at, success = getattr(task, "ended_at", None), getattr(task, "is_success", None)
    return ended_at is not None or success is True


def task_status(task: Any) -> str:
    """The normalised status of a generated task model (`AgentTask`, `CreatedTask`...)."""
    return normalize_status(getattr(task, "status", None)) or UNKNOWN_STATUS


def task_ends_following(task: Any) -> bool:
    """Following a task model stops here: its status is terminal or waiting, or unknown and it ended."""
    return ends_following(task_status(task), ended=task_ended(task))


def progress_stage(status: str) -> int | None:
    """The stage of a status a task only passes through on its way to work (QUEUED 0, IN_PROGRESS 1);
    None for the others, which are not ranked."""
    return _STAGES.get(status)
