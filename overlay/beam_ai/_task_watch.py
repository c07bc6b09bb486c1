"""Follow many tasks with a few requests: the load grows with what changed, not with what runs.

Following each task on its own (a stream, or a GET every few seconds) costs requests per task in
flight: a thousand running tasks are five hundred GETs a second that mostly learn "still running".
A watcher instead looks at the workspace's task list every `poll_interval` seconds (or a tenth of
the time tasks typically take, if shorter), newest change first (`GET /agent-tasks?ordering=
updatedAt:desc`, filtered by agent and creation time, 100 a page), and pages only until it reaches
what the last look's first page showed (its newest `updatedAt`, less `OVERLAP` for a listing that
lags a little; a task that changes while later pages are read moves to the front, past this look,
so only the first page may set the mark). Once a look that began `OVERLAP` after that mark was first
seen has paged back through the overlap, no lagging change can be hiding there any more: later looks
page back to the mark itself, so a look when nothing changed is one request even right after a burst
of changes. So a look costs one request plus one per further page of tasks that changed.

A task the listing cannot settle is read on its own (`GET /agent-tasks/{id}`): one given by id only
(its status and time are unknown), one the listing shows waiting for a person (the full task says
what it waits for) or in a status this client does not know, and, as a safety net against a
listing that lags or leaves a task out, one nobody heard of for `REREAD_AFTER` seconds (then twice
as long each time; at most `REREADS_PER_LOOK` such reads a look).

A settled task is handed out as an `AgentTask`: the listing's fields (status, summary, graph state,
times, nodes) for a finished one, the full read for one read on its own. `WatchState` decides
everything without I/O; `TaskWatcher` / `AsyncTaskWatcher` do the requests, with the deadline,
timeout and errors of `wait`: every request is bounded by the time left, `TaskTimeoutError` at the
deadline (naming a task still running), a request's error as `wait` raises it.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import AsyncGenerator, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from beam_ai_api.api.agent_tasks import get_task, list_tasks
from beam_ai_api.models import AgentTask, CreatedTask, MinimalAgentTask
from beam_ai_api.surface.operations import TASK_STATUSES
from beam_ai_api.types import MissingFieldError

from ._errors import APIResponseValidationError, APITimeoutError, BeamError, BeamValidationError
from ._operation import operation_of
from ._requester import AsyncBeamRequester, AsyncClient, BeamRequester, SyncClient, requester_of
from ._task_events import (
    TaskTimeoutError,
    deadline_for,
    ends_following,
    is_transient_fetch_error,
    is_waiting,
    normalize_status,
    parse_timestamp,
    remaining,
)
from ._task_follow import DEFAULT_POLL_INTERVAL, AsyncSleep, Clock, SyncSleep, _bounded
from ._task_status import task_ended, task_ends_following
from ._types import NOT_GIVEN
from ._validation import check_operation

if TYPE_CHECKING:
    import asyncio

TaskLike = str | AgentTask | CreatedTask | MinimalAgentTask
"""A task to watch: its id, or a task model (what `create` returned saves a read)."""

PAGE_SIZE = 100  # the documented maximum of GET /agent-tasks
MAX_PAGES = 1000  # pages one look reads at most (100,000 changed tasks): a runaway guard
OVERLAP = dt.timedelta(seconds=1)
"""How far behind the last look's newest change a look pages back: a change the listing shows a
little late (a replica that lags) is still seen."""
LAG_SECONDS = OVERLAP.total_seconds()
CREATED_MARGIN = dt.timedelta(seconds=1)
REREAD_AFTER = 60.0
MAX_REREAD_AFTER = 600.0
REREADS_PER_LOOK = 10
MAX_FAILED_LOOKS = 5
"""Looks in a row that failed with a transient error (429, 5xx, no connection) before it is raised."""
MIN_INTERVAL = 0.5
NOTICE_SHARE = 0.1
TYPICAL_WEIGHT = 0.1
RUNNING_STATUSES = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "running")
"""Statuses the listing settles as "still running"; any other that does not end following is read."""


def shared_watcher(client: AsyncBeamRequester) -> AsyncTaskWatcher:
    """The watcher that the follows of a client (and of the clients derived from it) share in this
    event loop, for tasks beyond the client's update streams (`StreamSlots`)."""
    import asyncio

    loop = asyncio.get_running_loop()
    kept = client.streams.watcher
    if kept is not None and kept[0] is loop and isinstance(kept[1], AsyncTaskWatcher):
        return kept[1]
    watcher = AsyncTaskWatcher(client)
    client.streams.watcher = (loop, watcher)
    return watcher


