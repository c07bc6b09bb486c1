"""Deciding unknown create outcomes from what the server shows. Pure: no I/O, unit-tested.

Beam has no idempotency key, so a row whose `POST /agent-tasks` may or may not have reached the
server (the process died, or the connection dropped after sending) is settled by looking: the
agent's tasks created since the attempt (minus a clock-skew margin), not already owned by another
row of the batch, whose query is exactly the row's query.

For the rows sharing one query (usually one row), with `k` such unowned tasks and `n` unknown rows:

- `k == 0`: none of them was created: re-create them all.
- `k <= n`: each attempt created at most one task, so exactly `k` attempts did; rows with the same
  query are interchangeable, so the oldest `k` rows take the `k` tasks (oldest first) and the rest
  are re-created.
- `k > n`: someone else started tasks with the same query meanwhile; which ones are ours cannot be
  told apart: park the rows for a person to decide (never re-sent blindly).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_SKEW = 300.0
"""Seconds the server's clock may be behind ours when comparing `createdAt` with the attempt time."""


class Action(enum.StrEnum):
    ADOPT = "adopt"
    RECREATE = "recreate"
    PARK = "park"


@dataclass(frozen=True, slots=True)
class Attempt:
    """A row whose create outcome is unknown: its key, query, and when the attempt was made."""

    key: str
    query: str
    attempt_at: float


@dataclass(frozen=True, slots=True)
class ServerTask:
    """A task the server lists for the agent: id, creation time (epoch seconds) and its query."""

    id: str
    created_at: float
    query: str


@dataclass(frozen=True, slots=True)
class Decision:
    key: str
    action: Action
    task_id: str | None = None
    reason: str = ""


def reconcile(
    attempts: Sequence[Attempt],
    server_tasks: Iterable[ServerTask],
    owned_task_ids: Iterable[str],
    *,
    skew: float = DEFAULT_SKEW,
) -> list[Decision]:
    """One decision per attempt, in the order given."""
    owned = set(owned_task_ids)
    by_query: dict[str, list[ServerTask]] = defaultdict(list)
    for task in server_tasks:
        if task.id not in owned:
            by_query[task.query].append(task)
    groups: dict[str, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        groups[attempt.query].append(attempt)

    decided: dict[str, Decision] = {}
    for query, rows in groups.items():
        rows = sorted(rows, key=lambda a: (a.attempt_at, a.key))
        since = rows[0].attempt_at - skew
        found = sorted(
            (t for t in by_query.get(query, []) if t.created_at >= since), key=lambda t: t.created_at
        )
        if len(found) > len(rows):
            reason = (
                f"{len(found)} tasks with this query appeared since the attempt but only {len(rows)} "
                "row(s) could have created them; which one is this row's cannot be told"
            )
            for row in rows:
                decided[row.key] = Decision(row.key, Action.PARK, reason=reason)
            continue
        for index, row in enumerate(rows):
            if index < len(found):
                decided[row.key] = Decision(
                    row.key, Action.ADOPT, found[index].id, "the server shows the task was created"
                )
            else:
                decided[row.key] = Decision(
                    row.key, Action.RECREATE, reason="the server shows no task for this attempt"
                )
    return [decided[attempt.key] for attempt in attempts]
