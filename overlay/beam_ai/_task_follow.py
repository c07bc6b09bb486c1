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
task running. It holds whatever the server does: every request (create, GETs, answers, the stream's
connection) is bounded by the time left, retries included, and the stream is read chunk by chunk so
the deadline is checked whenever anything arrives (keep-alive comments, empty or replayed events).
"""

from __future__ import annotations

import contextlib
import inspect
import socket
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import attrs
import httpx

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
from beam_ai_api.surface.operations import OPERATIONS

from ._constants import WORKSPACE_HEADER
from ._errors import APIResponseValidationError, APITimeoutError, BeamError, BeamValidationError
from ._observe import OPERATION_EXTENSION
from ._requester import AsyncBeamRequester, AsyncClient, BeamRequester, SyncClient, acall, call, requester_of
from ._task_events import (
    TERMINAL_STATUSES,
    USER_CONSENT_REQUIRED,
    USER_INPUT_REQUIRED,
    WAITING_STATUSES,
    FollowState,
    SseParser,
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
from ._task_status import task_ends_following
from ._types import check_seconds

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
LAG_REREAD_DELAYS = (0.25, 0.5, 1.0)
"""Pauses before reading the task again when its GET still shows an earlier status than the stream's
final event (the read model lags behind the stream)."""
SSE_HEADERS = {"accept": "text/event-stream", "cache-control": "no-store"}

T = TypeVar("T")
S = TypeVar("S")
C = TypeVar("C", BeamRequester, AsyncBeamRequester)
Clock = Callable[[], float]
SyncSleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
InputAnswer = str | Sequence[UserInputAnswer]


# -- shared helpers ---------------------------------------------------------------------------------


def check_follow_options(poll_interval: object, max_reconnects: object, read_timeout: object) -> None:
    """How a run is followed, refused with the argument's name (called before a task is created)."""
    check_seconds("poll_interval", poll_interval)
    check_seconds("read_timeout", read_timeout)
    if poll_interval is None or not poll_interval > 0:  # type: ignore[operator]
        raise BeamValidationError("poll_interval", f"must be > 0, got {poll_interval!r}")
    if isinstance(max_reconnects, bool) or not isinstance(max_reconnects, int):
        raise BeamValidationError("max_reconnects", f"must be an integer, got {max_reconnects!r}")
    if max_reconnects < 0:
        raise BeamValidationError("max_reconnects", f"must be >= 0, got {max_reconnects!r}")
    if read_timeout is not None and not read_timeout > 0:  # type: ignore[operator]
        raise BeamValidationError("read_timeout", f"must be > 0 or None, got {read_timeout!r}")


@dataclass(frozen=True, slots=True)
class _Settings(Generic[S]):
    """How to follow: time sources and patience. `S` is the sleep function's type (sync or async)."""

    clock: Clock
    sleep: S
    poll_interval: float
    max_reconnects: int
    read_timeout: float | None

    def __post_init__(self) -> None:
        check_follow_options(self.poll_interval, self.max_reconnects, self.read_timeout)


def _settings(
    client: BeamRequester,
    clock: Clock | None,
    sleep: SyncSleep | None,
    poll_interval: float,
    max_reconnects: int,
    read_timeout: float | None,
) -> _Settings[SyncSleep]:
    """Arguments win; then the clock and sleep the client was built with; then real time."""
    return _Settings(
        clock or client.clock, sleep or client.sleep, poll_interval, max_reconnects, read_timeout
    )


def _async_settings(
    client: AsyncBeamRequester,
    clock: Clock | None,
    sleep: AsyncSleep | None,
    poll_interval: float,
    max_reconnects: int,
    read_timeout: float | None,
) -> _Settings[AsyncSleep]:
    return _Settings(
        clock or client.clock, sleep or client.sleep, poll_interval, max_reconnects, read_timeout
    )


def _updates_path(task_id: str) -> str:
    return f"/agent-tasks/{quote(task_id, safe='')}/updates"


def _longest_phase(timeout: httpx.Timeout) -> float:
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return float("inf") if any(p is None for p in phases) else max(p for p in phases if p is not None)


def _bounded(client: C, deadline: float | None, now: float) -> tuple[C, bool]:
    """`client` with every request bounded by the time left before `deadline`, and whether that bound
    is tighter than the client's own timeouts (then a timeout means the deadline passed)."""
    left = remaining(deadline, now)
    if left is None:
        return client, False
    return client.within(left), left < _longest_phase(client.timeout)


