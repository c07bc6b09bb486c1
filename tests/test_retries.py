"""Retries: what is retried, how long between tries, and what must never be resent."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterator

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import APIConnectionError, APITimeoutError, BadRequestError, InternalServerError, RetryPolicy
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


class Sleeps(list[float]):
    """An injected sleep that records instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def _scripted(*outcomes: int | type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    """Answer the API requests with the given statuses / raise the given errors, then 200 forever."""
    queue: Iterator[int | type[httpx.TransportError]] = iter(outcomes)

    def handle(request: httpx.Request) -> httpx.Response:
        outcome = next(queue, 200)
        if isinstance(outcome, int):
            headers = {"retry-after": "2"} if outcome == 429 else {}
            return json_response(outcome, {"statusCode": outcome, "message": "x"}, **headers)
        raise outcome("scripted failure", request=request)

    return handle


def _mock(
    make_driver: MakeDriver, *outcomes: int | type[httpx.TransportError], **kwargs: object
) -> tuple[Driver, MockBeam, Sleeps]:
    mock, sleeps = MockBeam(_scripted(*outcomes)), Sleeps()
    kwargs.setdefault("max_retries", 3)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        sleep=sleeps,
        **kwargs,
    )
    return driver, mock, sleeps


# -- against the fake server --------------------------------------------------------------------------


def test_three_503s_then_200_on_a_get_succeeds(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("server_error", method="GET", path="/agent", times=3, status=503)
    sleeps = Sleeps()
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=sleeps,
        max_retries=3,
    )
    assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count("GET", "/agent") == 4
    assert len(sleeps) == 3 and sleeps[0] < sleeps[1] < sleeps[2]


def test_a_post_task_whose_connection_drops_after_the_server_acted_is_not_resent(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("drop_after", method="POST", path="/agent-tasks", times=1)
    tasks_before = len(fake_beam.store.tasks)
    sleeps = Sleeps()
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=sleeps,
        max_retries=5,
    )
    body = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "Summarise ticket 7"}}
    with pytest.raises(APIConnectionError) as excinfo:
        driver.request("POST", "/agent-tasks", json=body)
    assert excinfo.value.outcome_unknown is True
    assert "outcome is unknown" in str(excinfo.value)
    assert fake_beam.requests.count("POST", "/agent-tasks") == 1
    assert len(fake_beam.store.tasks) == tasks_before + 1  # the server did act, exactly once
    assert sleeps == []


def test_a_rate_limited_post_is_retried_after_retry_after(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("rate_limit", method="POST", path="/agent-tasks", times=1, retry_after=3)
    sleeps = Sleeps()
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=sleeps,
    )
    body = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "hello"}}
    assert driver.request("POST", "/agent-tasks", json=body).status_code == 201
    assert sleeps == [3.0]
    assert fake_beam.requests.count("POST", "/agent-tasks") == 2


def test_a_get_dropped_before_an_answer_is_retried(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("drop_before", method="GET", path="/agent", times=1)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=Sleeps(),
    )
    assert driver.request("GET", "/agent").status_code == 200


# -- which failures are retried, by method ------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize(
    "failure",
    [
        408,
        429,
        500,
        502,
        503,
        504,
        httpx.ConnectError,
        httpx.ReadError,
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
    ],
)
def test_idempotent_methods_retry_transient_failures(
    make_driver: MakeDriver, method: str, failure: int | type[httpx.TransportError]
) -> None:
    driver, mock, sleeps = _mock(make_driver, failure)
    assert driver.request(method, "/thing").status_code == 200
    assert len(mock.api_requests()) == 2 and len(sleeps) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, 429])