class WaitExpired(Exception):
    """`AsyncTaskWatcher.wait`'s deadline passed; `last_status` is what was last heard of the task."""

    def __init__(self, last_status: str | None) -> None:
        super().__init__(last_status)
        self.last_status = last_status


def check_tasks(tasks: Iterable[TaskLike]) -> list[TaskLike]:
    """The tasks to watch, refused before anything is sent, naming `tasks[i]`."""
    if isinstance(tasks, str | bytes):
        raise BeamValidationError("tasks", "must be a list of task ids or tasks, not one string")
    try:
        checked = list(tasks)
    except TypeError:
        raise BeamValidationError(
            "tasks", f"must be a list of task ids or tasks, got {type(tasks).__name__}"
        ) from None
    rule = operation_of(get_task)
    for index, task in enumerate(checked):
        task_id = task if isinstance(task, str) else getattr(task, "id", None)
        if not isinstance(task, str | AgentTask | CreatedTask | MinimalAgentTask) or not isinstance(
            task_id, str
        ):
            raise BeamValidationError(
                f"tasks[{index}]", f"must be a task id or a task, got {type(task).__name__}"
            )
        try:
            check_operation(rule, {"task_id": task_id})
        except BeamValidationError as error:
            reason = str(error).partition(": ")[2]
            raise BeamValidationError(f"tasks[{index}]", reason) from None
    return checked


def _id_of(task: TaskLike) -> str:
    return task if isinstance(task, str) else str(task.id)


def _time_of(task: Any, name: str) -> dt.datetime | None:
    return parse_timestamp(getattr(task, name, None))


@dataclass(slots=True)
class _Followed:
    """What the watcher knows about one task it follows."""

    status: str | None = None
    updated_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    heard_at: float = 0.0  # client clock: when something was last learned about it
    added_at: float = 0.0
    reread_after: float = REREAD_AFTER