def _stream_request(
    client: BeamRequester | AsyncBeamRequester, state: FollowState, settings: _Settings[Any]
) -> dict[str, Any]:
    """Keyword arguments for the SSE request: no transport retries (the follower retries itself)."""
    options = client.request_options(max_retries=0)
    options["extensions"][OPERATION_EXTENSION] = OPERATIONS["getTaskUpdates"]
    left = state.remaining(settings.clock())
    options["timeout"] = stream_timeout(options["timeout"], settings.read_timeout, left)
    headers = {**SSE_HEADERS, WORKSPACE_HEADER: client.workspace_id}
    if state.last_event_id:
        headers["last-event-id"] = state.last_event_id
    return {"headers": headers, **options}


class _DeadlineCut:
    """Shuts the stream's socket down when the deadline comes, whatever the stream is doing.

    The read timeout is fixed when the stream connects (httpcore reads it once per body), so after
    an event or a keep-alive, silence could outlast the deadline by up to the time left at connect.
    At the deadline this wakes the blocked read (it sees the connection end) and the follower
    raises `TaskTimeoutError`. A timer thread serves sync and async clients alike; without a real
    socket (a mock transport) there is nothing to cut and the read timeout bounds the wait.
    """

    def __init__(self, response: httpx.Response, seconds: float | None) -> None:
        self._lock = threading.Lock()
        self._socket: Any = None
        self._timer: threading.Timer | None = None
        stream = response.extensions.get("network_stream")
        if seconds is None or stream is None:
            return
        self._socket = stream.get_extra_info("socket")
        if self._socket is not None:
            self._timer = threading.Timer(seconds, self._cut)
            self._timer.daemon = True
            self._timer.start()

    def _cut(self) -> None:
        with self._lock:
            if self._socket is not None:
                with contextlib.suppress(OSError):
                    self._socket.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        """Before the connection goes back to the pool: no cut after this returns."""
        with self._lock:
            self._socket = None
        if self._timer is not None:
            self._timer.cancel()


def _as_agent_task(client: BeamRequester | AsyncBeamRequester, value: Any, task_id: str) -> AgentTask:
    """The fetched task; `APIResponseValidationError` naming the field when it lacks its id or status
    (a follower needs both; any other field may be missing)."""
    what = f"GET /agent-tasks/{task_id}"
    if not isinstance(value, AgentTask):
        raise BeamError(f"{what}: expected a task, got {type(value).__name__}")
    lacking = [name for name, got in (("id", value.id), ("status", value.status)) if not isinstance(got, str)]
    if lacking:
        response = httpx.Response(
            200,
            json=value.to_dict(),
            request=httpx.Request("GET", client.base_url.join(f"agent-tasks/{quote(task_id, safe='')}")),
        )
        raise APIResponseValidationError(response, f"missing required field {lacking[0]!r} in AgentTask")
    return value


_MAY_EXIST = (
    "; the task may have been created: check the agent's tasks before starting it again"
    " (it was not sent again)"
)


def _check_time_before_create(deadline: float | None, now: float, timeout: float | None) -> None:
    """A run whose deadline has already passed (`timeout=0`) sends nothing: not even the token
    request, which would reach the server after the run gave up on it."""
    if deadline is not None and now >= deadline:
        raise TaskTimeoutError(None, None, timeout, outcome_unknown=False)


def _create_failed(error: APIResponseValidationError) -> APIResponseValidationError:
    """A create response that did not parse, said as what it means: the task may exist."""
    return APIResponseValidationError(error.response, error.reason + _MAY_EXIST)


def _created_id(client: BeamRequester | AsyncBeamRequester, created: Any) -> str:
    """The new task's id; `APIResponseValidationError` (carrying the body as parsed) when it has none."""
    if isinstance(created, CreatedTask) and isinstance(created.id, str) and created.id:
        return created.id
    body = created.to_dict() if isinstance(created, CreatedTask) else created
    response = httpx.Response(
        201, json=body, request=httpx.Request("POST", client.base_url.join("agent-tasks"))
    )
    raise APIResponseValidationError(response, "the created task has no id" + _MAY_EXIST)


def _with_status(task: AgentTask, status: str | None) -> AgentTask:
    """The task as fetched, with the status the stream reported last (the read model still lags)."""
    return task if status is None else attrs.evolve(task, status=status)


