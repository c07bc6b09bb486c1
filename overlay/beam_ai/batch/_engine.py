"""The batch engine: rows through create -> follow -> result, bounded, resumable, exactly-once.

`concurrency` bounds the tasks in flight (creating or running on the server), like a semaphore
around "create and wait" in a hand-written loop. Rows that end up waiting for a person are parked
and free their slot. Completion is watched over SSE for at most `max_streams` tasks at once; every
further task in flight is followed by one watcher reading the agent's task list (`_task_watch`), so
thousands in flight never mean thousands of open streams, nor a read per task every few seconds.

A 429 that reaches the engine (the client's own retries, which honour `Retry-After`, are used up)
pauses every row together through one `PauseGate`, then the row tries again; a 429 proves the task
was not created.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from beam_ai_api.models import AgentTask

from .._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BeamError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
)
from .._task_events import USER_CONSENT_REQUIRED, USER_INPUT_REQUIRED, is_waiting, task_status
from .._task_questions import pending_questions
from ._reconcile import DEFAULT_SKEW, Action, Attempt, Decision, ServerTask, reconcile
from ._store import Checkpoint, RowRecord, RowState
from ._tasks_api import TaskApi, text_of

logger = logging.getLogger("beam_ai.batch")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

DEFAULT_CONCURRENCY = 20
DEFAULT_MAX_STREAMS = 50
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_SETTLE_DELAY = 5.0
"""Seconds after an unknown create attempt before the server is asked: a request the server is
still processing (the client gave up, or died, while it worked) must show up in the list first."""
MAX_CONNECT_FAILURES = 3  # consecutive "could not connect" on create before the run stops
MAX_FOLLOW_FAILURES = 5  # errors while following one task before it is left for the next run
MAX_CREATE_ATTEMPTS = 5  # unknown-outcome creations in one run that made nothing: the row fails
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
COMPLETED = "COMPLETED"


class BatchAborted(BeamError):
    """The run stopped early (credentials refused, server unreachable); the checkpoint is consistent."""


BatchAborted.__module__ = "beam_ai.batch"  # its public name, in tracebacks and pickles


class PauseGate:
    """One back-off shared by all rows: a 429 anywhere pauses every new request until it passes."""

    def __init__(self, clock: Clock, sleep: Sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._until = 0.0
        self.pauses = 0

    def pause(self, seconds: float) -> None:
        until = self._clock() + max(seconds, 0.0)
        if until > self._until:
            self._until = until
            self.pauses += 1
            logger.info("rate limited: every row pauses for %.1f s", seconds)

    async def wait(self) -> None:
        while (left := self._until - self._clock()) > 0:
            await self._sleep(left)


def retry_after(error: RateLimitError, failures: int) -> float:
    """Seconds to pause after a 429: the server's `Retry-After`, else exponential backoff."""
    value = error.response.headers.get("retry-after", "")
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if 0 <= seconds <= 3600:
        return seconds
    return backoff(failures)


def backoff(failures: int) -> float:
    return float(min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(failures - 1, 0)))


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """A snapshot for progress displays: rows per state, and what this run has finished so far."""

    total: int
    counts: dict[RowState, int]
    finished_this_run: int
    elapsed: float

    @property
    def remaining(self) -> int:
        return self.counts[RowState.PENDING] + self.counts[RowState.CREATING] + self.counts[RowState.CREATED]

    @property
    def eta(self) -> float | None:
        """Seconds left at this run's pace so far, once something has finished."""
        if self.finished_this_run == 0 or self.elapsed <= 0:
            return None
        return self.remaining * self.elapsed / self.finished_this_run


@dataclass(slots=True)
class BatchSummary:
    """How a run ended: rows per state, what reconciliation decided, and problems per row."""

    total: int
    counts: dict[RowState, int]
    created: int = 0
    adopted: int = 0
    recreated: int = 0
    parked_undecided: int = 0
    elapsed: float = 0.0
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.counts[RowState.DONE]

    @property
    def failed(self) -> int:
        return self.counts[RowState.FAILED]

    @property
    def parked(self) -> int:
        return self.counts[RowState.PARKED]

    @property
    def unfinished(self) -> int:
        return self.counts[RowState.PENDING] + self.counts[RowState.CREATING] + self.counts[RowState.CREATED]

    @property
    def complete(self) -> bool:
        """Every row has its result (done or failed); nothing waits for a person or a resume."""
        return self.parked == 0 and self.unfinished == 0