def test_posts_retry_only_when_the_server_provably_did_not_act(
    make_driver: MakeDriver, method: str, failure: int | type[httpx.TransportError]
) -> None:
    driver, mock, _ = _mock(make_driver, failure)
    assert driver.request(method, "/agent-tasks", json={"a": 1}).status_code == 200
    assert len(mock.api_requests()) == 2
    assert mock.api_requests()[1].content == b'{"a":1}'  # the same body again


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("failure", [500, 502, 503, 504, 408])
def test_posts_are_not_retried_on_server_errors(make_driver: MakeDriver, method: str, failure: int) -> None:
    driver, mock, sleeps = _mock(make_driver, failure)
    with pytest.raises(Exception) as excinfo:
        driver.request(method, "/agent-tasks", json={"a": 1})
    assert getattr(excinfo.value, "status_code", None) == failure
    assert len(mock.api_requests()) == 1 and sleeps == []


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ReadError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ],
)
def test_posts_that_may_have_been_processed_say_the_outcome_is_unknown(
    make_driver: MakeDriver, failure: type[httpx.TransportError], error_class: type[APIConnectionError]
) -> None:
    driver, mock, _ = _mock(make_driver, failure)
    with pytest.raises(error_class) as excinfo:
        driver.request("POST", "/agent-tasks", json={"a": 1})
    assert excinfo.value.outcome_unknown
    assert len(mock.api_requests()) == 1


def test_client_errors_are_not_retried(make_driver: MakeDriver) -> None:
    driver, mock, _ = _mock(make_driver, 400)
    with pytest.raises(BadRequestError):
        driver.request("GET", "/agent")
    assert len(mock.api_requests()) == 1


def test_retries_give_up_after_max_retries(make_driver: MakeDriver) -> None:
    driver, mock, sleeps = _mock(make_driver, 503, 503, 503, 503, 503, max_retries=2)
    with pytest.raises(InternalServerError):
        driver.request("GET", "/agent")
    assert len(mock.api_requests()) == 3 and len(sleeps) == 2


def test_max_retries_per_client_and_per_call(make_driver: MakeDriver) -> None:
    driver, mock, _ = _mock(make_driver, 503, 503, 503, 503, 503, 503, max_retries=3)
    with pytest.raises(InternalServerError):
        driver.request("GET", "/a", max_retries=0)
    assert len(mock.api_requests()) == 1
    with pytest.raises(InternalServerError):
        driver.derive(max_retries=1).request("GET", "/b")
    assert len(mock.api_requests()) == 3
    assert driver.request("GET", "/c").status_code == 200  # 3 more 503s, then the 4th try passes
    assert len(mock.api_requests()) == 7


def test_token_exchange_is_retried_too(make_driver: MakeDriver) -> None:
    attempts: list[str] = []
    inner = MockBeam(lambda r: json_response(200, {}))

    def flaky_auth(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if request.url.path == "/auth/access-token" and attempts.count("/auth/access-token") == 1:
            raise httpx.ConnectError("refused", request=request)
        return inner(request)

    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=httpx.MockTransport(flaky_auth),
        sleep=Sleeps(),
    )
    assert driver.request("GET", "/agent").status_code == 200
    assert attempts == ["/auth/access-token", "/auth/access-token", "/agent"]


# -- backoff arithmetic -------------------------------------------------------------------------------


def test_backoff_is_exponential_capped_and_jittered_downwards() -> None:
    no_jitter = RetryPolicy(initial_delay=0.5, max_delay=4, jitter=0.25, random=lambda: 0.0)
    full_jitter = RetryPolicy(initial_delay=0.5, max_delay=4, jitter=0.25, random=lambda: 1.0)
    assert [no_jitter.delay(n, None) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert [full_jitter.delay(n, None) for n in range(4)] == [0.375, 0.75, 1.5, 3.0]


def _with_retry_after(value: str) -> httpx.Response:
    return httpx.Response(429, headers={"retry-after": value})


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = 1_700_000_000.0
    policy = RetryPolicy(random=lambda: 0.0, clock=lambda: now)
    assert policy.delay(0, _with_retry_after("7")) == 7.0
    date = email.utils.formatdate(now + 12, usegmt=True)
    assert policy.delay(0, _with_retry_after(date)) == pytest.approx(12.0)


@pytest.mark.parametrize("value", ["3600", "-1", "soon", ""])
def test_unusable_or_excessive_retry_after_falls_back_to_backoff(value: str) -> None:
    policy = RetryPolicy(initial_delay=0.5, random=lambda: 0.0)
    assert policy.delay(1, _with_retry_after(value)) == 1.0