def _waiting_node_id(task: AgentTask) -> str:
    """The task node that waits: the one carrying the task's waiting status, else the first unfinished."""
    nodes = task.agent_task_nodes or []
    status = task_status(task)
    candidates = [(normalize_status(n.status), n.id) for n in nodes if n.id]
    for node_status, node_id in candidates:
        if node_status == status:
            return node_id
    for node_status, node_id in candidates:
        if node_status != "COMPLETED":
            return node_id
    raise BeamError(f"task {task.id} is {status} but names no task node to answer for")


def input_request(task: AgentTask, answer: InputAnswer) -> SubmitUserInputRequest:
    answers = [UserInputAnswer(answer=answer)] if isinstance(answer, str) else list(answer)
    return SubmitUserInputRequest(task_node_id=_waiting_node_id(task), user_inputs=answers)


def consent_call(task_id: str, task: AgentTask, approve: bool) -> tuple[ModuleType, dict[str, Any]]:
    """Approve with `POST .../user-consent` (consent true), reject with `POST .../rejection`."""
    node_id = _waiting_node_id(task)
    if approve:
        return approve_task, {"body": ApproveTaskRequest(task_node_id=node_id, consent=True, task_id=task_id)}
    return reject_task, {"body": RejectTaskRequest(task_node_id=node_id, task_id=task_id, user_feedback=[])}


def _create_request(
    agent_id: str, query: str, additional_info: str | None, extra: dict[str, Any]
) -> CreateTaskRequest:
    task_query = TaskQuery(query=query)
    if additional_info is not None:
        task_query.additional_info = additional_info
    return CreateTaskRequest(agent_id=agent_id, task_query=task_query, **extra)


def _final_task(state: FollowState, fetched: AgentTask | None) -> AgentTask | None:
    """The task fetched during the follow, if it already shows the status the follow ended on."""
    if fetched is not None and state.status is not None and task_status(fetched) == state.status:
        return fetched
    return None


def _check_time_left(state: FollowState, deadline: float | None, now: float) -> None:
    """Between rounds of `run_task`: the deadline, reported with the status the task waited in."""
    left = remaining(deadline, now)
    if left is not None and left <= 0:
        raise TaskTimeoutError(state.task_id, state.status, state.timeout)


