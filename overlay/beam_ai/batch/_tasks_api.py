"""The few task operations the batch engine needs, behind one small interface.

The engine talks only to `TaskApi`, so how a request is sent (today the public `AsyncBeam`
namespaces; later the client's single send path) can change here without touching the engine.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from beam_ai_api.models import AgentTask, CreatedTask
from beam_ai_api.types import Unset

from .._client import AsyncBeam
from .._errors import BeamError
from .._task_events import USER_CONSENT_REQUIRED, task_status
from .._task_watch import AsyncTaskWatcher
from ._reconcile import ServerTask

LIST_PAGE_SIZE = 100  # the documented maximum of GET /agent-tasks
REQUESTS_AT_ONCE = 50
"""Creations and reads this API has in flight at once, whatever the concurrency (tasks in flight):
more would only wait for one of the pool's connections (the server takes one request at a time per
connection), and a request waiting in the pool costs a little CPU on every connection event."""


def text_of(value: object) -> str | None:
    """A model field as text, or None when absent (`Unset`/None), whatever the model's typing."""
    if value is None or isinstance(value, Unset):
        return None
    return str(value)


def epoch_of(value: object) -> float | None:
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).timestamp()
    return None


def query_of(task: AgentTask) -> str | None:
    """The query a task was created with (`originalTaskQuery`, else a `taskQuery` string/object)."""
    original = text_of(task.original_task_query)
    if original is not None:
        return original
    raw = task.task_query
    if isinstance(raw, str):
        return raw
    if isinstance(raw, dict) and isinstance(raw.get("query"), str):
        return str(raw["query"])
    return None


class TaskApi(Protocol):
    async def create(self, agent_id: str, query: str) -> str:
        """Start a task; its id. Raises the client's typed errors (`outcome_unknown` and all)."""
        ...

    async def follow(self, task_id: str, *, stream: bool) -> AgentTask:
        """The task once it has ended or waits for someone (over SSE when `stream`, else watched
        with every other task in flight from the task list)."""
        ...

    async def get(self, task_id: str) -> AgentTask: ...

    async def recent_tasks(self, agent_id: str, since: float) -> list[tuple[str, float]]:
        """`(id, created_at)` of the agent's tasks created at or after `since` (epoch seconds)."""
        ...

    async def server_task(self, task_id: str) -> ServerTask:
        """A listed task with its full query, for reconciliation."""
        ...

    async def answer(self, task: AgentTask, answer: str) -> None:
        """Answer a waiting task: input text, or `approve`/`reject` for consent."""
        ...


class ClientTaskApi:
    """`TaskApi` over an `AsyncBeam` client.

    Tasks not followed over SSE share one `AsyncTaskWatcher`: it learns their statuses from the
    agent's task list (what changed since its last look, every `poll_interval` s), so the requests
    grow with the tasks that change, not with the tasks in flight. The agent filter is the one the
    run creates tasks for (learned from the first `create` or `recent_tasks`; until then the list
    is the workspace's); a created task's own answer saves the watcher a first read of it.
    """

    def __init__(
        self,
        client: AsyncBeam,
        *,
        poll_interval: float,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float],
    ) -> None:
        self._client = client
        self._tasks = client.agent_tasks
        self._poll_interval = poll_interval
        self._watcher = AsyncTaskWatcher(client, poll_interval=poll_interval, clock=clock, sleep=sleep)
        self._created: dict[str, CreatedTask] = {}
        self._at_once = asyncio.Semaphore(REQUESTS_AT_ONCE)

    def _learn_agent(self, agent_id: str) -> None:
        if self._watcher.state.agent_id is None:
            self._watcher.state.agent_id = agent_id

    async def create(self, agent_id: str, query: str) -> str:
        self._learn_agent(agent_id)
        async with self._at_once:
            created = await self._tasks.create(agent_id=agent_id, query=query)
        task_id = text_of(created.id)
        if not task_id:
            raise BeamError(f"POST /agent-tasks answered without a task id: {created!r}")
        if isinstance(created, CreatedTask):
            self._created[task_id] = created
        return task_id

    async def follow(self, task_id: str, *, stream: bool) -> AgentTask:
        created = self._created.pop(task_id, None)
        if stream:
            return await self._tasks.wait(task_id, poll_interval=self._poll_interval)
        return await self._watcher.wait(task_id if created is None else created)

    async def get(self, task_id: str) -> AgentTask:
        async with self._at_once:
            return await self._tasks.get(task_id)

    async def recent_tasks(self, agent_id: str, since: float) -> list[tuple[str, float]]:
        self._learn_agent(agent_id)
        start = dt.datetime.fromtimestamp(since, dt.UTC).date()
        found: list[tuple[str, float]] = []
        tasks: Any = self._tasks.list_all(
            agent_id=agent_id, start_date=start, ordering="createdAt:asc", page_size=LIST_PAGE_SIZE
        )
        async for task in tasks:
            task_id = text_of(task.id)
            created = epoch_of(task.created_at)
            if task_id is None or created is None:
                raise BeamError(f"GET /agent-tasks listed a task without id or createdAt: {task!r}")
            if created >= since:
                found.append((task_id, created))
        return found

    async def server_task(self, task_id: str) -> ServerTask:
        task = await self._tasks.get(task_id)
        query = query_of(task)
        created = epoch_of(task.created_at)
        if query is None or created is None:
            raise BeamError(f"task {task_id} shows no query or creation time to match against")
        return ServerTask(task_id, created, query)

    async def answer(self, task: AgentTask, answer: str) -> None:
        if task_status(task) == USER_CONSENT_REQUIRED:
            await self._tasks.consent(task, approve=answer.strip().lower() == "approve")
        else:
            await self._tasks.answer(task, answer)
