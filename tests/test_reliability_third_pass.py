"""Third review pass: event loops, error types users read, hostile token responses, headers, logs."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

import beam_ai
import beam_ai.batch
from beam_ai import (
    APIResponseValidationError,
    AsyncBeam,
    BeamValidationError,
    NotFoundError,
    RateLimitError,
)
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


def fake_driver(make_driver: MakeDriver, fake: FakeBeam, server: FakeBeamServer, **options: Any) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        **options,
    )


# -- one AsyncBeam, many event loops ------------------------------------------------------------------


def test_one_async_client_serves_successive_asyncio_runs(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    client = AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url)

    async def call() -> int:
        return (await client.request("GET", "/v2/user/me")).status_code

    assert [asyncio.run(call()) for _ in range(6)] == [200] * 6
    assert fake_beam.requests.count("POST", "/auth/access-token") == 1  # the token outlives the loops

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())


# -- the exceptions users read -------------------------------------------------------------------------


def test_tracebacks_name_the_public_exception_and_it_still_pickles(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = fake_driver(make_driver, fake_beam, fake_beam_server)
    with pytest.raises(NotFoundError) as excinfo:
        driver.invoke(lambda c: c.agent_tasks.get("no-such-task"))
    (line,) = traceback.format_exception_only(excinfo.value)
    assert line.startswith("beam_ai.NotFoundError: GET ")
    copy = pickle.loads(pickle.dumps(excinfo.value))
    assert type(copy) is NotFoundError and copy.status_code == 404 and str(copy) == str(excinfo.value)
    for package in (beam_ai, beam_ai.batch):
        for name in package.__all__:
            value = getattr(package, name)
            if isinstance(value, type) and issubclass(value, Exception):
                assert value.__module__ == package.__name__, name
                assert pickle.loads(pickle.dumps(value)) is value


def test_a_rate_limit_error_says_how_long_to_wait_and_how_often_it_was_retried(
    make_driver: MakeDriver,
) -> None:
    def always_429(request: httpx.Request) -> httpx.Response:
        return json_response(429, {"statusCode": 429, "message": "slow down"}, **{"retry-after": "2"})

    sleeps: list[float] = []
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(always_429).transport(),
        sleep=sleeps.append,
        max_retries=1,
    )
    with pytest.raises(RateLimitError) as excinfo:
        driver.request("GET", "/agent")
    error = excinfo.value
    assert (error.retry_after, error.retries) == (2.0, 1)
    assert "after 1 retry" in str(error) and "wait 2 s" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.retry_after, copy.retries, str(copy)) == (2.0, 1, str(error))
    with pytest.raises(RateLimitError, match=r"after 0 retries"):
        driver.request("GET", "/agent", max_retries=0)


# -- hostile token responses ---------------------------------------------------------------------------


def token_endpoint(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/access-token"):
            return httpx.Response(200, content=body, headers={"content-type": "application/json"})
        return json_response(200, {"ok": True})

    return handle


def test_a_token_response_nested_100000_deep_is_a_malformed_response(make_driver: MakeDriver) -> None:
    deep = b'{"idToken": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=httpx.MockTransport(token_endpoint(deep)),
    )
    with pytest.raises(APIResponseValidationError, match="idToken"):
        driver.request("GET", "/agent")


@pytest.mark.parametrize("token", ["id\x01token", "id token", "idtökén"])
def test_an_id_token_that_cannot_travel_in_a_header_never_reaches_an_error_message(
    make_driver: MakeDriver,
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    monkeypatch: pytest.MonkeyPatch,
    token: str,
) -> None:
    monkeypatch.setattr(fake_beam.tokens, "issue", lambda principal: {"idToken": token, "refreshToken": "rt"})
    driver = fake_driver(make_driver, fake_beam, fake_beam_server, max_retries=0)
    with pytest.raises(APIResponseValidationError) as excinfo:
        driver.request("GET", "/v2/user/me")
    text = f"{excinfo.value!s} {excinfo.value!r} {json.dumps(vars(excinfo.value), default=str)}"
    assert token not in text and token.encode("unicode_escape").decode() not in text
    assert fake_beam.requests.count("GET", "/v2/user/me") == 0


# -- headers and logs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["a\r\nx-injected: 1", "a\nb", "a\0b"])
def test_a_per_call_header_with_a_line_break_is_refused_before_sending(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, value: str
) -> None:
    driver = fake_driver(make_driver, fake_beam, fake_beam_server)
    with pytest.raises(BeamValidationError, match=r"headers\['x-trace'\]"):
        driver.request("GET", "/v2/user/me", headers={"x-trace": value})
    assert len(fake_beam.requests) == 0


def test_a_password_in_the_base_url_never_reaches_httpxs_own_log_line(
    make_driver: MakeDriver,
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = httpx.URL(fake_beam_server.url).copy_with(username="gw", password="gateway-secret")
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url, clock=fake_beam.clock.now
    )
    with caplog.at_level(logging.INFO, logger="httpx"):
        driver.request("GET", "/v2/user/me")
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert f'HTTP Request: GET {fake_beam_server.url}/v2/user/me "HTTP/1.1 200 OK"' in lines, lines
    assert not any("gateway-secret" in line for line in lines)
