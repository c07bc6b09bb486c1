"""A task run's `timeout=` holds whatever the server does (issue 12, High).

The fake's tasks move only on its FakeClock, which these tests never advance: a followed task stays
QUEUED, so the only way out of `run`/`wait`/`stream` is the deadline. The clients use real time and
real sockets on loopback with a short deadline; nothing here sleeps. Before the fix, keep-alives kept
the follow alive past the deadline (the safety timer below ends the task after `SAFETY` s so such a
run returns instead of hanging) and slow create/GET requests ran their full 60 s client timeout.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncGenerator, Callable, Iterator
from typing import Any

import pytest
from drivers import Driver

from beam_ai import AsyncBeam, Beam
from beam_ai._task_events import TaskTimeoutError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]

DEADLINE = 0.3
TARGET = 0.2  # TaskTimeoutError within this long after the deadline (the target)
SLACK = 0.4  # extra allowance for a loaded 2-core CI machine; the faults below would take >= 2 s
SAFETY = 3.0
SLOW = 2.0
TASK_GET = "/agent-tasks/????????-????-????-????-????????????"  # the task, not its /updates
UPDATES = "/agent-tasks/*/updates"


@pytest.fixture
def make_client(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> Iterator[Callable[[], Driver]]:
    """A Beam/AsyncBeam on real time against the fake; the fake ends its tasks after SAFETY s."""
    safety = threading.Timer(SAFETY, fake_beam.advance, (60.0,))
    safety.daemon = True
    safety.start()

    def make() -> Driver:
        return make_driver(
            api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url
        )

    yield make
    safety.cancel()


def _created_task(driver: Driver) -> str:
    if isinstance(driver.client, Beam):
        created = driver.client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="q")
    else:
        created = driver._run(driver.client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="q"))
    assert isinstance(created.id, str)
    return created.id


async def _drain(events: AsyncGenerator[Any, None]) -> list[Any]:
    async with contextlib.aclosing(events) as stream:
        return [event async for event in stream]


def follow(driver: Driver, how: str, **options: Any) -> Any:
    """`agent_tasks.run` / `wait` / `stream` (drained) on either client, with `options`."""
    client = driver.client
    if how == "run":
        if isinstance(client, Beam):
            return client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options)
        return driver._run(client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options))
    task_id = _created_task(driver)
    if isinstance(client, Beam):
        if how == "wait":
            return client.agent_tasks.wait(task_id, **options)
        return list(client.agent_tasks.stream(task_id, **options))
    assert isinstance(client, AsyncBeam)
    if how == "wait":
        return driver._run(client.agent_tasks.wait(task_id, **options))
    return driver._run(_drain(client.agent_tasks.stream(task_id, **options)))


def timed_out_after(driver: Driver, how: str) -> tuple[TaskTimeoutError, float]:
    started = time.monotonic()
    with pytest.raises(TaskTimeoutError) as raised:
        follow(driver, how, timeout=DEADLINE)
    return raised.value, time.monotonic() - started


def assert_on_time(elapsed: float) -> None:
    assert DEADLINE - 0.05 <= elapsed < DEADLINE + TARGET + SLACK, (
        f"{elapsed:.3f} s for a {DEADLINE} s timeout"
    )


@pytest.mark.parametrize(
    ("how", "kind"),
    [
        ("run", "comment"),
        ("run", "empty_data"),
        ("run", "replay"),
        ("wait", "comment"),
        ("stream", "empty_data"),
    ],
)
def test_deadline_holds_while_the_stream_sends_keepalives(
    make_client: Callable[[], Driver], fake_beam: FakeBeam, how: str, kind: str
) -> None:
    fake_beam.quirks.sse_keepalive = 0.02
    fake_beam.quirks.sse_keepalive_kind = kind
    error, elapsed = timed_out_after(make_client(), how)
    assert_on_time(elapsed)
    assert error.task_id is not None and error.last_status == "QUEUED"


@pytest.mark.parametrize("how", ["run", "wait"])
def test_deadline_holds_on_a_silent_stream(make_client: Callable[[], Driver], how: str) -> None:
    _, elapsed = timed_out_after(make_client(), how)
    assert_on_time(elapsed)


def test_deadline_bounds_the_create_post(make_client: Callable[[], Driver], fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("latency", method="POST", path="/agent-tasks", delay=SLOW, times=1)
    error, elapsed = timed_out_after(make_client(), "run")
    assert_on_time(elapsed)
    assert error.task_id is None and error.outcome_unknown  # the POST may have acted: said so,
    assert "may have been created" in str(error)  # and it was not sent again
    assert fake_beam.requests.count("POST", "/agent-tasks") == 1


def test_deadline_passing_before_the_create_is_sent_says_no_task_was_created(
    make_client: Callable[[], Driver], fake_beam: FakeBeam
) -> None:
    # The token exchange outlasts the run's deadline: the create is never sent. This used to raise
    # APITimeoutError rather than the run's TaskTimeoutError (the CLI's exit 5 instead of 1).
    fake_beam.faults.add("latency", method="POST", path="/auth/access-token", delay=SLOW, times=1)
    error, elapsed = timed_out_after(make_client(), "run")
    assert_on_time(elapsed)
    assert error.task_id is None and error.outcome_unknown is False
    assert "no task was created" in str(error)
    assert fake_beam.requests.count("POST", "/agent-tasks") == 0


def test_a_run_with_no_time_left_sends_nothing(
    make_client: Callable[[], Driver], fake_beam: FakeBeam
) -> None:
    driver = make_client()
    with pytest.raises(TaskTimeoutError) as raised:
        driver.invoke(lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, "q", timeout=0))
    assert raised.value.task_id is None and raised.value.outcome_unknown is False
    assert len(fake_beam.requests) == 0  # not even the token request


def test_deadline_bounds_the_first_get_of_wait(
    make_client: Callable[[], Driver], fake_beam: FakeBeam
) -> None:
    fake_beam.faults.add("latency", method="GET", path=TASK_GET, delay=SLOW)
    error, elapsed = timed_out_after(make_client(), "wait")
    assert_on_time(elapsed)
    assert error.task_id is not None


def test_deadline_bounds_the_polling_gets(make_client: Callable[[], Driver], fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error", method="GET", path=UPDATES, status=501)  # no stream: poll
    fake_beam.faults.add("latency", method="GET", path=TASK_GET, delay=SLOW)
    _, elapsed = timed_out_after(make_client(), "run")
    assert_on_time(elapsed)
    gets = [r.path for r in fake_beam.requests.filter("GET")]
    assert gets[0].endswith("/updates") and not gets[1].endswith("/updates")  # it was polling


def test_retries_of_a_get_stop_at_the_deadline(
    make_client: Callable[[], Driver], fake_beam: FakeBeam
) -> None:
    # 503s with backoff (0.5 s, 1 s...) would retry past the deadline; the retry budget stops first.
    fake_beam.faults.add("server_error", method="GET", path=TASK_GET, status=503)
    _, elapsed = timed_out_after(make_client(), "wait")
    assert_on_time(elapsed)


@pytest.mark.parametrize("how", ["run", "wait"])
def test_deadline_holds_when_the_stream_falls_silent_after_a_late_event(
    make_client: Callable[[], Driver], fake_beam: FakeBeam, how: str
) -> None:
    # The read timeout is fixed at connect (the time left then); an event 0.4 s in, then silence,
    # used to run 0.4 s past a 0.5 s deadline (0.9 s). Now the socket is cut at the deadline.
    driver = make_client()
    late_event = threading.Timer(0.4, fake_beam.advance, (1.5,))  # QUEUED -> IN_PROGRESS, then quiet
    started = time.monotonic()
    late_event.start()
    try:
        with pytest.raises(TaskTimeoutError) as raised:
            follow(driver, how, timeout=0.5)
    finally:
        late_event.cancel()
    elapsed = time.monotonic() - started
    assert raised.value.last_status == "IN_PROGRESS"
    assert 0.45 <= elapsed < 0.5 + TARGET + 0.1, f"{elapsed:.3f} s for a 0.5 s timeout"
