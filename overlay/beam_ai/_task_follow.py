"""Run a task and follow it to the end: SSE with reconnects, polling as the fallback, a deadline.

Why a helper: following `GET /agent-tasks/{taskId}/updates` by hand means handling dropped streams,
replayed history, servers without the stream, pauses for input or consent, and never starting the
paid task twice. The decisions live in `_task_events` (shared by both twins); this module does I/O.

How a follow goes:
1. GET the task (skipped right after creating it): its current status is the first event, and a task
   that already finished or waits returns at once, whatever the stream would do.
2. Stream the updates, dropping replays and events older than what was already reported.
3. On a dropped or failed stream: back off (injected sleep), GET the task again (a status reached while
   disconnected becomes a synthesized event) and reconnect, at most `max_reconnects` times in a row.
4. When the stream is unavailable (404/405/406/501, not `text/event-stream`, or too many failures),
   poll the task every `poll_interval` seconds, one event per status change.
A `timeout` bounds the whole follow on the injected clock; it raises `TaskTimeoutError` and leaves the
task running.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import httpx
import httpx_sse

from beam_ai_api.api.agent_tasks import approve_task, create_task, get_task, reject_task, submit_user_input
from beam_ai_api.models import (
    AgentTask,
    ApproveTaskRequest,
    CreatedTask,
    CreateTaskRequest,
    RejectTaskRequest,
    SubmitUserInputRequest,
    TaskQuery,
    UserInputAnswer,
)
from beam_ai_api.types import UNSET, Unset

from ._constants import WORKSPACE_HEADER
from ._errors import BeamError
from ._operation import acall, call
from ._retry import AsyncRetryTransport, RetryTransport
from ._task_events import (
    TERMINAL_STATUSES,
    USER_CONSENT_REQUIRED,
    USER_INPUT_REQUIRED,
    WAITING_STATUSES,
    FollowState,
    TaskEvent,
    TaskTimeoutError,
    check_event_stream,
    classify_stream_error,
    deadline_for,
    is_terminal,
    is_transient_fetch_error,
    is_waiting,
    normalize_status,
    remaining,
    stream_timeout,
    task_status,
)

if TYPE_CHECKING:
    from ._client import AsyncBeam, Beam

__all__ = [
    "TERMINAL_STATUSES",
    "WAITING_STATUSES",
    "TaskEvent",
    "TaskTimeoutError",
    "arun_task",
    "astream_task_events",
    "await_task",
    "is_terminal",
    "is_waiting",
    "run_task",
    "stream_task_events",
    "wait_for_task",
]

DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_RECONNECTS = 5
DEFAULT_READ_TIMEOUT = 300.0
"""Longest silence tolerated on the stream before reconnecting (tasks can run for minutes quietly)."""

T = TypeVar("T")
Clock = Callable[[], float]
SyncSleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
InputAnswer = str | Sequence[UserInputAnswer]


# -- shared helpers ---------------------------------------------------------------------------------


def _updates_path(task_id: str) -> str:
    return f"/agent-tasks/{quote(task_id, safe='')}/updates"


def _check_options(poll_interval: float, max_reconnects: int) -> None:
    if not poll_interval > 0:
        raise ValueError(f"poll_interval must be > 0, got {poll_interval!r}")
    if max_reconnects < 0:
        raise ValueError(f"max_reconnects must be >= 0, got {max_reconnects!r}")


def _client_clock(client: Beam | AsyncBeam) -> Clock:
    """The clock the client was built with (its retry policy holds it), else `time.time`."""
    transport = getattr(client.http, "_transport", None)
    if isinstance(transport, RetryTransport | AsyncRetryTransport):
        return transport.policy.clock
    return time.time


def _client_sleep(client: Beam) -> SyncSleep:
    transport = getattr(client.http, "_transport", None)
    return transport._sleep if isinstance(transport, RetryTransport) else time.sleep


def _client_async_sleep(client: AsyncBeam) -> AsyncSleep:
    transport = getattr(client.http, "_transport", None)
    if isinstance(transport, AsyncRetryTransport) and transport._sleep is not None:
        return transport._sleep
    return asyncio.sleep


def _stream_request(
    client: Beam | AsyncBeam, state: FollowState, read_timeout: float | None, now: float
) -> dict[str, Any]:
    """Keyword arguments for the SSE request: no transport retries (the follower retries itself)."""
    options = client._request_options(max_retries=0)
    options["timeout"] = stream_timeout(options["timeout"], read_timeout, state.remaining(now))
    headers = {WORKSPACE_HEADER: client.workspace_id}
    if state.last_event_id:
        headers["last-event-id"] = state.last_event_id
    return {"headers": headers, **options}


def _as_agent_task(value: Any, what: str) -> AgentTask:
    if not isinstance(value, AgentTask):
        raise BeamError(f"{what}: expected a task, got {type(value).__name__}")
    return value


def _waiting_node_id(task: AgentTask) -> str:
    """The task node that waits: the one carrying the task's waiting status, else the first unfinished."""
    nodes = [] if isinstance(task.agent_task_nodes, Unset) else task.agent_task_nodes
    status = task_status(task)
    for node in nodes:
        if normalize_status(node.status if node.status is not UNSET else None) == status and node.id:
            return str(node.id)
    for node in nodes:
        if normalize_status(node.status if node.status is not UNSET else None) != "COMPLETED" and node.id:
            return str(node.id)
    raise BeamError(f"task {task.id} is {status} but names no task node to answer for")