class WatchState:
    """The decisions of a watcher, without I/O: what to list, what to read, what is settled.

    `add` tasks; each look: `listing_arguments(now)`, then `take_page(items, total)` for each page
    while it returns True, then `end_listing()`; then `take_read(task)` for each id of
    `to_read(now)`. Settled tasks accumulate in `settled` (take them with `pop_settled`).
    """

    def __init__(self, *, agent_id: str | None = None) -> None:
        self.agent_id = agent_id
        self.pending: dict[str, _Followed] = {}
        self.settled: list[AgentTask] = []
        self._read_first: OrderedDict[str, None] = OrderedDict()  # read on its own at the next look
        self._watermark: dt.datetime | None = None  # the newest change any look saw
        self._floor: dt.datetime | None = None  # the oldest change known of tasks added since
        self._look_floor: dt.datetime | None = None  # the floor the running (or a failed) look used
        self._newest: dt.datetime | None = None  # the newest change this look saw
        self._watermark_seen_at = 0.0  # client clock: when a first page showed the watermark
        self._verified: dt.datetime | None = None  # every change up to this one has been listed
        self._look_started = 0.0
        self._first_page_at = 0.0
        self._cutoff: dt.datetime | None = None
        self._pages = 0
        self._typical: float | None = None  # seconds from add to settle, smoothed
        self.lists = 0
        self.reads = 0

    # -- what is followed --------------------------------------------------------------------------

    def add(self, task: TaskLike, now: float) -> None:
        """Follow `task` (a known task already finished is settled at once; re-adding is a no-op)."""
        task_id = _id_of(task)
        if task_id in self.pending:
            return
        followed = _Followed(heard_at=now, added_at=now)
        self.pending[task_id] = followed
        if isinstance(task, str):
            self._read_first[task_id] = None
            return
        status = normalize_status(task.status)
        followed.status, followed.created_at = status, _time_of(task, "created_at")
        followed.updated_at = _time_of(task, "updated_at")
        if status is not None and isinstance(task, AgentTask) and task_ends_following(task):
            self._settle(task_id, task, None)
        elif status is None or status not in RUNNING_STATUSES or followed.updated_at is None:
            self._read_first[task_id] = None
        elif self._floor is None or followed.updated_at < self._floor:
            self._floor = followed.updated_at

    def discard(self, task_id: str) -> None:
        """Stop following `task_id` (nobody waits for it any more)."""
        self.pending.pop(task_id, None)
        self._read_first.pop(task_id, None)

    def pop_settled(self) -> list[AgentTask]:
        settled, self.settled = self.settled, []
        return settled

    def _settle(self, task_id: str, task: AgentTask, now: float | None) -> None:
        followed = self.pending.pop(task_id, None)
        if followed is None:
            return
        self._read_first.pop(task_id, None)
        self.settled.append(task)
        if now is not None:  # how long tasks take here, as this watcher saw them
            took = now - followed.added_at
            self._typical = (
                took if self._typical is None else self._typical + TYPICAL_WEIGHT * (took - self._typical)
            )

    def interval(self, poll_interval: float, now: float) -> float:
        """Seconds between looks: `poll_interval`, or a tenth of the time tasks typically take here
        when that is shorter (at least `MIN_INTERVAL`), so noticing a finished task late adds
        about a twentieth to its time whatever the tasks' length; a look costs one request.

        Until a task has settled, the oldest followed task's age stands in for that time (the
        tasks take at least that long): short tasks are noticed promptly from the first, for a few
        more looks while the tasks are young (14 more in the first 20 s at the defaults).
        """
        typical = self._typical
        if typical is None:
            oldest = next(iter(self.pending.values()), None)  # pending keeps the order tasks came in
            if oldest is None:
                return poll_interval
            typical = now - oldest.added_at
        return min(poll_interval, max(MIN_INTERVAL, typical * NOTICE_SHARE))

    # -- the listing ---------------------------------------------------------------------------------

    def wants_listing(self) -> bool:
        """Whether a look lists at all: some followed task's changes can be found there."""
        return any(task_id not in self._read_first for task_id in self.pending)

    def listing_arguments(self, now: float) -> dict[str, Any]:
        """Keyword arguments of `list_tasks` for every page of the look starting `now` (add `page_num`)."""
        arguments: dict[str, Any] = {"page_size": PAGE_SIZE, "ordering": "updatedAt:desc"}
        if self.agent_id is not None:
            arguments["agent_id"] = self.agent_id
        created = [f.created_at for f in self.pending.values()]
        if created and all(c is not None for c in created):
            arguments["start_date"] = min(c for c in created if c is not None) - CREATED_MARGIN
        # Tasks added since the last finished look page back to their own last change; one added
        # while this look runs counts for the next (`_floor` starts again), and a look that fails
        # leaves its floor to the next one.
        floors = [mark for mark in (self._floor, self._look_floor) if mark is not None]
        self._look_floor = min(floors) if floors else None
        marks = [mark - OVERLAP for mark in (self._watermark, self._look_floor) if mark is not None]
        if self._watermark is not None and self._watermark == self._verified:
            marks.append(self._watermark)  # its overlap was paged through late enough: not again
            marks.remove(self._watermark - OVERLAP)
        self._cutoff = min(marks) if marks else None
        self._floor, self._newest, self._pages = None, None, 0
        self._look_started = now
        return arguments

    def take_page(self, items: Sequence[Mapping[str, Any]], total: int | None, now: float) -> bool:
        """Learn from one page of the listing (its items as sent); True when the next page is needed.

        Only what a follow needs is read from each item (id, status, `updatedAt`); a model is built
        only for a task that settles, so a page of tasks still running costs little to read.
        """
        self._pages += 1
        self.lists += 1
        oldest: dt.datetime | None = None
        for item in items:
            updated = parse_timestamp(item.get("updatedAt"))
            if updated is not None:
                # The watermark comes from the first page only: a task that changes while the
                # later pages are read moves to the front, where this look does not see it, and
                # the next look must page back to it. (A later page can show changes newer than
                # those when many tasks change during a long look.)
                if self._pages == 1 and (self._newest is None or updated > self._newest):
                    self._newest, self._first_page_at = updated, now
                oldest = updated if oldest is None else min(oldest, updated)
            task_id = item.get("id")
            followed = self.pending.get(task_id) if isinstance(task_id, str) else None
            if followed is not None:
                self._heard(str(task_id), followed, item, updated, now)
        if len(items) < PAGE_SIZE or self._pages >= MAX_PAGES:
            return False
        if total is not None and self._pages * PAGE_SIZE >= total:
            return False
        return self._cutoff is None or oldest is None or oldest >= self._cutoff

    def _heard(
        self,
        task_id: str,
        followed: _Followed,
        item: Mapping[str, Any],
        updated: dt.datetime | None,
        now: float,
    ) -> None:
        if updated is not None and followed.updated_at is not None and updated < followed.updated_at:
            return  # older than what a read already showed: the listing lags behind it
        status = normalize_status(item.get("status"))
        changed = status != followed.status or updated != followed.updated_at
        followed.heard_at, followed.reread_after = now, REREAD_AFTER  # the list shows it: it is covered
        followed.status, followed.updated_at = status, updated
        listed = (
            _listed_task(item)
            if status is not None
            and ends_following(status, ended=task_ended(item))
            and not is_waiting(status)
            else None
        )
        if listed is not None:
            self._settle(task_id, listed, now)
        elif changed and (status is None or status not in RUNNING_STATUSES):
            self._read_first[task_id] = None  # waiting for a person, a status we do not know, or unreadable

    def end_listing(self) -> None:
        """The look paged back as far as it had to (a look that fails does not end its listing)."""
        self._look_floor = None
        if self._watermark is not None and self._look_started >= self._watermark_seen_at + LAG_SECONDS:
            # A change a listing shows up to OVERLAP late, and dated at or before the watermark,
            # was listed by the time this look began, and this look paged back past it.
            self._verified = self._watermark
        if self._newest is not None and (self._watermark is None or self._newest > self._watermark):
            self._watermark, self._watermark_seen_at = self._newest, self._first_page_at

    # -- reads on their own ---------------------------------------------------------------------------

    def to_read(self, now: float) -> list[str]:
        """Tasks to read on their own at this look: those the listing cannot settle, then a few
        nobody heard of for a long time (the safety net against a listing that misses them)."""
        first = [task_id for task_id in self._read_first if task_id in self.pending]
        quiet = sorted(
            (f.heard_at, task_id)
            for task_id, f in self.pending.items()
            if task_id not in self._read_first and now - f.heard_at >= f.reread_after
        )
        return first + [task_id for _, task_id in quiet[:REREADS_PER_LOOK]]

    def take_read(self, task_id: str, task: AgentTask, now: float) -> None:
        """Learn from a task read on its own."""
        self.reads += 1
        followed = self.pending.get(task_id)
        if followed is None:
            return
        self._read_first.pop(task_id, None)
        status = normalize_status(task.status)
        if status is not None and task_ends_following(task):
            self._settle(task_id, task, now)
            return
        if now - followed.heard_at >= followed.reread_after:  # a safety-net read that found nothing new
            followed.reread_after = min(MAX_REREAD_AFTER, followed.reread_after * 2)
        followed.status, followed.heard_at = status, now
        followed.updated_at = _time_of(task, "updated_at")
        followed.created_at = _time_of(task, "created_at") or followed.created_at
        if self._watermark is None and followed.updated_at is not None:
            # No look listed yet: the next one pages back to what this read showed. (Once one has,
            # its newest change is older than this read, so later changes are newer than both.)
            self._floor = (
                followed.updated_at if self._floor is None else min(self._floor, followed.updated_at)
            )


