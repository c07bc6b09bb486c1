"""Retry details the first mutation run showed unpinned: how many tries a lasting connection failure
gets, the pauses between them, `Retry-After` at its bounds, and the log line each retry writes.
Both clients."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import APIConnectionError, BeamConfigError, RetryPolicy

MakeDriver = Callable[..., Driver]


def _driver(
    make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response], **kwargs: object
) -> tuple[Driver, MockBeam, list[float]]:
    mock, sleeps = MockBeam(handler), []
    driver = make_driver(
        api_key="bm_key_fake_retries",
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        auth_mode="api_key",
        transport=mock.transport(),
        sleep=sleeps.append,
        **kwargs,
    )
    return driver, mock, sleeps


def _always(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("lasting failure", request=request)

    return handler


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_lasting_connection_failure_gets_exactly_max_retries_more_tries(
    make_driver: MakeDriver, method: str
) -> None:
    driver, mock, sleeps = _driver(make_driver, _always(httpx.ConnectError), max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        driver.request(method, "/agent-tasks", json={} if method == "POST" else None)
    assert not caught.value.outcome_unknown  # never connected: nothing reached the server
    assert len(mock.api_requests()) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # backoff, jittered downwards


def test_a_broken_post_is_tried_once(make_driver: MakeDriver) -> None:
    driver, mock, sleeps = _driver(make_driver, _always(httpx.ReadError), max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        driver.request("POST", "/agent-tasks", json={})
    assert caught.value.outcome_unknown
    assert len(mock.api_requests()) == 1 and sleeps == []


@pytest.mark.parametrize(("retry_after", "slept"), [("0", 0.0), ("60", 60.0)])
def test_retry_after_is_honoured_at_its_bounds(
    make_driver: MakeDriver, retry_after: str, slept: float
) -> None:
    answers = iter([json_response(503, {"statusCode": 503}, **{"retry-after": retry_after})])
    driver, _, sleeps = _driver(make_driver, lambda request: next(answers, json_response(200, {})))
    assert driver.request("GET", "/agent").status_code == 200
    assert sleeps == [slept]


def test_each_retry_is_logged_with_its_reason_delay_and_count(
    make_driver: MakeDriver, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([json_response(503, {"statusCode": 503}, **{"retry-after": "3"})])

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers, None)
        if answer is not None:
            return answer
        if request.url.path == "/agent":
            raise httpx.ConnectError("refused", request=request)
        return json_response(200, {})

    caplog.set_level(logging.INFO, logger="beam_ai.retry")
    driver, _, sleeps = _driver(make_driver, handler, max_retries=1)
    with pytest.raises(APIConnectionError):
        driver.request("GET", "/agent")  # 503, then ConnectError with no retry left
    driver.request("GET", "/other")
    messages = [r.getMessage() for r in caplog.records if r.name == "beam_ai.retry"]
    assert messages == [f"retrying GET {MOCK_BASE_URL}/agent in 3.00s (retry 1 of 1) after status 503"]
    caplog.clear()

    driver, _, sleeps = _driver(make_driver, _always(httpx.ConnectError), max_retries=2)
    with pytest.raises(APIConnectionError):
        driver.request("GET", "/agent")
    messages = [r.getMessage() for r in caplog.records if r.name == "beam_ai.retry"]
    assert messages == [
        f"retrying GET {MOCK_BASE_URL}/agent in {sleeps[0]:.2f}s (retry 1 of 2) after ConnectError",
        f"retrying GET {MOCK_BASE_URL}/agent in {sleeps[1]:.2f}s (retry 2 of 2) after ConnectError",
    ]


@pytest.mark.parametrize("max_retries", [-1, 1.5, True])
def test_a_bad_max_retries_fails_at_construction_naming_it(
    make_driver: MakeDriver, max_retries: object
) -> None:
    with pytest.raises(BeamConfigError, match="max_retries"):
        make_driver(
            api_key="bm_key_fake_retries", workspace_id="ws", base_url=MOCK_BASE_URL, max_retries=max_retries
        )


def test_a_retry_policy_with_negative_retries_says_so() -> None:
    with pytest.raises(ValueError, match="max_retries must be >= 0, got -1"):
        RetryPolicy(max_retries=-1)
