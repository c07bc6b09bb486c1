"""Token renewal respects the caller and retries what is safe; its errors name the token request
(issue 12, Medium)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, json_response, make_jwt

from beam_ai import APITimeoutError, AsyncBeam, Beam, InternalServerError
from beam_ai._token_auth import jwt_expiry
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]
ACCESS = ("POST", "/auth/access-token")


def _fake_client(make_driver: MakeDriver, server: FakeBeamServer, **kwargs: Any) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        sleep=lambda s: None,
        **kwargs,
    )


def test_a_503_on_the_exchange_is_retried(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    fake_beam.faults.add("server_error", method="POST", path="/auth/access-token", status=503, times=1)
    driver = _fake_client(make_driver, fake_beam_server)
    assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count(*ACCESS) == 2


@pytest.mark.parametrize("where", ["client", "call"])
def test_max_retries_0_means_no_retry_of_the_exchange_either(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam, where: str
) -> None:
    fake_beam.faults.add("server_error", method="POST", path="/auth/access-token", status=503, times=1)
    driver = _fake_client(make_driver, fake_beam_server, **({"max_retries": 0} if where == "client" else {}))
    with pytest.raises(InternalServerError, match="/auth/access-token"):
        driver.request("GET", "/agent", **({"max_retries": 0} if where == "call" else {}))
    assert fake_beam.requests.count(*ACCESS) == 1


def test_a_timed_out_exchange_is_retried(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    fake_beam.faults.add("latency", method="POST", path="/auth/access-token", delay=1.0, times=1)
    driver = _fake_client(make_driver, fake_beam_server, timeout=0.2)
    assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count(*ACCESS) == 2


def test_a_timed_out_exchange_under_create_names_the_token_request(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    fake_beam.faults.add("latency", method="POST", path="/auth/access-token", delay=1.0, times=1)
    driver = _fake_client(make_driver, fake_beam_server, timeout=0.2, max_retries=0)
    client = driver.client
    with pytest.raises(APITimeoutError) as raised:
        if isinstance(client, Beam):
            client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="q")
        else:
            driver._run(client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="q"))
    error = raised.value
    assert error.outcome_unknown is False
    assert error.url.endswith("/auth/access-token")
    assert "POST /agent-tasks was not sent" in str(error) and "outcome is unknown" not in str(error)
    assert fake_beam.requests.count("POST", "/agent-tasks") == 0


# -- one renewal at a time: waiting bounded, failures shared ---------------------------------------------


class HeldExchange:
    """A mock API whose first token exchange hangs until released, then answers `status`."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.exchanges = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.async_release: asyncio.Event | None = None  # made on the test's event loop

    def _answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access-token":
            if self.status != 201:
                return json_response(self.status, {"statusCode": self.status, "message": "gateway down"})
            return json_response(201, {"idToken": make_jwt(time.time() + 600), "refreshToken": "rt"})
        return json_response(200, {"id": "u1"})

    def sync_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access-token":
            self.exchanges += 1
            if self.exchanges == 1:
                self.started.set()
                assert self.release.wait(3)
        return self._answer(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access-token":
            self.exchanges += 1
            if self.exchanges == 1:
                self.started.set()
                assert self.async_release is not None
                await asyncio.wait_for(self.async_release.wait(), 3)
        return self._answer(request)


def _sync_beam(mock: HeldExchange, **kwargs: Any) -> Beam:
    return Beam(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=httpx.MockTransport(mock.sync_handler),
        **kwargs,
    )


def _async_beam(mock: HeldExchange, **kwargs: Any) -> AsyncBeam:
    transport = httpx.MockTransport(mock.async_handler)
    return AsyncBeam(api_key="k", workspace_id="w", base_url=MOCK_BASE_URL, transport=transport, **kwargs)


def test_waiting_behind_a_hung_exchange_is_bounded_by_the_callers_timeout_sync() -> None:
    mock = HeldExchange(201)
    with _sync_beam(mock) as beam, ThreadPoolExecutor(1) as pool:
        first = pool.submit(beam.request, "GET", "/user")
        assert mock.started.wait(10)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="token renewal") as raised:
            beam.request("GET", "/user", timeout=0.3)
        waited = time.monotonic() - started
        mock.release.set()
        assert first.result(10).status_code == 200
    assert 0.25 <= waited < 0.8
    assert raised.value.outcome_unknown is False


