"""The shared limiter obeys the caller (issue 23): its pause is bounded by the caller's timeout or
time left and ends in the typed timeout, async waits are cancellable, one tenant's 429 does not stall
another, and a retry never sleeps past the caller's deadline.

Time is injected (a clock and a sleep that moves it) except where the wait itself is the point
(cancellation).
"""

from __future__ import annotations

import asyncio
import time as real_time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import APITimeoutError, AsyncBeam, Beam, RateLimitError
from beam_ai._rate_limiter import reset_shared_limiters
from beam_ai._task_events import TaskTimeoutError
from beam_ai.testing import FAKE_API_KEY, SUPPORT_AGENT_ID

TASK_ID = "7c1f0000-0000-4000-8000-000000000001"
TASK = {"id": TASK_ID, "status": "IN_PROGRESS", "createdAt": "2026-01-01T00:00:00Z"}
CREATED = {**TASK, "status": "QUEUED"}


@pytest.fixture(autouse=True)
def fresh_limiters() -> Iterator[None]:
    """Pauses on the real clock are process-wide: none leaks into the next test."""
    reset_shared_limiters()
    yield
    reset_shared_limiters()


class Time:
    """A clock, and sleeps (sync and async) that move it; nothing really waits."""

    def __init__(self) -> None:
        self.now = 5_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def refuse_first(retry_after: str, then: Callable[[httpx.Request], httpx.Response]) -> Any:
    """A handler answering 429 (`Retry-After`) once, then `then`."""
    refused: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not refused:
            refused.append(True)
            return json_response(
                429, {"statusCode": 429, "message": "ThrottlerException"}, **{"Retry-After": retry_after}
            )
        return then(request)

    return handle


def ok(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return json_response(201, CREATED)
    if request.url.path.startswith("/agent-tasks/"):
        return json_response(200, TASK)
    return json_response(200, {"ok": True})


def make(kind: str, time: Time, handler: Any, **options: Any) -> Driver:
    """A driver whose client uses `time`; both kinds use one sleep per `Time`, so siblings share."""
    driver = object.__new__(Driver)
    driver.kind = kind
    driver._loop = None
    settings: dict[str, Any] = {
        "api_key": options.pop("api_key", FAKE_API_KEY),
        "workspace_id": options.pop("workspace_id", "ws"),
        "base_url": MOCK_BASE_URL,
        "auth_mode": "api_key",
        "transport": httpx.MockTransport(handler if isinstance(handler, MockBeam) else MockBeam(handler)),
        "clock": time.clock,
        **options,
    }
    if kind == "sync":
        driver.client = Beam(sleep=time.sleep, **settings)
        return driver
    from drivers import _LoopThread

    driver._loop = _LoopThread()

    async def build() -> AsyncBeam:
        return AsyncBeam(sleep=time.async_sleep, **settings)

    driver.client = driver._run(build())
    return driver


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


@pytest.fixture
def drivers() -> Iterator[list[Driver]]:
    made: list[Driver] = []
    yield made
    for driver in made:
        driver.close()


def pair(kind: str, drivers: list[Driver], handler: Any, **options: Any) -> tuple[Driver, Driver, Time]:
    """A client that gets the 429 and its sibling (same tenant, same time), one time source."""
    time = Time()
    first = make(kind, time, handler, max_retries=0)
    drivers.append(first)
    sibling = first.derive(**options)
    return first, sibling, time


def test_a_siblings_long_pause_ends_a_call_at_its_own_timeout(kind: str, drivers: list[Driver]) -> None:
    first, sibling, time = pair(kind, drivers, refuse_first("20", ok))
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    started = time.now
    with pytest.raises(APITimeoutError, match="rate-limit pause") as raised:
        sibling.invoke(lambda c: c.agents.list(timeout=1))
    assert time.now - started == pytest.approx(1.0)  # was 20 s: the whole pause
    assert not raised.value.outcome_unknown  # it was never sent


def test_a_siblings_long_pause_ends_a_run_at_its_timeout(kind: str, drivers: list[Driver]) -> None:
    api = MockBeam(refuse_first("20", ok))
    first, sibling, time = pair(kind, drivers, api)
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    started = time.now
    # The create POST waits for its turn within the run's 2 s, then the run says no task was created.
    with pytest.raises(TaskTimeoutError, match="no task was created") as raised:
        sibling.invoke(lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, "q", timeout=2))
    assert raised.value.task_id is None and raised.value.outcome_unknown is False
    assert time.now - started == pytest.approx(2.0)
    assert [r.method for r in api.requests] == ["GET"]  # the create was never sent


def test_a_siblings_long_pause_ends_a_wait_at_its_timeout(kind: str, drivers: list[Driver]) -> None:
    first, sibling, time = pair(kind, drivers, refuse_first("20", ok))
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    started = time.now
    with pytest.raises(TaskTimeoutError) as raised:
        sibling.invoke(lambda c: c.agent_tasks.wait(TASK_ID, timeout=2))
    assert time.now - started == pytest.approx(2.0)
    assert raised.value.task_id == TASK_ID


