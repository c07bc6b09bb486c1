"""The batch engine's decisions, against an in-memory task API (no HTTP, no real time).

`MemoryTasks` is a tiny Beam: tasks created with a query, statuses it hands back, and scripted
failures per create call. It records every create so a duplicate is visible.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from beam_ai import APIConnectionError, BadRequestError, InternalServerError, RateLimitError
from beam_ai.batch import Checkpoint, RowState, checkpoint_path_for
from beam_ai.batch._engine import BatchEngine, BatchProgress, PauseGate, retry_after
from beam_ai.batch._reconcile import ServerTask
from beam_ai.batch._rows import batch_rows
from beam_ai.batch._run import run_spec
from beam_ai_api.models import AgentTask

AGENT = "agent-1"
TEMPLATE = "Summarise: {ticket}"


def _request() -> httpx.Request:
    return httpx.Request("POST", "https://api.test/agent-tasks")


def rate_limited(seconds: str = "7") -> RateLimitError:
    response = httpx.Response(429, headers={"retry-after": seconds}, request=_request())
    return RateLimitError(response)


def dropped_after_sending() -> APIConnectionError:
    return APIConnectionError("connection dropped", request=_request(), outcome_unknown=True)


class Clock:
    """Injected time: `sleep` moves it, so back-off never waits for real."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


