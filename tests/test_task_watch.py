"""Following many tasks with a few requests (issue 22): `agent_tasks.as_completed` / `wait_all` on
both clients, and the batch runner's watcher, against the fake server.

The clients' sleep moves the fake's clock, so tasks progress between looks and nothing waits.
Request counts are the point: a look is one list request plus one per further page of tasks that
changed; a task is read on its own only when the list cannot settle it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from drivers import Driver

from beam_ai import AsyncBeam, BeamValidationError
from beam_ai._task_events import TaskTimeoutError
from beam_ai._task_watch import REREAD_AFTER, WatchState
from beam_ai.batch import arun_batch
from beam_ai.models import CreatedTask
from beam_ai.testing import INVOICE_AGENT_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer
from beam_ai.testing._tasks import render_minimal

LIST = "/agent-tasks"


@pytest.fixture
def client(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> Driver:
    return make_driver(
        api_key=fake_beam.api_key,
        workspace_id=fake_beam.workspace_id,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
    )


@pytest.fixture
def long_tasks(fake_beam: FakeBeam) -> Iterator[FakeBeam]:
    """Tasks that run for 1000 s on the fake's clock."""
    before = fake_beam.run_seconds
    fake_beam.run_seconds = 1000.0
    yield fake_beam
    fake_beam.run_seconds = before


def create(client: Driver, queries: list[str], agent_id: str = SUPPORT_AGENT_ID) -> list[Any]:
    def one(query: str) -> Any:
        return client.invoke(lambda c: c.agent_tasks.create(agent_id=agent_id, query=query))

    return [one(query) for query in queries]


def seed(fake: FakeBeam, queries: list[str], agent_id: str = SUPPORT_AGENT_ID) -> list[CreatedTask]:
    """Tasks made in the fake's store directly (fast), as `create` would have returned them."""
    made = []
    with fake.store.lock:
        for query in queries:
            record = fake.store.create_task(agent_id, query, "", fake.clock.now())
            made.append(render_minimal(record, {}))
    return [CreatedTask.from_dict(body) for body in made]


def task_reads(fake: FakeBeam) -> int:
    return sum(1 for r in fake.requests.filter("GET") if r.path.startswith("/agent-tasks/"))


def test_wait_all_settles_every_task_from_the_list(client: Driver, fake_beam: FakeBeam) -> None:
    queries = [f"ticket {i}" for i in range(30)] + [f"bad {i} [fail]" for i in range(5)]
    queries += [f"who {i} [input]" for i in range(5)]
    created = seed(fake_beam, queries)
    fake_beam.requests.clear()
    tasks = client.invoke(
        lambda c: c.agent_tasks.wait_all(created, agent_id=SUPPORT_AGENT_ID, poll_interval=1)
    )
    assert [t.id for t in tasks] == [c.id for c in created]  # in the order given
    statuses = [t.status for t in tasks]
    assert statuses == ["COMPLETED"] * 30 + ["FAILED"] * 5 + ["USER_INPUT_REQUIRED"] * 5
    assert all(t.task_summary == "Completed successfully" for t in tasks[:30])  # the list's fields
    # Only the tasks waiting for a person are read on their own (the full task says what it waits for).
    assert task_reads(fake_beam) == 5
    assert all(t.original_task_query for t in tasks[35:])
    # A handful of looks for 40 tasks of 3 s: every 0.5 s while they are young (nothing settled yet).
    assert fake_beam.requests.count("GET", LIST) <= 8


def test_requests_grow_with_changes_not_with_tasks_in_flight(client: Driver, long_tasks: FakeBeam) -> None:
    created = seed(long_tasks, [f"long {i}" for i in range(60)])
    long_tasks.requests.clear()
    started = long_tasks.clock.now()
    with pytest.raises(TaskTimeoutError) as raised:
        client.collect(lambda c: c.agent_tasks.as_completed(created, agent_id=SUPPORT_AGENT_ID, timeout=20))
    assert long_tasks.clock.now() - started == pytest.approx(20.0)  # on time
    assert raised.value.task_id in {c.id for c in created} and raised.value.last_status == "IN_PROGRESS"
    # One list request per look, however many tasks run, and no task read on its own: looks every
    # 0.5 s while the tasks are young, then a tenth of their age, then every 2 s (poll_interval).
    # Following each of the sixty tasks (a GET every 2 s) would have sent 600.
    looks, age = 0, 0.0
    while age < 20.0:
        looks, age = looks + 1, age + min(2.0, max(0.5, 0.1 * age))
    assert looks == 25
    assert long_tasks.requests.count("GET", LIST) in (looks, looks + 1)
    assert task_reads(long_tasks) == 0


