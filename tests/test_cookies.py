"""The client keeps no cookies: a cookie set by a response (a proxy, a load balancer) is never replayed.

The Beam API authenticates with headers. A stored cookie would travel on every later request,
including those of a client derived for another workspace (they share the pool).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import Beam


def _handler(request: httpx.Request) -> httpx.Response:
    response = json_response(200, {"ok": True})
    response.headers["set-cookie"] = "AWSALB=sticky-session-123; Path=/"
    return response


def test_a_cookie_a_response_sets_is_not_sent_again(make_driver: Callable[..., Driver]) -> None:
    mock = MockBeam(_handler)
    driver = make_driver(
        api_key="bk-test", workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    driver.request("GET", "/agent")
    driver.derive(workspace_id="ws-other").request("GET", "/agent")
    driver.request("GET", "/agent")
    sent = mock.api_requests()
    assert len(sent) == 3
    assert [r.headers.get("cookie") for r in sent] == [None, None, None]


def test_setting_cookies_on_the_http_client_is_refused_with_what_to_do() -> None:
    beam = Beam(
        api_key="bk-test", workspace_id="ws", base_url=MOCK_BASE_URL, transport=MockBeam(_handler).transport()
    )
    assert len(beam.http.cookies) == 0
    with pytest.raises(TypeError, match="keeps no cookies"):
        beam.http.cookies = {"a": "b"}  # type: ignore[assignment]
    beam.close()
