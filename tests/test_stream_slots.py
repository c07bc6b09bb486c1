"""Tasks followed at once beyond the client's update streams leave its pool to its other calls.

An update stream holds one of the pool's 100 connections for as long as its task runs. Before,
300 `run()`s at once on one `AsyncBeam` opened 300 streams: 100 held every connection, 200 queued
for one, and an `agents.list()` made meanwhile waited 4.6 s for a task to end (900 requests in all).
Now a client keeps at most `MAX_STREAMS` (50) streams open; the async client follows the other tasks
with one watcher of the workspace's task list (428 requests, the list call 0.01 s; bench/many_runs.py),
the sync client polls each (no shared loop to watch in).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from drivers import Driver

from beam_ai import AsyncBeam, Beam, TaskEvent
from beam_ai._requester import MAX_STREAMS, StreamSlots
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]
LIST = "/agent-tasks"


def updates_opened(fake: FakeBeam) -> int:
    return sum(1 for r in fake.requests.filter("GET") if r.path.endswith("/updates"))


def task_reads(fake: FakeBeam) -> int:
    return sum(
        1
        for r in fake.requests.filter("GET")
        if r.path.startswith("/agent-tasks/") and not r.path.endswith("/updates")
    )


@pytest.fixture
def driver(make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Driver:
    """A client on the fake's clock: its waits move the fake's time (a task takes 3 s)."""
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
    )


@pytest.fixture
def every_stream_in_use(driver: Driver) -> Iterator[StreamSlots]:
    """The client's stream slots, all taken (as by 50 tasks followed elsewhere); given back after."""
    streams = driver.client._requester.streams
    taken = 0
    while streams.take():
        taken += 1
    assert taken == MAX_STREAMS
    yield streams
    for _ in range(taken):
        streams.give_back()


def run(driver: Driver, **options: Any) -> Any:
    if isinstance(driver.client, Beam):
        return driver.client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options)
    assert isinstance(driver.client, AsyncBeam)
    return driver._run(driver.client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options))


def test_a_run_beyond_the_clients_streams_is_followed_without_one(
    driver: Driver, fake_beam: FakeBeam, every_stream_in_use: StreamSlots
) -> None:
    fake_beam.requests.clear()
    task = run(driver)
    assert task.status == "COMPLETED"
    assert updates_opened(fake_beam) == 0
    if driver.kind == "async":  # the client's watcher: the task list, not the task
        assert fake_beam.requests.count("GET", LIST) >= 1 and task_reads(fake_beam) == 0
    else:  # polled
        assert task_reads(fake_beam) >= 1


def test_a_run_beyond_the_streams_still_ends_at_its_deadline(
    driver: Driver, fake_beam: FakeBeam, every_stream_in_use: StreamSlots
) -> None:
    from beam_ai import TaskTimeoutError

    started = fake_beam.clock.now()
    with pytest.raises(TaskTimeoutError) as raised:
        run(driver, timeout=0.5)  # the task takes 3 s
    assert raised.value.task_id is not None
    assert fake_beam.clock.now() - started == pytest.approx(0.5, abs=0.01)


def test_a_stream_gives_its_slot_back_when_its_run_ends(driver: Driver, fake_beam: FakeBeam) -> None:
    streams = driver.client._requester.streams
    for _ in range(MAX_STREAMS - 1):
        assert streams.take()
    try:
        fake_beam.requests.clear()

        def moves_time_on(event: TaskEvent) -> None:  # a stream waits for the fake's time to move
            if not event.is_terminal:
                fake_beam.advance(2.0)

        assert run(driver, on_event=moves_time_on).status == "COMPLETED"
        assert updates_opened(fake_beam) == 1  # the last free slot: streamed
        assert streams.take() and not streams.take()  # and free again afterwards
    finally:
        for _ in range(MAX_STREAMS):
            streams.give_back()


def test_clients_derived_from_one_share_its_streams(driver: Driver) -> None:
    derived = driver.client.with_options(timeout=5)
    assert derived._requester.streams is driver.client._requester.streams


class MostInUse(StreamSlots):
    """Stream slots that remember how many were in use at most."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.in_use = self.most = 0

    def take(self) -> bool:
        if not super().take():
            return False
        self.in_use += 1
        self.most = max(self.most, self.in_use)
        return True

    def give_back(self) -> None:
        self.in_use -= 1
        super().give_back()


def test_many_async_runs_at_once_share_one_watcher(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_beam.clock, "autojump", True)  # the session's fake: put back after
    slots = MostInUse(2)

    async def main() -> list[str]:
        async with AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=fake_beam.clock.now,
            sleep=fake_beam.clock.asleep,  # type: ignore[attr-defined]
        ) as beam:
            beam._requester.streams = slots
            tasks = await asyncio.gather(
                *(beam.agent_tasks.run(SUPPORT_AGENT_ID, f"q {i}") for i in range(12))
            )
            return [task.status for task in tasks]

    fake_beam.requests.clear()
    assert asyncio.run(main()) == ["COMPLETED"] * 12
    assert slots.most == 2  # never more streams at once than the client's slots
    streamed = {r.path for r in fake_beam.requests.filter("GET") if r.path.endswith("/updates")}
    assert len(streamed) < 12  # (a slot freed early serves a run that starts later)
    # The tasks beyond the two streams: a look at the list every 0.5 s or so while they are young
    # (they take 3 s), not each task read every 2 s (at least 20 reads for ten tasks).
    assert fake_beam.requests.count("GET", LIST) <= 10


def test_one_async_client_watches_in_each_event_loop_it_is_used_in(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_beam.clock, "autojump", True)
    beam = AsyncBeam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.clock.asleep,  # type: ignore[attr-defined]
    )
    beam._requester.streams = StreamSlots(0)  # every run beyond the streams: watched

    async def one_run() -> tuple[str, object]:
        task = await beam.agent_tasks.run(SUPPORT_AGENT_ID, "q")
        kept = beam._requester.streams.watcher
        assert kept is not None and kept[0] is asyncio.get_running_loop()
        return task.status, kept[1]

    first, first_watcher = asyncio.run(one_run())
    second, second_watcher = asyncio.run(one_run())  # a new loop: a new watcher (the old one is dropped)
    assert first == second == "COMPLETED" and first_watcher is not second_watcher
    assert updates_opened(fake_beam) == 0