def _listed_task(item: Mapping[str, Any]) -> AgentTask | None:
    """A listed task as an `AgentTask` (the list's fields are a subset of the full task's); None
    when it does not parse (then it is read on its own)."""
    try:
        return AgentTask.from_dict(item)
    except (MissingFieldError, KeyError, ValueError, TypeError, AttributeError):
        return None


def _page_items(response: httpx.Response) -> tuple[list[Mapping[str, Any]], int | None]:
    """The tasks of one page of `GET /agent-tasks` as sent (`data[].tasks[]`), and `totalCount`."""
    try:
        body = response.json()
    except ValueError as error:
        raise APIResponseValidationError(response, f"not valid JSON: {error}") from error
    groups = body.get("data") if isinstance(body, dict) else None
    if not isinstance(groups, list):
        raise APIResponseValidationError(response, "the task list has no `data` array")
    items: list[Mapping[str, Any]] = [
        task
        for group in groups
        if isinstance(group, dict) and isinstance(group.get("tasks"), list)
        for task in group["tasks"]
        if isinstance(task, dict)
    ]
    total = body.get("totalCount")
    return items, total if isinstance(total, int) and not isinstance(total, bool) else None


def _page_request(
    requester: BeamRequester | AsyncBeamRequester, page: int, arguments: Mapping[str, Any]
) -> dict[str, Any]:
    """httpx arguments of one page, built by the one send path (checks, workspace, timeouts); the
    watcher reads the body itself so that tasks still running never become models."""
    _, kwargs = requester._request(list_tasks, {"page_num": page, **arguments}, NOT_GIVEN, None)
    return kwargs


