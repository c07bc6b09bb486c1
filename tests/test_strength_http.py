"""The HTTP layer details the first mutation run showed unpinned: what a connection error says,
streaming responses stay streaming, and the merged-URL cache never sends a request to a stale base.
Both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import APIConnectionError, APITimeoutError

MakeDriver = Callable[..., Driver]


def _driver(
    make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response]
) -> tuple[Driver, MockBeam]:
    mock = MockBeam(handler)
    driver = make_driver(
        api_key="bm_key_fake_http",
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        auth_mode="api_key",
        transport=mock.transport(),
        max_retries=0,
    )
    return driver, mock


@pytest.mark.parametrize(
    ("method", "error", "expected"),
    [
        ("GET", httpx.ConnectError, f"GET {MOCK_BASE_URL}/agent failed: ConnectError: simulated"),
        ("GET", httpx.ReadTimeout, f"GET {MOCK_BASE_URL}/agent timed out: ReadTimeout: simulated"),
        (
            "POST",
            httpx.ReadError,
            f"POST {MOCK_BASE_URL}/agent failed: ReadError: simulated. The connection broke after the"
            " request was sent, so the outcome is unknown: the server may have acted on it. It was not"
            " retried; check its effect before sending it again.",
        ),
    ],
)
def test_a_connection_error_says_what_failed_and_whether_the_server_may_have_acted(
    make_driver: MakeDriver, method: str, error: type[httpx.TransportError], expected: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    driver, _ = _driver(make_driver, handler)
    with pytest.raises(APIConnectionError) as caught:
        driver.request(method, "/agent", json={} if method == "POST" else None)
    assert str(caught.value) == expected
    assert isinstance(caught.value, APITimeoutError) is (error is httpx.ReadTimeout)


class _TwoChunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in (b"first\n", b"second\n"):
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in (b"first\n", b"second\n"):
            self.sent += 1
            yield chunk


def test_a_streamed_response_is_handed_over_unread(make_driver: MakeDriver) -> None:
    body = _TwoChunks()
    driver, _ = _driver(make_driver, lambda request: httpx.Response(200, stream=body))
    http = driver.client.http

    if driver.kind == "sync":
        with http.stream("GET", "/agent-tasks/t1/updates") as response:
            assert body.sent == 0 and not response.is_stream_consumed  # nothing read before asked
            assert list(response.iter_lines()) == ["first", "second"]
        return

    async def scenario() -> tuple[int, list[str]]:
        async with http.stream("GET", "/agent-tasks/t1/updates") as response:
            before = body.sent
            return before, [line async for line in response.aiter_lines()]

    assert driver.invoke(lambda c: scenario()) == (0, ["first", "second"])


def test_each_path_goes_to_the_current_base_url_however_many_paths(make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver, lambda request: json_response(200, {}))
    http = driver.client.http
    paths = [f"/agent-tasks/task-{n}" for n in range(300)]  # more than the merged-URL cache holds
    for path in paths + paths[:3]:
        driver.request("GET", path)
    assert [str(r.url) for r in mock.requests] == [f"{MOCK_BASE_URL}{p}" for p in paths + paths[:3]]

    http.base_url = "https://api-2.beam.test"  # a new base: cached merges of the old one are void
    driver.request("GET", paths[0], workspace=False)
    assert str(mock.requests[-1].url) == f"https://api-2.beam.test{paths[0]}"
