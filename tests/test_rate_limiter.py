"""The shared 429 back-off: one client's 429 pauses its siblings; the limiter learns the server's pace."""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import AsyncBeam, Beam, BeamConfigError, RateLimitError
from beam_ai._rate_limiter import (
    COLD_SPACING,
    RELAX_AFTER,
    RELAX_STEP,
    SAFETY,
    SLOW_DOWN_FACTOR,
    WARM_AFTER,
    RateLimiter,
)
from beam_ai.testing import FAKE_API_KEY


class Time:
    """A clock and a sleep that moves it: the sleeps are recorded, never waited."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class LimitedApi:
    """Answers 429 (Retry-After 3) while `limited`, else 200; records when each request arrived."""

    def __init__(self, time: Time) -> None:
        self.time = time
        self.limited = False
        self.arrivals: list[tuple[str, float]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.arrivals.append((request.url.host, self.time.now))
        if self.limited:
            self.limited = False
            return json_response(
                429, {"statusCode": 429, "message": "Too Many Requests"}, **{"Retry-After": "3"}
            )
        return json_response(200, {"ok": True})


def _sync(time: Time, api: LimitedApi, base_url: str = MOCK_BASE_URL) -> Beam:
    return Beam(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=base_url,
        auth_mode="api_key",
        max_retries=0,
        transport=MockBeam(api).transport(),
        clock=time.clock,
        sleep=time.sleep,
    )


def test_a_429_seen_by_one_client_pauses_its_sibling() -> None:
    time = Time()
    api = LimitedApi(time)
    first, sibling = _sync(time, api), _sync(time, api)
    api.limited = True
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    sibling.request("GET", "/agent")
    assert time.slept == [3.0]  # the sibling waited out the Retry-After before sending
    assert api.arrivals[-1][1] == 1_003.0


def test_a_client_of_another_api_is_not_paused() -> None:
    time = Time()
    api = LimitedApi(time)
    first, other = _sync(time, api), _sync(time, api, base_url="https://other.beam.test")
    api.limited = True
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    other.request("GET", "/agent")
    assert time.slept == []


def test_a_client_with_a_sleep_of_its_own_gets_its_own_limiter() -> None:
    time = Time()
    api = LimitedApi(time)
    first = _sync(time, api)

    async def sibling_call() -> int:
        sibling = AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id="ws",
            base_url=MOCK_BASE_URL,
            auth_mode="api_key",
            max_retries=0,
            transport=httpx.MockTransport(api),
            clock=time.clock,
            sleep=time.async_sleep,
        )
        return (await sibling.request("GET", "/agent")).status_code

    api.limited = True
    with pytest.raises(RateLimitError):
        first.request("GET", "/agent")
    # Sharing is by API, clock and kind of sleep: an injected sleep (a test's) is a kind of its own,
    # so tests cannot pause each other; clients on real time share (next test).
    assert asyncio.run(sibling_call()) == 200
    assert time.slept == []


def _limiter_of(client: Beam | AsyncBeam) -> RateLimiter:
    limiters = client.http._transport.limiters  # type: ignore[union-attr]
    limiter: RateLimiter = limiters.for_workspace(client.workspace_id)
    return limiter


def test_real_clients_of_one_tenant_share_one_limiter_whatever_their_kind() -> None:
    async def make_async() -> AsyncBeam:
        return AsyncBeam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL)

    sync_a = Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL)
    sync_b = Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL)
    async_c = asyncio.run(make_async())
    limiter = _limiter_of(sync_a)
    assert _limiter_of(sync_b) is limiter
    assert _limiter_of(async_c) is limiter
    assert _limiter_of(sync_a.with_options(timeout=5)) is limiter
    # What the server counts is a tenant's requests: another API, key or workspace has its own.
    other_api = Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url="https://other.beam.test")
    other_key = Beam(api_key="bm_key_other_tenant", workspace_id="ws", base_url=MOCK_BASE_URL)
    other_workspace = Beam(api_key=FAKE_API_KEY, workspace_id="ws-2", base_url=MOCK_BASE_URL)
    for other in (other_api, other_key, other_workspace, sync_a.with_workspace("ws-2")):
        assert _limiter_of(other) is not limiter


def test_the_retried_request_and_its_siblings_resume_paced_at_the_learned_rate() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    for _ in range(10):  # ten admitted in the last second...
        limiter.record(200, None)
    time.now += 0.01
    limiter.record(429, 1.0)  # ...then refused: the server allows about 10 a second
    for _ in range(39):  # the rest of the same burst teaches nothing new
        limiter.record(429, 1.0)
    expected_interval = 1 / 10 / SAFETY
    assert limiter.interval == pytest.approx(expected_interval)
    delays = [limiter.reserve()[0] for _ in range(4)]
    assert delays == pytest.approx([1.0 + n * expected_interval for n in range(4)])


def test_a_slot_reserved_before_a_new_pause_is_taken_again() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    limiter.record(200, None)
    limiter.record(429, 1.0)
    _, epoch = limiter.reserve()
    time.now += 5  # a later 429 while this request waited
    limiter.record(429, 2.0)
    assert not limiter.still_valid(epoch)
    assert limiter.reserve()[0] == pytest.approx(2.0)


def test_pace_slows_on_a_429_while_pacing_and_relaxes_after_a_quiet_minute() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    for _ in range(10):
        limiter.record(200, None)
    limiter.record(429, 1.0)
    learned = limiter.interval
    assert learned > 0
    time.now += 10
    limiter.record(429, 1.0)
    assert limiter.interval == pytest.approx(learned * SLOW_DOWN_FACTOR)
    time.now += RELAX_AFTER + 1
    limiter.reserve()
    assert limiter.interval < learned * SLOW_DOWN_FACTOR


def test_a_lone_429_pauses_but_sets_no_pace() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    limiter.record(200, None)
    limiter.record(429, 2.0)
    assert limiter.interval == 0.0
    assert limiter.reserve()[0] == pytest.approx(2.0)
    time.now += 2
    limiter.record(200, None)

    def one_request() -> float:
        delay = limiter.reserve()[0]
        limiter.record(200, None)
        return delay

    assert [one_request() for _ in range(3)] == [0.0, 0.0, 0.0]


def test_before_any_429_a_request_does_not_wait() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    for _ in range(1000):
        limiter.record(200, None)
        assert limiter.reserve()[0] == 0.0
    assert limiter.interval == 0.0 and not math.isinf(time.now)


def test_a_known_quota_paces_from_the_first_request() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    limiter.set_rate(10)
    assert [limiter.reserve()[0] for _ in range(4)] == pytest.approx([0.0, 0.1, 0.2, 0.3])
    time.now += RELAX_AFTER * 10
    limiter.reserve()
    assert limiter.interval == pytest.approx(0.1)  # relaxing never goes past the configured rate


@pytest.mark.parametrize("bad", [0, -1, float("inf"), "10", True])
def test_rate_limit_must_be_a_positive_number(bad: object) -> None:
    with pytest.raises(BeamConfigError, match="rate_limit"):
        Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, rate_limit=bad)  # type: ignore[arg-type]


def test_a_429_without_retry_after_pauses_no_sibling() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    limiter.record(429, None)
    assert limiter.reserve()[0] == 0.0


def test_callers_starting_together_are_spaced_until_the_limiter_has_answers() -> None:
    # Fifty callers starting at once all reached the server before the first 429 came back (38 of
    # 41 refusals in bench/rate_limit.py were that first burst). While cold, concurrent starts are
    # spaced COLD_SPACING apart: the first 429 returns while one or two more are on their way.
    time = Time()
    limiter = RateLimiter(time.clock)
    delays = [limiter.reserve()[0] for _ in range(5)]  # five starts, none answered yet
    assert delays == pytest.approx([0.0, COLD_SPACING, 2 * COLD_SPACING, 3 * COLD_SPACING, 4 * COLD_SPACING])


def test_a_lone_caller_and_a_warm_limiter_never_wait() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    for _ in range(WARM_AFTER):  # one request at a time: nothing else in flight, no spacing
        assert limiter.reserve()[0] == 0.0
        limiter.record(200, None)
    assert [limiter.reserve()[0] for _ in range(5)] == [0.0] * 5  # warm: concurrent starts go at once


def test_a_refused_probe_goes_back_to_the_pace_that_held_and_probes_later() -> None:
    time = Time()
    limiter = RateLimiter(time.clock)
    for _ in range(10):
        limiter.record(200, None)
    limiter.record(429, 1.0)
    learned = limiter.interval
    time.now += RELAX_AFTER + 1
    limiter.reserve()
    assert limiter.interval == pytest.approx(learned * (1 - RELAX_STEP))  # a probe, a step faster
    time.now += 2
    limiter.record(429, 1.0)  # refused while probing
    assert limiter.interval == pytest.approx(learned)  # back to what held, not slower
    time.now += RELAX_AFTER + 1
    limiter.reserve()
    assert limiter.interval == pytest.approx(learned)  # the next probe waits twice as long
    time.now += RELAX_AFTER
    limiter.reserve()
    assert limiter.interval == pytest.approx(learned * (1 - RELAX_STEP / 2))  # and steps by half


def test_reset_forgets_what_was_learned_but_keeps_a_configured_rate() -> None:
    from beam_ai._rate_limiter import reset_shared_limiters, shared_limiter

    time = Time()
    limiter = shared_limiter("https://reset.beam.test:", time.clock, time.sleep, rate_limit=10)
    for _ in range(10):
        limiter.record(200, None)
    limiter.record(429, 30.0)
    assert limiter.reserve()[0] == pytest.approx(30.0)
    reset_shared_limiters()
    assert limiter.reserve()[0] == 0.0  # no pause left
    assert limiter.interval == pytest.approx(0.1)  # rate_limit=10 stays