def test_a_pause_shorter_than_the_timeout_is_waited_and_the_call_goes(
    kind: str, drivers: list[Driver]
) -> None:
    first, sibling, time = pair(kind, drivers, refuse_first("3", ok))
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    assert sibling.request("GET", "/agent", timeout=5).status_code == 200
    assert time.slept == [3.0]


def test_one_tenants_rate_limit_does_not_stall_another(kind: str, drivers: list[Driver]) -> None:
    time = Time()
    tenant_a = make(kind, time, refuse_first("4", ok), max_retries=0)
    tenant_b = make(kind, time, ok, api_key="bm_key_fake_tenant_b", workspace_id="ws-b")
    same_key_other_workspace = tenant_a.derive(workspace_id="ws-2")
    drivers += [tenant_a, tenant_b]
    with pytest.raises(RateLimitError):
        tenant_a.request("GET", "/agent")
    assert tenant_b.request("GET", "/agent").status_code == 200
    assert same_key_other_workspace.request("GET", "/agent").status_code == 200
    assert time.slept == []  # was [4.0, ...]: the per-origin limiter paused every tenant
    assert tenant_a.request("GET", "/agent").status_code == 200
    assert time.slept == [4.0]  # the tenant that was refused does wait


def test_the_credential_is_never_kept_in_the_limiter_registry() -> None:
    from beam_ai import _rate_limiter

    secret = "bm_key_fake_secret_never_in_the_registry"
    client = Beam(
        api_key=secret, workspace_id="ws", base_url=MOCK_BASE_URL, transport=httpx.MockTransport(ok)
    )
    client.http._transport.limiters.for_workspace("ws")  # type: ignore[attr-defined]
    shown = repr(list(_rate_limiter._shared.keys())) + repr(client.http._transport.limiters)  # type: ignore[attr-defined]
    assert secret not in shown and secret.encode().hex() not in shown


def test_an_async_wait_for_its_turn_can_be_cancelled() -> None:
    # Real time: a 20 s pause, a call without a timeout, cancelled by asyncio.wait_for after 0.1 s.
    async def scenario() -> float:
        client = AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id="ws-cancel",
            base_url=MOCK_BASE_URL,
            auth_mode="api_key",
            max_retries=0,
            transport=httpx.MockTransport(MockBeam(refuse_first("20", ok))),
        )
        async with client:
            with pytest.raises(RateLimitError):
                await client.request("GET", "/agent")
            started = real_time.monotonic()
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.request("GET", "/agent", timeout=None), 0.1)
            return real_time.monotonic() - started

    assert asyncio.run(scenario()) < 1.0


def test_a_retry_never_sleeps_past_the_callers_deadline(kind: str, drivers: list[Driver]) -> None:
    # 503s: back-offs of 0.375-0.5 s, then 0.75-1 s. With 0.6 s left, one retry fits, the next does
    # not: the wait ends at the deadline, not one back-off later (the old real-time test's 0.9 s
    # allowance let one extra 0.5 s back-off through).
    def unavailable(request: httpx.Request) -> httpx.Response:
        return json_response(503, {"statusCode": 503, "message": "unavailable"})

    time = Time()
    driver = make(kind, time, unavailable, max_retries=5)
    drivers.append(driver)
    started = time.now
    with pytest.raises(TaskTimeoutError):
        driver.invoke(lambda c: c.agent_tasks.wait(TASK_ID, timeout=0.6))
    assert time.now - started <= 0.6 + 1e-9, time.slept
    assert sum(time.slept) <= 0.6 + 1e-9


class EarlyTime(Time):
    """A sleep that wakes a hair early on the clock, as asyncio's timers may (they fire within the
    loop's clock resolution, and wall time drifts from the monotonic clock)."""

    def sleep(self, seconds: float) -> None:
        super().sleep(max(0.0, seconds - 1e-4))


def test_a_retry_after_longer_than_the_time_left_times_out_on_time(kind: str, drivers: list[Driver]) -> None:
    # wait(timeout=0.3) against a 429 with Retry-After: 2 raised after 2.0 s: the follower's last
    # read, sent a hair before the deadline, waited out the whole pause in the limiter.
    def throttled(request: httpx.Request) -> httpx.Response:
        return json_response(
            429, {"statusCode": 429, "message": "ThrottlerException"}, **{"Retry-After": "2"}
        )

    time = EarlyTime()
    driver = make(kind, time, throttled)
    drivers.append(driver)
    started = time.now
    with pytest.raises(TaskTimeoutError):
        driver.invoke(lambda c: c.agent_tasks.wait(TASK_ID, timeout=0.3))
    assert time.now - started <= 0.3 + 1e-3, time.slept