def test_waiting_behind_a_hung_exchange_is_bounded_by_the_callers_timeout_async() -> None:
    mock = HeldExchange(201)

    async def scenario() -> tuple[float, BaseException | None]:
        mock.async_release = asyncio.Event()
        async with _async_beam(mock) as beam:
            first = asyncio.create_task(beam.request("GET", "/user"))
            while not mock.started.is_set():
                await asyncio.sleep(0)
            started = time.monotonic()
            failure: BaseException | None = None
            try:
                await asyncio.wait_for(beam.request("GET", "/user", timeout=0.3), 2)
            except (APITimeoutError, TimeoutError) as error:
                failure = error
            waited = time.monotonic() - started
            mock.async_release.set()
            assert (await first).status_code == 200
            return waited, failure

    waited, failure = asyncio.run(scenario())
    assert isinstance(failure, APITimeoutError) and "token renewal" in str(failure)
    assert 0.25 <= waited < 0.8


def test_a_failed_renewal_fails_its_waiters_together_async() -> None:
    mock = HeldExchange(503)

    async def scenario() -> list[BaseException | httpx.Response]:
        mock.async_release = asyncio.Event()
        async with _async_beam(mock, max_retries=0) as beam:
            first = asyncio.create_task(beam.request("GET", "/user"))
            while not mock.started.is_set():
                await asyncio.sleep(0)
            waiters = [asyncio.create_task(beam.request("GET", "/user")) for _ in range(5)]
            for _ in range(20):
                await asyncio.sleep(0)  # let every waiter reach the renewal lock
            mock.async_release.set()
            return await asyncio.gather(first, *waiters, return_exceptions=True)

    results = asyncio.run(scenario())
    assert all(isinstance(r, InternalServerError) for r in results), results
    assert mock.exchanges == 1  # before: each waiter sent its own exchange after the one before failed


def test_a_failed_renewal_fails_its_waiters_together_sync() -> None:
    mock = HeldExchange(503)
    with _sync_beam(mock, max_retries=0) as beam, ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(beam.request, "GET", "/user")]
        assert mock.started.wait(10)
        futures += [pool.submit(beam.request, "GET", "/user") for _ in range(5)]
        # Give the five threads time to block on the renewal lock (a wait for threads, not for the API).
        threading.Event().wait(0.2)
        mock.release.set()
        errors = [future.exception(10) for future in futures]
    assert all(isinstance(e, InternalServerError) for e in errors), errors
    assert mock.exchanges == 1


def test_a_jwt_exp_too_large_for_a_float_means_no_expiry() -> None:
    token = make_jwt(None)
    header, _, signature = token.split(".")
    import base64

    payload = base64.urlsafe_b64encode(b'{"exp": 1' + b"0" * 400 + b"}").rstrip(b"=").decode()
    assert jwt_expiry(f"{header}.{payload}.{signature}") is None


class LockedCache:
    """A minimal in-memory TokenCache whose lock the test can inspect."""

    def __init__(self) -> None:
        self.guard = threading.Lock()
        self.tokens: dict[str, Any] = {}

    def lock(self, key: str) -> threading.Lock:
        return self.guard

    def get(self, key: str) -> Any:
        return self.tokens.get(key)

    def put(self, key: str, token: Any) -> None:
        self.tokens[key] = token


def test_a_failed_exchange_releases_a_shared_caches_lock_at_once(make_driver: MakeDriver) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    cache = LockedCache()
    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=httpx.MockTransport(handle),
        token_cache=cache,
        max_retries=0,
    )
    with pytest.raises(Exception) as raised:  # kept alive: its traceback holds the flow's frames
        driver.request("GET", "/agent")
    assert "auth/access-token" in str(raised.value)
    assert not cache.guard.locked()  # released by closing the renewal, not left to the garbage collector