def _input_request(task: AgentTask, answer: InputAnswer) -> SubmitUserInputRequest:
    answers = [UserInputAnswer(answer=answer)] if isinstance(answer, str) else list(answer)
    return SubmitUserInputRequest(task_node_id=_waiting_node_id(task), user_inputs=answers)


def _create_request(
    agent_id: str, query: str, additional_info: str | None, **extra: Any
) -> CreateTaskRequest:
    task_query = (
        TaskQuery(query=query)
        if additional_info is None
        else TaskQuery(query=query, additional_info=additional_info)
    )
    return CreateTaskRequest(agent_id=agent_id, task_query=task_query, **extra)


def _fetched_final(state: FollowState, task: AgentTask | None) -> AgentTask | None:
    """The task fetched during the follow, if it already shows the status the follow ended on."""
    if task is not None and state.status is not None and task_status(task) == state.status:
        return task
    return None


async def _maybe_await(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value


# -- sync ----------------------------------------------------------------------------------------------


class _Follower:
    """One sync follow of one task; keeps the last fetched task so `wait_for_task` can reuse it."""

    def __init__(
        self,
        client: Beam,
        task_id: str,
        *,
        deadline: float | None,
        timeout: float | None,
        poll_interval: float,
        max_reconnects: int,
        read_timeout: float | None,
        clock: Clock,
        sleep: SyncSleep,
        known: CreatedTask | None = None,
    ) -> None:
        _check_options(poll_interval, max_reconnects)
        self.client, self.clock, self.sleep = client, clock, sleep
        self.poll_interval, self.read_timeout = poll_interval, read_timeout
        self.state = FollowState(task_id, deadline, timeout, max_reconnects)
        self.known = known
        self.task: AgentTask | None = None

    def _fetch(self) -> AgentTask:
        found = call(
            self.client, get_task, task_id=self.state.task_id, current_workspace_id=self.client.workspace_id
        )
        self.task = _as_agent_task(found, f"GET /agent-tasks/{self.state.task_id}")
        return self.task

    def events(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        if self.known is not None:
            event = state.from_task(self.known)
            if event is not None:
                yield event
        synced = self.known is not None
        while not state.finished:
            state.check_deadline(self.clock())
            if not synced:
                try:
                    event = state.from_task(self._fetch())
                except BeamError as error:
                    if not is_transient_fetch_error(error) or not self._backoff():
                        raise
                    continue
                if event is not None:
                    yield event
                if state.finished:
                    return
                state.check_deadline(self.clock())
            synced = False
            try:
                yield from self._stream()
            except (BeamError, httpx.TransportError) as error:
                if isinstance(error, TaskTimeoutError):
                    raise
                kind = classify_stream_error(error)
                if kind == "fatal":
                    raise
                if kind == "unavailable":
                    break
                if kind == "transient" and not self._backoff():
                    break
            else:
                if not state.finished and self.delivered:
                    continue  # the stream ended after new events: reconnect at once
                if not state.finished and not self._backoff():
                    break
        if not state.finished:
            yield from self._poll()

    def _backoff(self) -> bool:
        """Pause before the next connection; False when the reconnect budget is spent."""
        delay = self.state.next_reconnect_delay()
        if delay is None:
            return False
        self.state.check_deadline(self.clock())
        self.sleep(self.state.pause(delay, self.clock()))
        return True

    def _stream(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        self.delivered = False
        kwargs = _stream_request(self.client, state, self.read_timeout, self.clock())
        with httpx_sse.connect_sse(self.client.http, "GET", _updates_path(state.task_id), **kwargs) as source:
            check_event_stream(source.response)
            for message in source.iter_sse():
                event = state.from_stream(data=message.data, event_id=message.id, event_type=message.event)
                if event is None:
                    continue
                self.delivered = True
                yield event
                if state.finished:
                    return
                state.check_deadline(self.clock())

    def _poll(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        while True:
            event = state.from_task(self._fetch())
            if event is not None:
                yield event
            if state.finished:
                return
            state.check_deadline(self.clock())
            self.sleep(state.pause(self.poll_interval, self.clock()))


def stream_task_events(
    client: Beam,
    task_id: str,
    *,
    timeout: float | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: SyncSleep | None = None,
) -> Generator[TaskEvent, None, None]:
    """Yield the task's updates until it reaches a terminal or waiting status.

    The first event is the task's current state (fetched with a GET). Each status change after it is
    reported once, across reconnects and the polling fallback. Raises `TaskTimeoutError` after
    `timeout` seconds on `clock` (default: the client's clock); `sleep` defaults to the client's.
    """
    now = (clock or _client_clock(client))()
    follower = _Follower(
        client,
        task_id,
        deadline=deadline_for(timeout, now),
        timeout=timeout,
        poll_interval=poll_interval,
        max_reconnects=max_reconnects,
        read_timeout=read_timeout,
        clock=clock or _client_clock(client),
        sleep=sleep or _client_sleep(client),
    )
    return follower.events()


def _wait(follower: _Follower, on_event: Callable[[TaskEvent], object] | None) -> AgentTask:
    with contextlib.closing(follower.events()) as events:
        for event in events:
            if on_event is not None:
                on_event(event)
    return _fetched_final(follower.state, follower.task) or follower._fetch()


def wait_for_task(
    client: Beam,
    task_id: str,
    *,
    timeout: float | None = None,
    on_event: Callable[[TaskEvent], object] | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: SyncSleep | None = None,
) -> AgentTask:
    """Follow the task until it ends or waits for someone; return it as `GET /agent-tasks/{id}` shows it.

    A FAILED (or otherwise unsuccessful) task is returned, not raised: check `task.status`.
    """
    clock = clock or _client_clock(client)
    follower = _Follower(
        client,
        task_id,
        deadline=deadline_for(timeout, clock()),
        timeout=timeout,
        poll_interval=poll_interval,
        max_reconnects=max_reconnects,
        read_timeout=read_timeout,
        clock=clock,
        sleep=sleep or _client_sleep(client),
    )
    return _wait(follower, on_event)


def run_task(
    client: Beam,
    *,
    agent_id: str,
    query: str,
    additional_info: str | None = None,
    timeout: float | None = None,
    on_event: Callable[[TaskEvent], object] | None = None,
    on_input_required: Callable[[AgentTask], InputAnswer] | None = None,
    on_consent_required: Callable[[AgentTask], bool] | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: SyncSleep | None = None,
    **create_kwargs: Any,
) -> AgentTask:
    """Create a task once, follow it, answer input/consent requests through the handlers, return it.

    Creation is never retried blindly: if its outcome is unknown the error propagates (a second POST
    could start a second paid task). Without the matching handler a waiting task is returned as is;
    answer it and call `wait_for_task`. `create_kwargs` go to `CreateTaskRequest` (`parsing_urls`,
    `encoded_context_files`). `timeout` covers the whole run, handlers included.
    """
    clock = clock or _client_clock(client)
    sleep = sleep or _client_sleep(client)
    deadline = deadline_for(timeout, clock())
    body = _create_request(agent_id, query, additional_info, **create_kwargs)
    created = call(client, create_task, body=body, current_workspace_id=client.workspace_id)
    if not isinstance(created, CreatedTask) or not isinstance(created.id, str):
        raise BeamError(f"POST /agent-tasks: expected a created task with an id, got {created!r}")
    task_id = created.id
    known: CreatedTask | None = created
    while True:
        follower = _Follower(
            client,
            task_id,
            deadline=deadline,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
            known=known,
        )
        known = None
        task = _wait(follower, on_event)
        status = task_status(task)
        if status == USER_INPUT_REQUIRED and on_input_required is not None:
            answer = on_input_required(task)
            call(
                client,
                submit_user_input,
                task_id=task_id,
                body=_input_request(task, answer),
                current_workspace_id=client.workspace_id,
            )
        elif status == USER_CONSENT_REQUIRED and on_consent_required is not None:
            _answer_consent(client, task_id, task, on_consent_required(task))
        else:
            return task
        left = remaining(deadline, clock())
        if left is not None and left <= 0:
            raise TaskTimeoutError(task_id, status, timeout)


def _consent_call(task_id: str, task: AgentTask, approve: bool) -> tuple[Any, dict[str, Any]]:
    node_id = _waiting_node_id(task)
    if approve:
        return approve_task, {"body": ApproveTaskRequest(task_node_id=node_id, consent=True, task_id=task_id)}
    return reject_task, {"body": RejectTaskRequest(task_node_id=node_id, task_id=task_id, user_feedback=[])}


def _answer_consent(client: Beam, task_id: str, task: AgentTask, approve: bool) -> None:
    operation, kwargs = _consent_call(task_id, task, approve)
    call(client, operation, task_id=task_id, current_workspace_id=client.workspace_id, **kwargs)


# -- async ---------------------------------------------------------------------------------------------


class _AsyncFollower:
    """Async twin of `_Follower`."""

    def __init__(
        self,
        client: AsyncBeam,
        task_id: str,
        *,
        deadline: float | None,
        timeout: float | None,
        poll_interval: float,
        max_reconnects: int,
        read_timeout: float | None,
        clock: Clock,
        sleep: AsyncSleep,
        known: CreatedTask | None = None,
    ) -> None:
        _check_options(poll_interval, max_reconnects)
        self.client, self.clock, self.sleep = client, clock, sleep
        self.poll_interval, self.read_timeout = poll_interval, read_timeout
        self.state = FollowState(task_id, deadline, timeout, max_reconnects)
        self.known = known
        self.task: AgentTask | None = None

    async def _fetch(self) -> AgentTask:
        found = await acall(
            self.client, get_task, task_id=self.state.task_id, current_workspace_id=self.client.workspace_id
        )
        self.task = _as_agent_task(found, f"GET /agent-tasks/{self.state.task_id}")
        return self.task

    async def events(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        if self.known is not None:
            event = state.from_task(self.known)
            if event is not None:
                yield event
        synced = self.known is not None
        while not state.finished:
            state.check_deadline(self.clock())
            if not synced:
                try:
                    event = state.from_task(await self._fetch())
                except BeamError as error:
                    if not is_transient_fetch_error(error) or not await self._backoff():
                        raise
                    continue
                if event is not None:
                    yield event
                if state.finished:
                    return
                state.check_deadline(self.clock())
            synced = False
            try:
                async with contextlib.aclosing(self._stream()) as stream:
                    async for event in stream:
                        yield event
            except (BeamError, httpx.TransportError) as error:
                if isinstance(error, TaskTimeoutError):
                    raise
                kind = classify_stream_error(error)
                if kind == "fatal":
                    raise
                if kind == "unavailable":
                    break
                if kind == "transient" and not await self._backoff():
                    break
            else:
                if not state.finished and self.delivered:
                    continue  # the stream ended after new events: reconnect at once
                if not state.finished and not await self._backoff():
                    break
        if not state.finished:
            async with contextlib.aclosing(self._poll()) as polled:
                async for event in polled:
                    yield event

    async def _backoff(self) -> bool:
        delay = self.state.next_reconnect_delay()
        if delay is None:
            return False
        self.state.check_deadline(self.clock())
        await self.sleep(self.state.pause(delay, self.clock()))
        return True

    async def _stream(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        self.delivered = False
        kwargs = _stream_request(self.client, state, self.read_timeout, self.clock())
        async with httpx_sse.aconnect_sse(
            self.client.http, "GET", _updates_path(state.task_id), **kwargs
        ) as source:
            check_event_stream(source.response)
            async with contextlib.aclosing(source.aiter_sse()) as messages:
                async for message in messages:
                    event = state.from_stream(
                        data=message.data, event_id=message.id, event_type=message.event
                    )
                    if event is None:
                        continue
                    self.delivered = True
                    yield event
                    if state.finished:
                        return
                    state.check_deadline(self.clock())

    async def _poll(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        while True:
            event = state.from_task(await self._fetch())
            if event is not None:
                yield event
            if state.finished:
                return
            state.check_deadline(self.clock())
            await self.sleep(state.pause(self.poll_interval, self.clock()))


def astream_task_events(
    client: AsyncBeam,
    task_id: str,
    *,
    timeout: float | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: AsyncSleep | None = None,
) -> AsyncGenerator[TaskEvent, None]:
    """Async twin of `stream_task_events` (an async iterator; close it with `aclose()` if you stop early)."""
    clock = clock or _client_clock(client)
    follower = _AsyncFollower(
        client,
        task_id,
        deadline=deadline_for(timeout, clock()),
        timeout=timeout,
        poll_interval=poll_interval,
        max_reconnects=max_reconnects,
        read_timeout=read_timeout,
        clock=clock,
        sleep=sleep or _client_async_sleep(client),
    )
    return follower.events()


async def _await(follower: _AsyncFollower, on_event: Callable[[TaskEvent], object] | None) -> AgentTask:
    events = follower.events()
    try:
        async for event in events:
            if on_event is not None:
                await _maybe_await(on_event(event))
    finally:
        await events.aclose()
    return _fetched_final(follower.state, follower.task) or await follower._fetch()


async def await_task(
    client: AsyncBeam,
    task_id: str,
    *,
    timeout: float | None = None,
    on_event: Callable[[TaskEvent], object] | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: AsyncSleep | None = None,
) -> AgentTask:
    """Async twin of `wait_for_task`; `on_event` may be a plain or an async function."""
    clock = clock or _client_clock(client)
    follower = _AsyncFollower(
        client,
        task_id,
        deadline=deadline_for(timeout, clock()),
        timeout=timeout,
        poll_interval=poll_interval,
        max_reconnects=max_reconnects,
        read_timeout=read_timeout,
        clock=clock,
        sleep=sleep or _client_async_sleep(client),
    )
    return await _await(follower, on_event)


async def arun_task(
    client: AsyncBeam,
    *,
    agent_id: str,
    query: str,
    additional_info: str | None = None,
    timeout: float | None = None,
    on_event: Callable[[TaskEvent], object] | None = None,
    on_input_required: Callable[[AgentTask], InputAnswer | Awaitable[InputAnswer]] | None = None,
    on_consent_required: Callable[[AgentTask], bool | Awaitable[bool]] | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: AsyncSleep | None = None,
    **create_kwargs: Any,
) -> AgentTask:
    """Async twin of `run_task`; handlers and `on_event` may be plain or async functions."""
    clock = clock or _client_clock(client)
    sleep = sleep or _client_async_sleep(client)
    deadline = deadline_for(timeout, clock())
    body = _create_request(agent_id, query, additional_info, **create_kwargs)
    created = await acall(client, create_task, body=body, current_workspace_id=client.workspace_id)
    if not isinstance(created, CreatedTask) or not isinstance(created.id, str):
        raise BeamError(f"POST /agent-tasks: expected a created task with an id, got {created!r}")
    task_id = created.id
    known: CreatedTask | None = created
    while True:
        follower = _AsyncFollower(
            client,
            task_id,
            deadline=deadline,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
            known=known,
        )
        known = None
        task = await _await(follower, on_event)
        status = task_status(task)
        if status == USER_INPUT_REQUIRED and on_input_required is not None:
            answer: InputAnswer = await _maybe_await(on_input_required(task))
            await acall(
                client,
                submit_user_input,
                task_id=task_id,
                body=_input_request(task, answer),
                current_workspace_id=client.workspace_id,
            )
        elif status == USER_CONSENT_REQUIRED and on_consent_required is not None:
            approve = await _maybe_await(on_consent_required(task))
            operation, kwargs = _consent_call(task_id, task, approve)
            await acall(
                client, operation, task_id=task_id, current_workspace_id=client.workspace_id, **kwargs
            )
        else:
            return task
        left = remaining(deadline, clock())
        if left is not None and left <= 0:
            raise TaskTimeoutError(task_id, status, timeout)