def _first_pending(state: WatchState) -> tuple[str | None, str | None]:
    for task_id, followed in state.pending.items():
        return task_id, followed.status
    return None, None


class _Deadline:
    """The deadline of one watch (seconds on the clock) and the error it ends in."""

    def __init__(self, timeout: float | None, clock: Clock) -> None:
        self.timeout = timeout
        self.clock = clock
        self.at = deadline_for(timeout, clock())

    def left(self) -> float | None:
        return remaining(self.at, self.clock())

    def passed(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def error(self, state: WatchState) -> TaskTimeoutError:
        task_id, status = _first_pending(state)
        return TaskTimeoutError(task_id, status, self.timeout)


class _Failures:
    """Transient failures of looks in a row; the error is raised when there were too many."""

    def __init__(self) -> None:
        self.count = 0

    def note(self, error: BeamError) -> None:
        if not is_transient_fetch_error(error):
            raise error
        self.count += 1
        if self.count >= MAX_FAILED_LOOKS:
            raise error


class TaskWatcher:
    """Sync watcher: each `look()` lists what changed and reads what the listing cannot settle."""

    def __init__(self, client: SyncClient, *, agent_id: str | None = None) -> None:
        self.client = requester_of(client)
        self.state = WatchState(agent_id=agent_id)

    def look(self, deadline: _Deadline) -> None:
        state, client = self.state, self.client
        if state.wants_listing():
            arguments, page = state.listing_arguments(deadline.clock()), 1
            while True:
                bounded, is_bounded = _bounded(client, deadline.at, deadline.clock())
                try:
                    response = bounded.http.request(**_page_request(bounded, page, arguments))
                except APITimeoutError as error:
                    raise (deadline.error(state) if is_bounded else error) from error
                items, total = _page_items(response)
                if not state.take_page(items, total, deadline.clock()):
                    break
                page += 1
            state.end_listing()
        for task_id in state.to_read(deadline.clock()):
            bounded, is_bounded = _bounded(client, deadline.at, deadline.clock())
            try:
                task = bounded.call(get_task, task_id=task_id, current_workspace_id=client.workspace_id)
            except APITimeoutError as error:
                raise (deadline.error(state) if is_bounded else error) from error
            state.take_read(task_id, task, deadline.clock())

    def as_completed(
        self,
        tasks: Sequence[TaskLike],
        *,
        timeout: float | None,
        poll_interval: float,
        clock: Clock,
        sleep: SyncSleep,
    ) -> Generator[AgentTask, None, None]:
        deadline = _Deadline(timeout, clock)
        for task in tasks:
            self.state.add(task, clock())
        failures = _Failures()
        while True:
            yield from self.state.pop_settled()
            if not self.state.pending:
                return
            if deadline.passed():
                raise deadline.error(self.state)
            started = clock()
            try:
                self.look(deadline)
            except BeamError as error:
                failures.note(error)
            else:
                failures.count = 0
            yield from self.state.pop_settled()
            if not self.state.pending:
                return
            pause, left = started + self.state.interval(poll_interval, started) - clock(), deadline.left()
            sleep(max(0.0, pause if left is None else min(pause, left)))


class AsyncTaskWatcher:
    """Async watcher; also serves many waiters at once (`wait`), as the batch runner needs."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        agent_id: str | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
    ) -> None:
        self.client = requester = requester_of(client)
        self.state = WatchState(agent_id=agent_id)
        self.poll_interval = poll_interval
        self.clock: Clock = clock or requester.clock
        self.sleep: AsyncSleep = sleep or requester.sleep
        self._waiters: dict[str, list[asyncio.Future[AgentTask]]] = {}
        self._runner: asyncio.Task[None] | None = None

    async def look(self, deadline: _Deadline) -> None:
        state, client = self.state, self.client
        if state.wants_listing():
            arguments, page = state.listing_arguments(deadline.clock()), 1
            while True:
                bounded, is_bounded = _bounded(client, deadline.at, deadline.clock())
                try:
                    response = await bounded.http.request(**_page_request(bounded, page, arguments))
                except APITimeoutError as error:
                    raise (deadline.error(state) if is_bounded else error) from error
                items, total = _page_items(response)
                if not state.take_page(items, total, deadline.clock()):
                    break
                page += 1
            state.end_listing()
        for task_id in state.to_read(deadline.clock()):
            bounded, is_bounded = _bounded(client, deadline.at, deadline.clock())
            try:
                task = await bounded.acall(
                    get_task, task_id=task_id, current_workspace_id=client.workspace_id
                )
            except APITimeoutError as error:
                raise (deadline.error(state) if is_bounded else error) from error
            state.take_read(task_id, task, deadline.clock())

    async def as_completed(
        self, tasks: Sequence[TaskLike], *, timeout: float | None
    ) -> AsyncGenerator[AgentTask, None]:
        deadline = _Deadline(timeout, self.clock)
        for task in tasks:
            self.state.add(task, self.clock())
        failures = _Failures()
        while True:
            for task in self.state.pop_settled():
                yield task
            if not self.state.pending:
                return
            if deadline.passed():
                raise deadline.error(self.state)
            started = self.clock()
            try:
                await self.look(deadline)
            except BeamError as error:
                failures.note(error)
            else:
                failures.count = 0
            for task in self.state.pop_settled():
                yield task
            if not self.state.pending:
                return
            pause, left = (
                started + self.state.interval(self.poll_interval, started) - self.clock(),
                deadline.left(),
            )
            await self.sleep(max(0.0, pause if left is None else min(pause, left)))

    # -- many waiters (the batch runner) --------------------------------------------------------------

    async def wait(self, task: TaskLike, *, deadline: float | None = None) -> AgentTask:
        """`task` once it ends or waits for someone, watched with every other task awaited here.

        A look's error reaches every waiter of that moment (each decides to wait again or not).
        `deadline` (on this watcher's clock): `WaitExpired` once it passes, within moments.
        """
        import asyncio  # here: sync users never import it

        task_id = _id_of(task)
        future: asyncio.Future[AgentTask] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(task_id, []).append(future)
        self.state.add(task, self.clock())
        self._hand_out()
        if self._runner is None or self._runner.done():
            self._runner = asyncio.ensure_future(self._run())
        try:
            while deadline is not None and not future.done():  # the deadline on this watcher's clock
                left = deadline - self.clock()
                if left <= 0:
                    followed = self.state.pending.get(task_id)
                    raise WaitExpired(followed.status if followed is not None else None)
                timer: asyncio.Future[object] = asyncio.ensure_future(self.sleep(left))
                try:
                    await asyncio.wait((future, timer), return_when=asyncio.FIRST_COMPLETED)
                finally:
                    timer.cancel()
            return await future
        finally:
            waiters = self._waiters.get(task_id, [])
            if future in waiters:
                waiters.remove(future)
            if not waiters:
                self._waiters.pop(task_id, None)
                self.state.discard(task_id)

    def _hand_out(self) -> None:
        for task in self.state.pop_settled():
            for future in self._waiters.pop(str(task.id), []):
                if not future.done():
                    future.set_result(task)

    def _fail_all(self, error: BaseException) -> None:
        for task_id, futures in list(self._waiters.items()):
            for future in futures:
                if not future.done():
                    future.set_exception(error)
            self.state.discard(task_id)
        self._waiters.clear()

    async def _run(self) -> None:
        failures = _Failures()
        deadline = _Deadline(None, self.clock)
        while self._waiters:
            started = self.clock()
            try:
                await self.look(deadline)
            except BeamError as error:
                try:
                    failures.note(error)
                except BeamError as final:
                    self._fail_all(final)
                    return
            except Exception as error:  # a bug must not leave every waiter hanging
                self._fail_all(error)
                raise
            else:
                failures.count = 0
            self._hand_out()
            if not self._waiters:
                return
            pause = self.state.interval(self.poll_interval, started)
            await self.sleep(max(0.0, started + pause - self.clock()))  # a look every interval