def test_a_look_pages_back_only_to_what_the_last_one_saw(client: Driver, fake_beam: FakeBeam) -> None:
    created = seed(fake_beam, [f"many {i}" for i in range(150)])  # two pages of tasks change together
    fake_beam.requests.clear()
    seen = client.collect(lambda c: c.agent_tasks.as_completed(created, agent_id=SUPPORT_AGENT_ID))
    assert len(seen) == 150
    pages = [int(r.query["pageNum"]) for r in fake_beam.requests.filter("GET", LIST)]
    assert max(pages) == 2  # 150 changes: two pages, never the whole history
    assert all(r.query["ordering"] == "updatedAt:desc" for r in fake_beam.requests.filter("GET", LIST))


def test_a_task_the_list_never_shows_is_read_on_its_own(client: Driver, fake_beam: FakeBeam) -> None:
    # Filtered by another agent, the list never shows these tasks (as a list that lags or leaves a
    # task out would not): after REREAD_AFTER s without news each is read on its own, and settles.
    created = create(client, ["a", "b", "c"])
    fake_beam.requests.clear()
    started = fake_beam.clock.now()
    tasks = client.invoke(
        lambda c: c.agent_tasks.wait_all(created, agent_id=INVOICE_AGENT_ID, poll_interval=5)
    )
    assert [t.status for t in tasks] == ["COMPLETED"] * 3
    assert task_reads(fake_beam) == 3
    assert REREAD_AFTER <= fake_beam.clock.now() - started <= REREAD_AFTER + 5


def test_ids_alone_are_read_once_then_followed_from_the_list(client: Driver, long_tasks: FakeBeam) -> None:
    ids = [c.id for c in create(client, ["x", "y"])]
    long_tasks.requests.clear()
    with pytest.raises(TaskTimeoutError):
        client.invoke(lambda c: c.agent_tasks.wait_all(ids, timeout=10))
    assert task_reads(long_tasks) == 2  # each id once, to learn where it stands
    assert long_tasks.requests.count("GET", LIST) >= 4


