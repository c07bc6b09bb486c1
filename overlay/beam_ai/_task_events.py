"""Task update events and the bookkeeping behind following a task, with no I/O.

The sync and async followers in `_task_follow` only move bytes; everything they decide (what an SSE
message means, whether it was already reported, whether a status ends the wait, how long to back
off, whether the deadline passed, whether the stream is unusable) lives here once.

The update stream's payload is undocumented (the docs inventory, section 8): the third-party client
reads JSON `data:` lines with `status` and `message`; the fake adds `taskId`, `timestamp` and a
`sequence` that is also the SSE `id`. Every field is therefore optional and the payload is kept whole
in `TaskEvent.raw`.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

import attrs
import httpx

from ._errors import APIConnectionError, APIStatusError, BeamError, safe_url
from ._task_status import (
    TERMINAL_STATUSES,
    UNKNOWN_STATUS,
    USER_CONSENT_REQUIRED,
    USER_INPUT_REQUIRED,
    WAITING_STATUSES,
    ends_following,
    is_terminal,
    is_waiting,
    normalize_status,
    progress_stage,
    task_ended,
    task_status,
)
from ._types import check_seconds

# What statuses mean comes from the spec (`_task_status`); re-exported here for the followers.
__all__ = [
    "TERMINAL_STATUSES",
    "UNKNOWN_STATUS",
    "USER_CONSENT_REQUIRED",
    "USER_INPUT_REQUIRED",
    "WAITING_STATUSES",
    "ends_following",
    "is_terminal",
    "is_waiting",
    "normalize_status",
    "task_status",
]

# The SSE endpoint does not exist or cannot stream here: polling is the only way to follow the task.
UNAVAILABLE_STATUSES = frozenset({404, 405, 406, 501})
# Worth another try after a pause (the client already retried idempotent requests before raising).
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

RECONNECT_BASE_DELAY = 0.5
RECONNECT_MAX_DELAY = 10.0

DEDUPE_MEMORY = 1024
"""How many streamed events a follower remembers to drop replays (a replay re-sends recent history)."""


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 string (or datetime) as an aware UTC datetime; None when absent or unreadable."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@attrs.frozen
class TaskEvent:
    """One update of a followed task.

    `status` is normalised (upper case, `CANCELED` spelled `CANCELLED`); an event that carries no
    status repeats the last known one, so `status` is always the task's status as of this event.
    `synthesized` is True when the event was built from a task read over plain HTTP (the first state,
    polling, or a status reached while the stream was down) rather than received on the stream; its
    `event_type` is then `"task"`. `event_id` is the SSE `id`, if the server sends one. `raw` is the
    payload as received (the task's JSON for synthesized events).
    """

    task_id: str
    status: str
    message: str | None = None
    timestamp: datetime | None = None
    event_id: str | None = None
    event_type: str = "message"
    synthesized: bool = False
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def is_terminal(self) -> bool:
        """A documented terminal status, or one the spec does not list of a task that says it ended
        (`endedAt` or `isSuccess: true` in the payload)."""
        return is_terminal(self.status, ended=task_ended(self.raw))

    @property
    def is_waiting(self) -> bool:
        return is_waiting(self.status)

    @property
    def ends_following(self) -> bool:
        return self.is_terminal or self.is_waiting


def parse_stream_event(
    task_id: str, *, data: str, event_id: str = "", event_type: str = "", current_status: str
) -> TaskEvent | None:
    """A `TaskEvent` from one SSE message; None for a keep-alive or a malformed payload.

    Malformed: not a JSON object (bad JSON, a list, a number), or a `status` that is not a string.
    A payload without `status` keeps the current one (a progress message).
    """
    if not data.strip():
        return None
    try:
        payload: Any = json.loads(data)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    raw_status = payload.get("status")
    status = normalize_status(raw_status)
    if raw_status is not None and status is None:
        return None
    message = payload.get("message")
    payload_task = payload.get("taskId")
    return TaskEvent(
        task_id=payload_task if isinstance(payload_task, str) and payload_task else task_id,
        status=status or current_status,
        message=message if isinstance(message, str) else None,
        timestamp=parse_timestamp(payload.get("timestamp") or payload.get("updatedAt")),
        event_id=event_id or None,
        event_type=event_type or "message",
        raw=payload,
    )


@attrs.frozen
class SseMessage:
    """One server-sent event as received (`data` lines joined with newlines)."""

    data: str
    id: str = ""
    event: str = ""


class SseParser:
    """Incremental `text/event-stream` parser (WHATWG rules) fed with decoded text chunks.

    The followers read the stream chunk by chunk rather than event by event so they can check the
    deadline whenever bytes arrive, keep-alive comments (`: ping`) and blank events included.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._data: list[str] = []
        self._event = ""
        self._id = ""
        self._has_fields = False

    def feed(self, text: str) -> Iterator[SseMessage]:
        """The messages completed by `text` (lines end with CRLF, LF or CR; linear in the input)."""
        buffer, held = self._buffer + text, ""
        if buffer.endswith("\r"):  # maybe the first half of a CRLF: decide with the next chunk
            buffer, held = buffer[:-1], "\r"
        if "\r" in buffer:
            buffer = buffer.replace("\r\n", "\n").replace("\r", "\n")
        lines = buffer.split("\n")
        self._buffer = lines.pop() + held
        for line in lines:
            message = self._line(line)
            if message is not None:
                yield message

    def _line(self, line: str) -> SseMessage | None:
        if not line:
            if not self._has_fields:
                return None
            message = SseMessage("\n".join(self._data), self._id, self._event)
            self._data, self._event, self._has_fields = [], "", False
            return message
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        else:
            return None
        self._has_fields = True
        return None


def _task_updated_at(task: Any) -> datetime | None:
    """`updatedAt` of a task model (`updated_at`), or of a model that only carries it as an extra field."""
    value = getattr(task, "updated_at", None)
    if isinstance(value, datetime):
        return parse_timestamp(value)
    extra = getattr(task, "additional_properties", None)
    if isinstance(extra, Mapping):
        return parse_timestamp(extra.get("updatedAt"))
    return None


def event_from_task(task_id: str, task: Any) -> TaskEvent:
    """A synthesized event describing a task model fetched (or created) over plain HTTP."""
    to_dict = getattr(task, "to_dict", None)
    raw = to_dict() if callable(to_dict) else {}
    return TaskEvent(
        task_id=task_id,
        status=task_status(task),
        timestamp=_task_updated_at(task),
        event_type="task",
        synthesized=True,
        raw=raw if isinstance(raw, dict) else {},
    )


def _event_key(event: TaskEvent) -> bytes:
    """Identity of a streamed event (a digest: a replay of history sends the same id and payload)."""
    text = json.dumps([event.event_id, event.event_type, event.raw], sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


class TaskTimeoutError(BeamError):
    """The task did not reach a terminal or waiting status in time. The task was NOT cancelled.

    `task_id` and `last_status` say where it was; follow it again with `wait_for_task`. `task_id` is
    None when the deadline passed while creating the task. Then `outcome_unknown` says whether the
    create request may have reached the server: if it is true a task may exist (list the agent's
    tasks before starting another); if false the deadline passed before it was sent (waiting for
    the token, a connection or a rate-limit pause) and no task was created.
    """

    def __init__(
        self,
        task_id: str | None,
        last_status: str | None,
        timeout: float | None,
        *,
        outcome_unknown: bool = True,
    ) -> None:
        if task_id is not None:
            message = (
                f"task {task_id} did not finish within {timeout} s (last status {last_status or 'unknown'});"
                " it is still running on the server and was not cancelled"
            )
        elif outcome_unknown:
            message = (
                f"POST /agent-tasks did not answer within the run's timeout of {timeout} s; the outcome"
                " is unknown: the task may have been created (it was not sent again)"
            )
        else:
            message = (
                f"the run's timeout of {timeout} s passed before POST /agent-tasks was sent;"
                " no task was created"
            )
        super().__init__(message)
        self.task_id = task_id
        self.last_status = last_status
        self.timeout = timeout
        self.outcome_unknown = task_id is None and outcome_unknown


TaskTimeoutError.__module__ = "beam_ai"  # its public name, in tracebacks and pickles


def deadline_for(timeout: float | None, now: float) -> float | None:
    check_seconds("timeout", timeout)
    return None if timeout is None else now + timeout


def remaining(deadline: float | None, now: float) -> float | None:
    """Seconds left before the deadline (never negative); None without a deadline."""
    return None if deadline is None else max(0.0, deadline - now)


def reconnect_delay(failures: int) -> float:
    """Exponential backoff before reconnect number `failures` (1, 2, ...), capped."""
    return float(min(RECONNECT_MAX_DELAY, RECONNECT_BASE_DELAY * 2.0 ** max(0, failures - 1)))


def stream_timeout(base: httpx.Timeout, read_timeout: float | None, left: float | None) -> httpx.Timeout:
    """The client's timeouts, with a read timeout fit for a long, mostly silent stream.

    A silent stream is normal while a task runs, so the read timeout is long (`read_timeout`) and
    only ends this connection (the follower reconnects); it is cut short so an overall deadline
    is noticed even when no event arrives.
    """
    read = read_timeout
    if left is not None:
        read = left if read is None else min(read, left)
    if read is not None:
        read = max(read, 0.001)
    return httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool)


StreamFailure = Literal["unavailable", "transient", "idle", "fatal"]


def classify_stream_error(error: BaseException) -> StreamFailure:
    """What a failure of the SSE connection means for the follower.

    unavailable: no usable stream here (404/405/406/501, not an event stream): poll instead.
    transient: reconnect after a backoff (dropped connection, 5xx, 429).
    idle: the stream was silent for the whole read timeout: reconnect at once.
    fatal: let it propagate (401, 403, 400...).
    """
    if isinstance(error, NotAnEventStream):
        return "unavailable"
    if isinstance(error, APIStatusError):
        if error.status_code in UNAVAILABLE_STATUSES:
            return "unavailable"
        return "transient" if error.status_code in TRANSIENT_STATUSES else "fatal"
    if isinstance(error, httpx.ReadTimeout):
        return "idle"
    if isinstance(error, APIConnectionError | httpx.TransportError):
        return "transient"
    return "fatal"


def is_transient_fetch_error(error: BaseException) -> bool:
    """A GET of the task that failed (after the client's own retries) but may work later."""
    if isinstance(error, APIStatusError):
        return error.status_code in TRANSIENT_STATUSES
    return isinstance(error, APIConnectionError)


class NotAnEventStream(BeamError):
    """The updates endpoint answered 2xx with something other than `text/event-stream`."""


def check_event_stream(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if content_type != "text/event-stream":
        raise NotAnEventStream(
            f"{safe_url(response.request.url)} answered {content_type or 'no content type'}"
        )


@attrs.define
class FollowState:
    """Everything a follower remembers: what it reported, the deadline, the reconnect budget.

    Deduplication: a streamed event already seen (same id and payload, as when the server replays
    history after a reconnect) is dropped. After a synthesized event (the task's state fetched with a
    GET), streamed events no newer than that state's `updatedAt` are dropped too, because they describe
    what the synthesized event already reported; when timestamps are missing, the first streamed event
    with the synthesized status is taken as its twin and dropped. A GET only produces an event when the
    status changed.
    """

    task_id: str
    deadline: float | None
    timeout: float | None
    max_reconnects: int
    last: TaskEvent | None = None
    last_event_id: str | None = None
    failures: int = 0
    watermark: datetime | None = None
    twin: str | None = None
    _seen: OrderedDict[bytes, None] = attrs.field(factory=OrderedDict)

    @property
    def status(self) -> str | None:
        return None if self.last is None else self.last.status

    @property
    def finished(self) -> bool:
        return self.last is not None and self.last.ends_following

    def from_task(self, task: Any) -> TaskEvent | None:
        """The event to report for a freshly fetched task, or None if its status did not change."""
        event = event_from_task(self.task_id, task)
        if self.last is not None and event.status == self.last.status:
            return None
        if event.timestamp is not None and (self.watermark is None or event.timestamp > self.watermark):
            self.watermark = event.timestamp
        self.twin = event.status
        self.last = event
        return event

    def from_stream(self, *, data: str, event_id: str = "", event_type: str = "") -> TaskEvent | None:
        """The event to report for one SSE message, or None if it is a duplicate or stale."""
        if event_id:
            self.last_event_id = event_id
        event = parse_stream_event(
            self.task_id,
            data=data,
            event_id=event_id,
            event_type=event_type,
            current_status=self.status or UNKNOWN_STATUS,
        )
        if event is None:
            return None
        key = _event_key(event)
        if key in self._seen:
            return None
        self._seen[key] = None
        if len(self._seen) > DEDUPE_MEMORY:
            self._seen.popitem(last=False)
        if self._goes_backwards(event.status):
            return None
        if self.watermark is not None and event.timestamp is not None:
            if event.timestamp <= self.watermark:
                return None
        elif self.twin is not None and event.status == self.twin:
            self.twin = None
            return None
        self.twin = None
        self.last = event
        self.failures = 0
        return event

    def _goes_backwards(self, status: str) -> bool:
        """A streamed status earlier in a task's progress than the one already reported is stale."""
        rank, current = progress_stage(status), self.status
        if rank is None or current is None:
            return False
        current_rank = progress_stage(current)
        return current_rank is not None and rank < current_rank

    def remaining(self, now: float) -> float | None:
        return remaining(self.deadline, now)

    def check_deadline(self, now: float) -> None:
        """Raise `TaskTimeoutError` once the deadline has passed."""
        if self.deadline is not None and now >= self.deadline:
            raise self.timeout_error()

    def timeout_error(self) -> TaskTimeoutError:
        return TaskTimeoutError(self.task_id, self.status, self.timeout)

    def next_reconnect_delay(self) -> float | None:
        """Count one failed connection; the pause before the next, or None to give up and poll."""
        self.failures += 1
        if self.failures > self.max_reconnects:
            return None
        return reconnect_delay(self.failures)

    def pause(self, delay: float, now: float) -> float:
        """`delay`, cut short at the deadline."""
        left = self.remaining(now)
        return delay if left is None else min(delay, left)