_WAITS_FOR = {
    USER_INPUT_REQUIRED: "input (answer it)",
    USER_CONSENT_REQUIRED: "consent (approve or reject it)",
}


def _question(task: AgentTask, status: str) -> str:
    """What the parked row shows (status, results file): what the task waits for and what it asks."""
    what = _WAITS_FOR.get(status, f"someone to act in Beam ({status})")
    asked = " ".join(pending_questions(task)) or text_of(task.task_summary)
    detail = f": {asked}" if asked else ""
    return f"the task waits for {what}{detail}"


class BatchEngine:
    def __init__(
        self,
        api: TaskApi,
        store: Checkpoint,
        *,
        agent_id: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_streams: int = DEFAULT_MAX_STREAMS,
        answer_poll_interval: float = DEFAULT_POLL_INTERVAL,
        skew: float = DEFAULT_SKEW,
        settle_delay: float = DEFAULT_SETTLE_DELAY,
        clock: Clock,
        sleep: Sleep,
        on_progress: Callable[[BatchProgress], object] | None = None,
        progress_interval: float = 0.2,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency!r}")
        if max_streams < 0:
            raise ValueError(f"max_streams must be >= 0, got {max_streams!r}")
        self._api = api
        self._store = store
        self._agent_id = agent_id
        self._concurrency = concurrency
        self._max_streams = max_streams
        self._answer_poll_interval = answer_poll_interval
        self._skew = skew
        self._settle_delay = settle_delay
        self._clock = clock
        self._sleep = sleep
        self._gate = PauseGate(clock, sleep)
        self._on_progress = on_progress
        self._progress_interval = progress_interval
        self._open_streams = 0
        self._started = clock()
        self._last_progress = -1.0
        self._finished = 0
        self._queued: set[str] = set()
        self._connect_failures = 0
        self._unknown_outcomes: dict[str, int] = {}  # per row, this run (a killed run does not count)
        self.summary = BatchSummary(total=0, counts=store.counts())

    # -- the run -------------------------------------------------------------------------------------

    async def run(self) -> BatchSummary:
        self._started = self._clock()
        await self._settle_unknown()
        rounds = 0
        while True:
            work = self._work()
            if not work:
                break
            await self._drain(work)
            if self._store.rows(RowState.CREATING):
                rounds += 1
                if await self._settle_unknown():
                    await self._sleep(backoff(rounds))  # the server failed those creations: not at once
        return self._summarise()

    def _work(self) -> list[RowRecord]:
        """Rows to take up, tasks already on the server first: running, answered, then new ones."""
        created = self._store.rows(RowState.CREATED)
        answered = [
            row for row in self._store.rows(RowState.PARKED) if row.answer is not None and row.task_id
        ]
        pending = self._store.rows(RowState.PENDING)
        # A row that failed to make progress this run is left for the next one (no busy loop).
        return [row for row in (*created, *answered, *pending) if row.key not in self.summary.problems]

    async def _drain(self, work: Sequence[RowRecord]) -> None:
        """Work through `work` with `concurrency` workers; answers stored meanwhile join the queue."""
        queue: asyncio.Queue[RowRecord] = asyncio.Queue()
        self._queued = set()
        for row in work:
            queue.put_nowait(row)
            self._queued.add(row.key)
        helpers = [asyncio.ensure_future(self._worker(queue)) for _ in range(self._concurrency)]
        helpers.append(asyncio.ensure_future(self._pick_up_answers(queue)))
        finished = asyncio.ensure_future(queue.join())
        try:
            await asyncio.wait([finished, *helpers], return_when=asyncio.FIRST_COMPLETED)
            for helper in helpers:
                if helper.done():
                    helper.result()  # a worker only ends by raising (BatchAborted...): re-raise it
        finally:
            for task in [finished, *helpers]:
                task.cancel()
            await asyncio.gather(finished, *helpers, return_exceptions=True)
        self._progress(force=True)

    async def _pick_up_answers(self, queue: asyncio.Queue[RowRecord]) -> None:
        """Answers stored while the run goes on (`beam-ai batch answer`, `answer_row`) are taken up."""
        while True:
            await self._sleep(self._answer_poll_interval)
            for row in self._store.rows(RowState.PARKED):
                if row.answer is not None and row.task_id and row.key not in self._queued:
                    self._queued.add(row.key)
                    queue.put_nowait(row)

    async def _worker(self, queue: asyncio.Queue[RowRecord]) -> None:
        while True:
            row = await queue.get()
            try:
                await self._process(row)
            finally:
                self._queued.discard(row.key)
                queue.task_done()
            self._progress()

    async def _process(self, row: RowRecord) -> None:
        task_id = row.task_id
        if row.state is RowState.PENDING:
            task_id = await self._create(row)
            if task_id is None:
                return
        elif row.state is RowState.PARKED and not await self._submit_answer(row):
            return
        if task_id is not None:
            await self._follow(row.key, task_id)

    # -- creating ------------------------------------------------------------------------------------

    async def _create(self, row: RowRecord) -> str | None:
        """Create the row's task exactly once; None when it was not created (or the outcome is unknown)."""
        rate_limited = 0
        while True:
            await self._gate.wait()
            self._store.mark_creating(row.key, self._clock())
            try:
                task_id = await self._api.create(self._agent_id, row.query)
            except RateLimitError as error:
                rate_limited += 1
                self._store.mark_not_created(row.key, str(error))
                self._gate.pause(retry_after(error, rate_limited))
                continue
            except (AuthenticationError, PermissionDeniedError) as error:
                self._store.mark_not_created(row.key, str(error))
                raise BatchAborted(f"the server refused the credentials: {error}") from error
            except APIConnectionError as error:
                if error.outcome_unknown:
                    logger.warning(
                        "row %s: create outcome unknown (%s); will check the server", row.key, error
                    )
                    return None  # stays "creating": reconciled against the server before any resend
                self._store.mark_not_created(row.key, str(error))
                self._connect_failures += 1
                if self._connect_failures >= MAX_CONNECT_FAILURES:
                    raise BatchAborted(f"cannot reach the server: {error}") from error
                await self._sleep(backoff(self._connect_failures))
                continue
            except (InternalServerError, APIResponseValidationError) as error:
                logger.warning("row %s: create outcome unknown (%s); will check the server", row.key, error)
                self._unknown_outcomes[row.key] = self._unknown_outcomes.get(row.key, 0) + 1
                return None  # the server may have acted before failing: reconciled like a dropped answer
            except APIStatusError as error:
                self._store.mark_failed(row.key, error=str(error), status=f"HTTP {error.status_code}")
                self._finished += 1
                return None
            except BeamError as error:  # refused before sending (a validation error): nothing created
                self._store.mark_failed(row.key, error=str(error))
                self._finished += 1
                return None
            self._connect_failures = 0
            self._store.mark_created(row.key, task_id)
            self.summary.created += 1
            return task_id

    # -- following -----------------------------------------------------------------------------------

    async def _follow(self, key: str, task_id: str) -> None:
        failures = 0
        while True:
            await self._gate.wait()
            stream = self._open_streams < self._max_streams
            self._open_streams += stream
            try:
                task = await self._api.follow(task_id, stream=stream)
            except RateLimitError as error:
                failures += 1
                self._gate.pause(retry_after(error, failures))
                continue
            except (AuthenticationError, PermissionDeniedError) as error:
                raise BatchAborted(f"the server refused the credentials: {error}") from error
            except BeamError as error:
                failures += 1
                if failures >= MAX_FOLLOW_FAILURES:
                    self.summary.problems[key] = f"task {task_id} could not be followed: {error}"
                    return  # stays "created": the next run follows it again (never re-creates it)
                await self._sleep(backoff(failures))
                continue
            finally:
                self._open_streams -= stream
            self._record_outcome(key, task)
            return

    def _record_outcome(self, key: str, task: AgentTask) -> None:
        status = task_status(task)
        summary = text_of(task.task_summary)
        output = None if text_of(task.graph_state) is None else task.graph_state
        if is_waiting(status):
            self._store.mark_parked(key, status=status, question=_question(task, status), error=None)
            return
        self._finished += 1
        if status == COMPLETED:
            self._store.mark_done(key, status=status, summary=summary, output=output)
        else:
            self._store.mark_failed(
                key, error=f"the task ended {status}", status=status, summary=summary, output=output
            )

    async def _submit_answer(self, row: RowRecord) -> bool:
        """Send a stored answer; False (and a problem noted) when it could not be sent."""
        assert row.task_id is not None and row.answer is not None
        try:
            task = await self._api.get(row.task_id)
            if is_waiting(task_status(task)):  # not answered yet (a crash may come after the submit)
                await self._api.answer(task, row.answer)
        except (AuthenticationError, PermissionDeniedError) as error:
            raise BatchAborted(f"the server refused the credentials: {error}") from error
        except BeamError as error:
            self.summary.problems[row.key] = f"the answer to task {row.task_id} was not sent: {error}"
            return False
        self._store.mark_answered(row.key)
        return True

    # -- reconciling unknown creations ---------------------------------------------------------------

    async def _settle_unknown(self) -> int:
        """Decide every row left "creating"; returns how many are to be created again."""
        unknown = self._store.rows(RowState.CREATING)
        if not unknown:
            return 0
        again = 0
        attempts = [Attempt(row.key, row.query, row.attempt_at or 0.0) for row in unknown]
        settled_at = max(a.attempt_at for a in attempts) + self._settle_delay
        while (left := settled_at - self._clock()) > 0:
            await self._sleep(left)
        try:
            server_tasks = await self._server_tasks(min(a.attempt_at for a in attempts) - self._skew)
        except BeamError as error:
            reason = f"the server's tasks could not be listed to check whether it was created: {error}"
            decisions = [Decision(a.key, Action.PARK, reason=reason) for a in attempts]
        else:
            decisions = reconcile(attempts, server_tasks, self._store.task_ids(), skew=self._skew)
        for decision in decisions:
            logger.info("row %s: %s (%s)", decision.key, decision.action.value, decision.reason)
            if decision.action is Action.ADOPT:
                assert decision.task_id is not None
                self._store.mark_created(decision.key, decision.task_id)
                self.summary.adopted += 1
            elif (
                decision.action is Action.RECREATE
                and self._unknown_outcomes.get(decision.key, 0) >= MAX_CREATE_ATTEMPTS
            ):
                failure = f"{MAX_CREATE_ATTEMPTS} creations made no task (the server failed each)"
                self._store.mark_failed(decision.key, error=failure)
                self._finished += 1
            elif decision.action is Action.RECREATE:
                self._store.mark_not_created(decision.key, None)
                self.summary.recreated += 1
                again += 1
            else:
                self._store.mark_parked(
                    decision.key,
                    status=None,
                    question=None,
                    error=f"create outcome unknown: {decision.reason}",
                )
                self.summary.parked_undecided += 1
        return again

    async def _server_tasks(self, since: float) -> list[ServerTask]:
        owned = self._store.task_ids()
        listed = await self._api.recent_tasks(self._agent_id, since)
        candidates = [task_id for task_id, _ in listed if task_id not in owned]
        limit = asyncio.Semaphore(self._concurrency)

        async def fetch(task_id: str) -> ServerTask:
            async with limit:
                return await self._api.server_task(task_id)

        return list(await asyncio.gather(*(fetch(task_id) for task_id in candidates)))

    # -- reporting -----------------------------------------------------------------------------------

    def _progress(self, *, force: bool = False) -> None:
        if self._on_progress is None:
            return
        now = self._clock()
        if not force and now - self._last_progress < self._progress_interval:
            return
        self._last_progress = now
        counts = self._store.counts()
        self._on_progress(BatchProgress(sum(counts.values()), counts, self._finished, now - self._started))

    def _summarise(self) -> BatchSummary:
        counts = self._store.counts()
        self.summary.counts = counts
        self.summary.total = sum(counts.values())
        self.summary.elapsed = self._clock() - self._started
        self._progress(force=True)
        return self.summary