class MemoryTasks:
    """`TaskApi` in memory. `create_faults` is consumed one per create call: an exception to raise
    before acting, ("after", exc) to act and then raise, or None to succeed."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.tasks: dict[str, dict[str, Any]] = {}
        self.create_calls: list[tuple[str, float]] = []
        self.create_faults: list[Any] = []
        self.follows: list[tuple[str, bool]] = []
        self.open_streams = 0
        self.max_open_streams = 0
        self.answers: list[tuple[str, str]] = []
        self.list_error: Exception | None = None
        self.on_follow: Callable[[str], Any] | None = None
        self._ids = itertools.count(1)

    def add_task(self, query: str, status: str = "COMPLETED", created_at: float | None = None) -> str:
        task_id = f"task-{next(self._ids)}"
        self.tasks[task_id] = {
            "query": query,
            "status": status,
            "created_at": self.clock.now if created_at is None else created_at,
        }
        return task_id

    def status_for(self, query: str) -> str:
        for marker, status in (("[input]", "USER_INPUT_REQUIRED"), ("[fail]", "FAILED")):
            if marker in query:
                return status
        return "COMPLETED"

    async def create(self, agent_id: str, query: str) -> str:
        self.create_calls.append((query, self.clock.now))
        fault = self.create_faults.pop(0) if self.create_faults else None
        if isinstance(fault, Exception):
            raise fault
        if isinstance(fault, tuple) and fault[0] == "late":  # the server acts `fault[2]` s from now
            self.add_task(query, self.status_for(query), created_at=self.clock.now + fault[2])
            raise fault[1]
        task_id = self.add_task(query, self.status_for(query))
        if isinstance(fault, tuple):
            raise fault[1]
        return task_id

    def _model(self, task_id: str) -> AgentTask:
        task = self.tasks[task_id]
        return AgentTask.from_dict(
            {"id": task_id, "status": task["status"], "taskSummary": f"did {task['query']}"}
        )

    async def follow(self, task_id: str, *, stream: bool) -> AgentTask:
        self.follows.append((task_id, stream))
        self.open_streams += stream
        self.max_open_streams = max(self.max_open_streams, self.open_streams)
        try:
            if self.on_follow is not None:
                await self.on_follow(task_id)
            await asyncio.sleep(0)
            return self._model(task_id)
        finally:
            self.open_streams -= stream

    async def get(self, task_id: str) -> AgentTask:
        return self._model(task_id)

    async def recent_tasks(self, agent_id: str, since: float) -> list[tuple[str, float]]:
        if self.list_error is not None:
            raise self.list_error
        now = self.clock.now  # a task the server has not created yet is not listed yet
        return [(tid, t["created_at"]) for tid, t in self.tasks.items() if since <= t["created_at"] <= now]

    async def server_task(self, task_id: str) -> ServerTask:
        task = self.tasks[task_id]
        return ServerTask(task_id, task["created_at"], task["query"])

    async def answer(self, task: AgentTask, answer: str) -> None:
        self.answers.append((str(task.id), answer))
        self.tasks[str(task.id)]["status"] = "COMPLETED"

    def creates_of(self, query: str) -> int:
        return sum(1 for q, _ in self.create_calls if q == query)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(clock: Clock) -> MemoryTasks:
    return MemoryTasks(clock)


def open_store(tmp_path: Path, rows: list[dict[str, Any]]) -> Checkpoint:
    store = Checkpoint.create_or_open(
        checkpoint_path_for(tmp_path / "out.jsonl"), run_spec(AGENT, TEMPLATE, "id")
    )
    store.add_rows((r.key, r.position, r.query) for r in batch_rows(rows, TEMPLATE, "id"))
    return store


def engine(api: MemoryTasks, store: Checkpoint, clock: Clock, **options: Any) -> BatchEngine:
    return BatchEngine(api, store, agent_id=AGENT, clock=clock, sleep=clock.sleep, **options)


def tickets(n: int, **extra: str) -> list[dict[str, Any]]:
    return [{"id": f"r{i}", "ticket": f"ticket {i}{extra.get(f'r{i}', '')}"} for i in range(n)]


def test_every_row_gets_one_task_and_its_result(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(5, r1=" [fail]", r2=" [input]"))
    summary = asyncio.run(engine(api, store, clock, concurrency=2).run())
    assert len(api.create_calls) == 5
    assert (summary.done, summary.failed, summary.parked) == (3, 1, 1)
    failed, parked = store.row("r1"), store.row("r2")
    assert failed.status == "FAILED" and failed.error == "the task ended FAILED"
    assert parked.status == "USER_INPUT_REQUIRED" and parked.question is not None
    assert "input" in parked.question
    done = store.row("r0")
    assert done.summary == "did Summarise: ticket 0" and done.task_id in api.tasks


def test_unknown_create_outcome_is_adopted_not_resent(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(3))
    api.create_faults = [("after", dropped_after_sending())]  # the first create acts, then the answer is lost
    summary = asyncio.run(engine(api, store, clock, concurrency=1).run())
    assert len(api.create_calls) == 3  # never re-sent
    assert summary.adopted == 1 and summary.done == 3
    assert store.row("r0").task_id == next(iter(api.tasks))


def test_unknown_outcome_with_nothing_on_the_server_is_created_again(
    tmp_path: Path, api: MemoryTasks, clock: Clock
) -> None:
    store = open_store(tmp_path, tickets(2))
    api.create_faults = [dropped_after_sending()]  # raised before acting: the server has nothing
    summary = asyncio.run(engine(api, store, clock, concurrency=1).run())
    assert api.creates_of("Summarise: ticket 0") == 2 and len(api.tasks) == 2
    assert summary.recreated == 1 and summary.done == 2


def test_5xx_on_create_counts_as_unknown(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(1))
    response = httpx.Response(500, json={"message": "boom"}, request=_request())
    api.create_faults = [("after", InternalServerError(response))]
    summary = asyncio.run(engine(api, store, clock).run())
    assert len(api.create_calls) == 1 and summary.adopted == 1 and summary.done == 1


def test_a_resumed_run_reconciles_rows_left_creating(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(3))
    # A killed process: r0's POST reached the server, r1's never left; both rows say "creating".
    store.mark_creating("r0", clock.now)
    api.add_task("Summarise: ticket 0")
    store.mark_creating("r1", clock.now)
    summary = asyncio.run(engine(api, store, clock).run())
    assert api.creates_of("Summarise: ticket 0") == 0
    assert api.creates_of("Summarise: ticket 1") == 1
    assert (summary.adopted, summary.recreated, summary.done) == (1, 1, 3)


def test_foreign_task_with_the_same_query_parks_the_row(
    tmp_path: Path, api: MemoryTasks, clock: Clock
) -> None:
    store = open_store(tmp_path, tickets(1))
    store.mark_creating("r0", clock.now)
    api.add_task("Summarise: ticket 0")
    api.add_task("Summarise: ticket 0")  # two candidates for one attempt: undecidable
    summary = asyncio.run(engine(api, store, clock).run())
    assert api.create_calls == []
    row = store.row("r0")
    assert row.state is RowState.PARKED and row.task_id is None
    assert row.error is not None and "cannot be told" in row.error
    assert summary.parked_undecided == 1


def test_undecidable_when_the_server_cannot_list(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(1))
    store.mark_creating("r0", clock.now)
    api.list_error = InternalServerError(httpx.Response(503, request=_request()))
    asyncio.run(engine(api, store, clock).run())
    assert api.create_calls == []
    row = store.row("r0")
    assert row.state is RowState.PARKED and row.error is not None and "could not be listed" in row.error
    # A person checks Beam and says nothing was created: the next run creates it.
    store.release_unknown("r0", task_id=None)
    api.list_error = None
    asyncio.run(engine(api, store, clock).run())
    assert store.row("r0").state is RowState.DONE and len(api.create_calls) == 1


def test_429_pauses_all_rows_together(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(4))
    api.create_faults = [rate_limited("7")]
    start = clock.now
    summary = asyncio.run(engine(api, store, clock, concurrency=4).run())
    assert summary.done == 4 and len(api.tasks) == 4
    # The first create got the 429; every later create waited for the shared pause.
    later = [at for _, at in api.create_calls[1:]]
    assert later and all(at >= start + 7 for at in later)
    assert clock.sleeps.count(7.0) == 1


def test_pause_gate_and_retry_after() -> None:
    clock = Clock()
    gate = PauseGate(clock, clock.sleep)
    gate.pause(5)
    gate.pause(2)  # a shorter pause does not cut the longer one short
    asyncio.run(gate.wait())
    assert clock.sleeps == [5.0]
    assert retry_after(rate_limited("3"), 1) == 3.0
    assert retry_after(rate_limited("soon"), 3) == 4.0  # unparsable: exponential backoff


def test_refused_create_fails_the_row_without_a_task(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(2))
    api.create_faults = [BadRequestError(httpx.Response(400, json={"message": "bad"}, request=_request()))]
    summary = asyncio.run(engine(api, store, clock, concurrency=1).run())
    row = store.row("r0")
    assert row.state is RowState.FAILED and row.task_id is None and row.status == "HTTP 400"
    assert summary.failed == 1 and summary.done == 1


def test_retry_failed_creates_a_new_task(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(2, r1=" [fail]"))
    asyncio.run(engine(api, store, clock).run())
    first = store.row("r1").task_id
    assert store.retry_failed() == 1
    api.status_for = lambda query: "COMPLETED"  # type: ignore[method-assign]
    asyncio.run(engine(api, store, clock).run())
    row = store.row("r1")
    assert row.state is RowState.DONE and row.task_id != first
    assert api.creates_of("Summarise: ticket 0") == 1


def test_streams_are_bounded(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(12))
    summary = asyncio.run(engine(api, store, clock, concurrency=6, max_streams=2).run())
    assert summary.done == 12
    assert api.max_open_streams == 2
    assert any(not stream for _, stream in api.follows)  # the rest were polled


def test_answer_stored_during_the_run_is_picked_up(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(2, r0=" [input]"))
    other = Checkpoint.open_existing(store.path)  # as `beam-ai batch answer` would, from elsewhere
    parked = asyncio.Event()

    async def slow_follow(task_id: str) -> None:
        if api.tasks[task_id]["query"].endswith("ticket 1"):
            while store.row("r0").state is not RowState.PARKED:
                await asyncio.sleep(0)
            other.set_answer("r0", "ACME Corp")
            parked.set()
            while not api.answers:  # this row stays busy until the run has sent the answer
                await clock.sleep(1)

    api.on_follow = slow_follow
    summary = asyncio.run(engine(api, store, clock, concurrency=2, answer_poll_interval=1).run())
    assert parked.is_set()
    assert api.answers == [(store.row("r0").task_id, "ACME Corp")]
    assert summary.done == 2 and store.row("r0").state is RowState.DONE
    other.close()


def test_answer_given_after_the_run_is_sent_by_the_next(
    tmp_path: Path, api: MemoryTasks, clock: Clock
) -> None:
    store = open_store(tmp_path, tickets(1, r0=" [input]"))
    asyncio.run(engine(api, store, clock).run())
    assert store.row("r0").state is RowState.PARKED
    store.set_answer("r0", "yes")
    summary = asyncio.run(engine(api, store, clock).run())
    assert summary.done == 1 and len(api.create_calls) == 1 and api.answers[0][1] == "yes"


def test_progress_reports_counts_and_eta(tmp_path: Path, api: MemoryTasks, clock: Clock) -> None:
    store = open_store(tmp_path, tickets(3))
    seen: list[BatchProgress] = []
    api.on_follow = lambda task_id: clock.sleep(2)
    asyncio.run(engine(api, store, clock, concurrency=1, on_progress=seen.append, progress_interval=0).run())
    assert seen[-1].counts[RowState.DONE] == 3 and seen[-1].remaining == 0
    middle = next(p for p in seen if p.counts[RowState.DONE] == 1)
    assert middle.eta == pytest.approx(2 * middle.elapsed)


def test_a_server_that_always_fails_creation_fails_the_row_not_forever(
    tmp_path: Path, api: MemoryTasks, clock: Clock
) -> None:
    store = open_store(tmp_path, tickets(1))
    response = httpx.Response(502, request=_request())
    api.create_faults = [InternalServerError(response) for _ in range(10)]  # never acts
    summary = asyncio.run(engine(api, store, clock).run())
    row = store.row("r0")
    assert row.state is RowState.FAILED and row.error is not None and "5 creations made no task" in row.error
    assert len(api.create_calls) == 5 and api.tasks == {}
    assert summary.failed == 1 and clock.sleeps  # retried with back-off, not at once


@pytest.mark.parametrize(("settle_delay", "creates"), [(10.0, 1), (0.0, 2)])
def test_unknown_outcomes_are_checked_after_the_settle_delay(
    tmp_path: Path, api: MemoryTasks, clock: Clock, settle_delay: float, creates: int
) -> None:
    store = open_store(tmp_path, tickets(1))
    api.create_faults = [("late", dropped_after_sending(), 4.0)]  # the server acts 4 s after the drop
    run = engine(api, store, clock, settle_delay=settle_delay, answer_poll_interval=0.01)
    asyncio.run(run.run())
    # Waiting 10 s finds the task; checking at once cannot (that is what the delay is for).
    assert len(api.create_calls) == creates