async def _maybe_await(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value


# -- sync ----------------------------------------------------------------------------------------------


class _Follower:
    """One sync follow of one task; keeps the last fetched task so `wait_for_task` can reuse it."""

    def __init__(
        self,
        client: BeamRequester,
        task_id: str,
        settings: _Settings[SyncSleep],
        *,
        deadline: float | None,
        timeout: float | None,
        known: CreatedTask | None = None,
    ) -> None:
        self.client, self.settings, self.known = client, settings, known
        self.state = FollowState(task_id, deadline, timeout, settings.max_reconnects)
        self.fetched: AgentTask | None = None
        self.delivered = False

    def fetch(self) -> AgentTask:
        task_id = self.state.task_id
        client, bounded = _bounded(self.client, self.state.deadline, self._now())
        try:
            found = call(client, get_task, task_id=task_id, current_workspace_id=client.workspace_id)
        except APITimeoutError as error:
            if bounded:
                raise self.state.timeout_error() from error
            raise
        self.fetched = _as_agent_task(client, found, task_id)
        return self.fetched

    def _now(self) -> float:
        return self.settings.clock()

    def events(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        synced = self.known is not None
        if self.known is not None and (event := state.from_task(self.known)) is not None:
            yield event
        while not state.finished:
            state.check_deadline(self._now())
            if not synced:
                try:
                    event = state.from_task(self.fetch())
                except BeamError as error:
                    if is_transient_fetch_error(error) and self._backoff():
                        continue
                    raise
                if event is not None:
                    yield event
                if state.finished:
                    return
                state.check_deadline(self._now())
            synced = False
            if not self.client.streams.take():
                break  # the client's streams are all in use: poll (the pool stays free for calls)
            try:
                yield from self._stream()
            except (BeamError, httpx.TransportError) as error:
                kind = "fatal" if isinstance(error, TaskTimeoutError) else classify_stream_error(error)
                if kind == "fatal":
                    raise
                if kind == "unavailable" or (kind == "transient" and not self._backoff()):
                    break
            else:
                # A stream that ended before the task did: reconnect at once if it brought news.
                if not state.finished and not self.delivered and not self._backoff():
                    break
            finally:
                self.client.streams.give_back()
        if not state.finished:
            yield from self._poll()

    def _backoff(self) -> bool:
        """Pause before the next connection; False when the reconnect budget is spent."""
        delay = self.state.next_reconnect_delay()
        if delay is None:
            return False
        self.state.check_deadline(self._now())
        self.settings.sleep(self.state.pause(delay, self._now()))
        return True

    def _stream(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        self.delivered = False
        client, _ = _bounded(self.client, state.deadline, self._now())
        kwargs = _stream_request(client, state, self.settings)
        with client.http.stream("GET", _updates_path(state.task_id), **kwargs) as response:
            cut = _DeadlineCut(response, state.remaining(self._now()))
            try:
                check_event_stream(response)
                parser = SseParser()
                for chunk in response.iter_text():
                    for message in parser.feed(chunk):
                        event = state.from_stream(
                            data=message.data, event_id=message.id, event_type=message.event
                        )
                        if event is None:
                            continue
                        self.delivered = True
                        yield event
                        if state.finished:
                            return
                    state.check_deadline(self._now())  # whatever arrived: events, comments, blank lines
            finally:
                cut.cancel()

    def _poll(self) -> Generator[TaskEvent, None, None]:
        state = self.state
        while True:
            if (event := state.from_task(self.fetch())) is not None:
                yield event
            if state.finished:
                return
            state.check_deadline(self._now())
            self.settings.sleep(state.pause(self.settings.poll_interval, self._now()))

    def wait(self, on_event: Callable[[TaskEvent], object] | None) -> AgentTask:
        with contextlib.closing(self.events()) as events:
            for event in events:
                if on_event is not None:
                    on_event(event)
        final = _final_task(self.state, self.fetched)
        return self._reread() if final is None else final

    def _reread(self) -> AgentTask:
        """The task as a GET shows it, re-read briefly (never past the deadline) while it still lags
        behind the final event; then the event's status wins."""
        state = self.state
        for delay in (*LAG_REREAD_DELAYS, 0.0):
            task = self.fetch()
            if state.status is None or task_ends_following(task):
                return task
            pause = state.pause(delay, self._now())
            if pause <= 0:
                break
            self.settings.sleep(pause)
        return _with_status(task, state.status)


def stream_task_events(
    client: SyncClient,
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

    The first event is the task's current state (fetched with a GET); each status change after it is
    reported once, across reconnects and the polling fallback. `timeout` (seconds on `clock`, counted
    from this call) raises `TaskTimeoutError`. `clock` and `sleep` default to the client's.
    """
    client = requester_of(client)
    settings = _settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    return _Follower(client, task_id, settings, deadline=deadline, timeout=timeout).events()


def wait_for_task(
    client: SyncClient,
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

    An unsuccessful task (FAILED, ERROR, STOPPED...) is returned, not raised: check `task.status`.
    """
    client = requester_of(client)
    settings = _settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    return _Follower(client, task_id, settings, deadline=deadline, timeout=timeout).wait(on_event)


def run_task(
    client: SyncClient,
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
    could start a second paid task). `on_input_required(task)` returns the answer (a string, or
    `UserInputAnswer`s); `on_consent_required(task)` returns True to approve, False to reject. Without
    the matching handler the waiting task is returned; answer it, then call `wait_for_task`.
    `create_kwargs` go to `CreateTaskRequest` (`parsing_urls`, `encoded_context_files`). `timeout`
    covers the whole run, handlers included.
    """
    client = requester_of(client)
    settings = _settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    body = _create_request(agent_id, query, additional_info, create_kwargs)
    _check_time_before_create(deadline, settings.clock(), timeout)
    bounded_client, bounded = _bounded(client, deadline, settings.clock())
    try:
        created = call(bounded_client, create_task, body=body, current_workspace_id=client.workspace_id)
    except APITimeoutError as error:
        if bounded:  # the run's deadline ran out, before or after the POST was sent
            raise TaskTimeoutError(None, None, timeout, outcome_unknown=error.outcome_unknown) from error
        raise
    except APIResponseValidationError as error:
        raise _create_failed(error) from error
    task_id = _created_id(client, created)
    known: CreatedTask | None = created
    workspace: dict[str, Any] = {"current_workspace_id": client.workspace_id}
    while True:
        follower = _Follower(client, task_id, settings, deadline=deadline, timeout=timeout, known=known)
        known = None
        task = follower.wait(on_event)
        status = task_status(task)
        if status == USER_INPUT_REQUIRED and on_input_required is not None:
            body_in = input_request(task, on_input_required(task))
            answering, _ = _bounded(client, deadline, settings.clock())
            call(answering, submit_user_input, task_id=task_id, body=body_in, **workspace)
        elif status == USER_CONSENT_REQUIRED and on_consent_required is not None:
            operation, kwargs = consent_call(task_id, task, on_consent_required(task))
            answering, _ = _bounded(client, deadline, settings.clock())
            call(answering, operation, task_id=task_id, **kwargs, **workspace)
        else:
            return task
        _check_time_left(follower.state, deadline, settings.clock())


# -- async ---------------------------------------------------------------------------------------------


class _AsyncFollower:
    """Async twin of `_Follower`."""

    def __init__(
        self,
        client: AsyncBeamRequester,
        task_id: str,
        settings: _Settings[AsyncSleep],
        *,
        deadline: float | None,
        timeout: float | None,
        known: CreatedTask | None = None,
    ) -> None:
        self.client, self.settings, self.known = client, settings, known
        self.state = FollowState(task_id, deadline, timeout, settings.max_reconnects)
        self.fetched: AgentTask | None = None
        self.delivered = False

    async def fetch(self) -> AgentTask:
        task_id = self.state.task_id
        client, bounded = _bounded(self.client, self.state.deadline, self._now())
        try:
            found = await acall(client, get_task, task_id=task_id, current_workspace_id=client.workspace_id)
        except APITimeoutError as error:
            if bounded:
                raise self.state.timeout_error() from error
            raise
        self.fetched = _as_agent_task(client, found, task_id)
        return self.fetched

    def _now(self) -> float:
        return self.settings.clock()

    async def events(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        synced, overflow = self.known is not None, False
        if self.known is not None and (event := state.from_task(self.known)) is not None:
            yield event
        while not state.finished:
            state.check_deadline(self._now())
            if not synced:
                try:
                    event = state.from_task(await self.fetch())
                except BeamError as error:
                    if is_transient_fetch_error(error) and await self._backoff():
                        continue
                    raise
                if event is not None:
                    yield event
                if state.finished:
                    return
                state.check_deadline(self._now())
            synced = False
            if not self.client.streams.take():
                overflow = True  # the client's streams are all in use: the pool stays free for calls
                break
            try:
                async with contextlib.aclosing(self._stream()) as stream:
                    async for event in stream:
                        yield event
            except (BeamError, httpx.TransportError) as error:
                kind = "fatal" if isinstance(error, TaskTimeoutError) else classify_stream_error(error)
                if kind == "fatal":
                    raise
                if kind == "unavailable" or (kind == "transient" and not await self._backoff()):
                    break
            else:
                if not state.finished and not self.delivered and not await self._backoff():
                    break
            finally:
                self.client.streams.give_back()
        if overflow and not state.finished and self._may_watch():
            async with contextlib.aclosing(self._watched()) as watched:
                async for event in watched:
                    yield event
        if not state.finished:
            async with contextlib.aclosing(self._poll()) as polled:
                async for event in polled:
                    yield event

    def _may_watch(self) -> bool:
        """Whether this follow may join the client's watcher (it keeps the client's time and pace)."""
        settings, client = self.settings, self.client
        return (
            settings.clock is client.clock
            and settings.sleep is client.sleep
            and settings.poll_interval == DEFAULT_POLL_INTERVAL
        )

    async def _watched(self) -> AsyncGenerator[TaskEvent, None]:
        """The task's next resting status, from the client's watcher: one listing of the workspace's
        tasks for every task followed this way (see `_task_watch`), not a read per task."""
        from ._task_watch import WaitExpired, shared_watcher  # _task_watch builds on this module

        state = self.state
        task: str | AgentTask | CreatedTask = self.fetched or self.known or state.task_id
        try:
            self.fetched = await shared_watcher(self.client).wait(task, deadline=state.deadline)
        except WaitExpired as expired:
            raise TaskTimeoutError(
                state.task_id, state.status or expired.last_status, state.timeout
            ) from None
        if (event := state.from_task(self.fetched)) is not None:
            yield event

    async def _backoff(self) -> bool:
        delay = self.state.next_reconnect_delay()
        if delay is None:
            return False
        self.state.check_deadline(self._now())
        await self.settings.sleep(self.state.pause(delay, self._now()))
        return True

    async def _stream(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        self.delivered = False
        client, _ = _bounded(self.client, state.deadline, self._now())
        kwargs = _stream_request(client, state, self.settings)
        async with client.http.stream("GET", _updates_path(state.task_id), **kwargs) as response:
            cut = _DeadlineCut(response, state.remaining(self._now()))
            try:
                check_event_stream(response)
                parser = SseParser()
                async for chunk in response.aiter_text():
                    for message in parser.feed(chunk):
                        event = state.from_stream(
                            data=message.data, event_id=message.id, event_type=message.event
                        )
                        if event is None:
                            continue
                        self.delivered = True
                        yield event
                        if state.finished:
                            return
                    state.check_deadline(self._now())  # whatever arrived: events, comments, blank lines
            finally:
                cut.cancel()

    async def _poll(self) -> AsyncGenerator[TaskEvent, None]:
        state = self.state
        while True:
            if (event := state.from_task(await self.fetch())) is not None:
                yield event
            if state.finished:
                return
            state.check_deadline(self._now())
            await self.settings.sleep(state.pause(self.settings.poll_interval, self._now()))

    async def wait(self, on_event: Callable[[TaskEvent], object] | None) -> AgentTask:
        async with contextlib.aclosing(self.events()) as events:
            async for event in events:
                if on_event is not None:
                    await _maybe_await(on_event(event))
        final = _final_task(self.state, self.fetched)
        return await self._reread() if final is None else final

    async def _reread(self) -> AgentTask:
        state = self.state
        for delay in (*LAG_REREAD_DELAYS, 0.0):
            task = await self.fetch()
            if state.status is None or task_ends_following(task):
                return task
            pause = state.pause(delay, self._now())
            if pause <= 0:
                break
            await self.settings.sleep(pause)
        return _with_status(task, state.status)


def astream_task_events(
    client: AsyncClient,
    task_id: str,
    *,
    timeout: float | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    read_timeout: float | None = DEFAULT_READ_TIMEOUT,
    clock: Clock | None = None,
    sleep: AsyncSleep | None = None,
) -> AsyncGenerator[TaskEvent, None]:
    """Async twin of `stream_task_events`; `aclose()` it if you stop early, to free the connection."""
    client = requester_of(client)
    settings = _async_settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    return _AsyncFollower(client, task_id, settings, deadline=deadline, timeout=timeout).events()


async def await_task(
    client: AsyncClient,
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
    client = requester_of(client)
    settings = _async_settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    return await _AsyncFollower(client, task_id, settings, deadline=deadline, timeout=timeout).wait(on_event)


async def arun_task(
    client: AsyncClient,
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
    """Async twin of `run_task`; the handlers and `on_event` may be plain or async functions."""
    client = requester_of(client)
    settings = _async_settings(client, clock, sleep, poll_interval, max_reconnects, read_timeout)
    deadline = deadline_for(timeout, settings.clock())
    body = _create_request(agent_id, query, additional_info, create_kwargs)
    _check_time_before_create(deadline, settings.clock(), timeout)
    bounded_client, bounded = _bounded(client, deadline, settings.clock())
    try:
        created = await acall(
            bounded_client, create_task, body=body, current_workspace_id=client.workspace_id
        )
    except APITimeoutError as error:
        if bounded:  # the run's deadline ran out, before or after the POST was sent
            raise TaskTimeoutError(None, None, timeout, outcome_unknown=error.outcome_unknown) from error
        raise
    except APIResponseValidationError as error:
        raise _create_failed(error) from error
    task_id = _created_id(client, created)
    known: CreatedTask | None = created
    workspace: dict[str, Any] = {"current_workspace_id": client.workspace_id}
    while True:
        follower = _AsyncFollower(client, task_id, settings, deadline=deadline, timeout=timeout, known=known)
        known = None
        task = await follower.wait(on_event)
        status = task_status(task)
        if status == USER_INPUT_REQUIRED and on_input_required is not None:
            answer: InputAnswer = await _maybe_await(on_input_required(task))
            answering, _ = _bounded(client, deadline, settings.clock())
            await acall(
                answering, submit_user_input, task_id=task_id, body=input_request(task, answer), **workspace
            )
        elif status == USER_CONSENT_REQUIRED and on_consent_required is not None:
            approve: bool = await _maybe_await(on_consent_required(task))
            operation, kwargs = consent_call(task_id, task, approve)
            answering, _ = _bounded(client, deadline, settings.clock())
            await acall(answering, operation, task_id=task_id, **kwargs, **workspace)
        else:
            return task
        _check_time_left(follower.state, deadline, settings.clock())