@pytest.mark.parametrize(
    ("tasks", "agent_id", "field"),
    [
        ([42], None, "tasks[0]"),
        (["ok-id", ".."], None, "tasks[1]"),
        ("one-id", None, "tasks"),
        (5, None, "tasks"),
        (["ok-id"], 5, "agent_id"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    client: Driver, fake_beam: FakeBeam, tasks: Any, agent_id: Any, field: str
) -> None:
    fake_beam.requests.clear()
    with pytest.raises(BeamValidationError) as raised:
        client.invoke(lambda c: c.agent_tasks.wait_all(tasks, agent_id=agent_id))
    assert raised.value.field == field
    assert len(fake_beam.requests) == 0


def test_a_listed_status_older_than_a_read_is_not_taken_back() -> None:
    from datetime import UTC, datetime

    from beam_ai_api.models import AgentTask

    state = WatchState()
    state.add("t-1", now=0.0)
    read = AgentTask.from_dict({"id": "t-1", "status": "IN_PROGRESS", "updatedAt": "2026-01-01T00:00:10Z"})
    state.take_read("t-1", read, now=1.0)
    state.listing_arguments(now=0.0)
    stale = {"id": "t-1", "status": "QUEUED", "updatedAt": "2026-01-01T00:00:05Z"}
    assert state.take_page([stale], total=1, now=2.0) is False
    assert state.pending["t-1"].status == "IN_PROGRESS"
    assert state.pending["t-1"].updated_at == datetime(2026, 1, 1, 0, 0, 10, tzinfo=UTC)


# -- the batch runner --------------------------------------------------------------------------------


def test_a_batch_beyond_its_streams_follows_its_tasks_from_the_list(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    async def sleep(seconds: float) -> None:
        fake_beam.advance(seconds)
        await asyncio.sleep(0)

    async def main() -> Any:
        client = AsyncBeam(
            api_key=fake_beam.api_key,
            workspace_id=fake_beam.workspace_id,
            base_url=fake_beam_server.url,
            clock=fake_beam.clock.now,
            sleep=sleep,
        )
        async with client:
            rows = [{"id": str(i), "ticket": f"t {i}"} for i in range(60)]
            return await arun_batch(
                client,
                SUPPORT_AGENT_ID,
                rows,
                query="Summarise {ticket}",
                out=tmp_path / "out.jsonl",
                concurrency=30,
                max_streams=0,
                poll_interval=1,
            )

    summary = asyncio.run(main())
    assert summary.done == 60
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {r["status"] for r in written} == {"COMPLETED"} and all(r["summary"] for r in written)
    assert task_reads(fake_beam) == 0  # no task read on its own: 60 creations and a few lists
    assert fake_beam.requests.count("GET", LIST) < 30


def test_changes_seen_on_later_pages_do_not_move_the_watermark_past_unseen_ones() -> None:
    # While a long look reads its later pages, tasks that change move to the front, where this look
    # does not see them; a later page can then show changes newer than the first page's. The next
    # look must still page back to the first page's newest change (10,000 tasks ending over 10 s
    # left 7,300 unseen until the safety net when the watermark took the newest of any page).
    from beam_ai._task_watch import OVERLAP, PAGE_SIZE

    state = WatchState()
    for i in range(3):
        state.add(f"t-{i}", now=0.0)
        state.take_read(f"t-{i}", _task(f"t-{i}", "IN_PROGRESS", "2026-01-01T00:00:00Z"), now=0.0)
    state.listing_arguments(now=0.0)
    first = [_item(f"other-{i}", "00:00:10") for i in range(PAGE_SIZE)]
    later = [_item(f"moved-{i}", "00:00:18") for i in range(PAGE_SIZE)]  # changed during the look
    assert state.take_page(first, total=None, now=1.0)
    state.take_page(later, total=None, now=2.0)
    state.end_listing()
    state.listing_arguments(now=0.0)
    # The next look pages on through changes newer than the first page's newest, less the overlap.
    still_needed = [_item(f"next-{i}", "00:00:12") for i in range(PAGE_SIZE)]
    assert state.take_page(still_needed, total=None, now=3.0)
    assert state._cutoff is not None and state._cutoff.second == 10 - OVERLAP.seconds


def test_a_burst_of_changes_is_paged_through_again_only_until_a_lagging_listing_caught_up() -> None:
    # 150 tasks started within the overlap (a batch's first wave): the looks right after page back
    # through all of them, in case the listing shows some of those changes late; once a look began
    # OVERLAP after the newest was first seen, no change up to it can still appear, and a look when
    # nothing changed is one request again (it was two pages per look for as long as tasks ran).
    from beam_ai._task_watch import LAG_SECONDS

    state = WatchState()
    for i in range(150):
        state.add(f"t-{i}", now=0.0)
    running = [
        {"id": f"t-{i}", "status": "IN_PROGRESS", "updatedAt": f"2026-01-01T00:00:00.{999 - i:03d}Z"}
        for i in range(150)
    ]

    def pages_read(now: float) -> int:
        state.listing_arguments(now=now)
        pages = 1
        while state.take_page(running[(pages - 1) * 100 : pages * 100], total=None, now=now):
            pages += 1
        state.end_listing()
        return pages

    assert pages_read(10.0) == 2  # the first look reads every page
    assert pages_read(10.0 + LAG_SECONDS / 2) == 2  # a change could still show up late
    assert pages_read(10.0 + LAG_SECONDS) == 2  # began late enough: the overlap is checked once more
    assert [pages_read(12.0 + i) for i in range(3)] == [1, 1, 1]
    assert len(state.pending) == 150  # all still followed


def _task(task_id: str, status: str, updated: str) -> Any:
    from beam_ai_api.models import AgentTask

    return AgentTask.from_dict({"id": task_id, "status": status, "updatedAt": updated})


def _item(task_id: str, time_of_day: str) -> dict[str, Any]:
    return {"id": task_id, "status": "COMPLETED", "updatedAt": f"2026-01-01T{time_of_day}Z"}


def test_short_tasks_are_looked_at_more_often_long_ones_every_poll_interval() -> None:
    # Noticing a finished task late adds to its time: looks come every tenth of the time tasks take
    # here (at least every 0.5 s), and never less often than poll_interval.
    def typical_after(took: float) -> WatchState:
        state = WatchState()
        state.add("t-1", now=0.0)
        state.take_read("t-1", _task("t-1", "COMPLETED", "2026-01-01T00:00:00Z"), now=took)
        return state

    assert WatchState().interval(2.0, now=0.0) == 2.0  # nothing followed
    young = WatchState()
    young.add("t-1", now=0.0)
    # Nothing settled yet: the tasks take at least as long as the oldest has run so far.
    assert [young.interval(2.0, now=age) for age in (0.0, 8.0, 30.0)] == [0.5, pytest.approx(0.8), 2.0]
    assert typical_after(10.0).interval(2.0, now=0.0) == pytest.approx(1.0)
    assert typical_after(1.0).interval(2.0, now=0.0) == 0.5
    assert typical_after(600.0).interval(2.0, now=0.0) == 2.0
