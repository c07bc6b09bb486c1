"""Secrets off the happy path (issue 12, Low): a password in the base URL, redirects a user switched
on, and proxies that would carry credentials in clear text off the machine."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from drivers import Driver
from mock_api import MockBeam, json_response

from beam_ai import APIResponseValidationError, AsyncBeam, Beam, BeamConfigError, InternalServerError

MakeDriver = Callable[..., Driver]
PASSWORD = "hunter2-gateway-password"
USERINFO_URL = f"https://gw:{PASSWORD}@api.beam.test"


def test_a_password_in_the_base_url_never_shows(
    make_driver: MakeDriver, caplog: pytest.LogCaptureFixture
) -> None:
    mock = MockBeam(lambda request: json_response(503, {"message": "down"}))
    driver = make_driver(
        api_key="k", workspace_id="w", base_url=USERINFO_URL, transport=mock.transport(), sleep=lambda s: None
    )
    caplog.set_level(logging.DEBUG, logger="beam_ai")
    with pytest.raises(InternalServerError) as raised:
        driver.request("GET", "/user")
    client = driver.client
    shown = [
        repr(client),
        repr(client.raw),
        repr(client._credentials),
        str(raised.value),
        raised.value.url,
        caplog.text,
    ]
    assert all(PASSWORD not in text for text in shown), shown
    assert "GET https://api.beam.test/user -> 503" in str(raised.value)  # no userinfo: it is never sent
    assert len(mock.api_requests()) == 3  # it was retried and logged: the logs were exercised
    assert caplog.text.count("GET /user operation=- status=503") == 3  # one line per attempt (BEAM_LOG)
    assert "GET https://api.beam.test/user attempt=3 request headers=" in caplog.text  # DEBUG


@pytest.mark.parametrize("auth_mode", ["token", "api_key"])
def test_a_cross_origin_redirect_carries_no_credentials_or_workspace(
    make_driver: MakeDriver, auth_mode: str
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.beam.test":
            return httpx.Response(302, headers={"location": "https://elsewhere.test/landing"})
        return json_response(200, {"ok": True})

    mock = MockBeam(handle)
    driver = make_driver(
        api_key="k-secret",
        workspace_id="ws-1",
        base_url="https://api.beam.test",
        auth_mode=auth_mode,
        transport=mock.transport(),
    )
    driver.client.http.follow_redirects = True  # a user switched redirects on
    response = driver.request("GET", "/user")
    assert response.status_code == 200
    first, hop = mock.api_requests()
    assert first.url.host == "api.beam.test" and "current-workspace-id" in first.headers
    assert hop.url.host == "elsewhere.test"
    for name in ("authorization", "x-api-key", "current-workspace-id"):
        assert name not in hop.headers, name


@pytest.mark.parametrize("cls", [Beam, AsyncBeam])
def test_a_plain_http_target_through_a_remote_proxy_is_refused(cls: type[Beam] | type[AsyncBeam]) -> None:
    with pytest.raises(BeamConfigError, match="proxy"):
        cls(
            api_key="k",
            workspace_id="w",
            base_url="http://127.0.0.1:8000",
            proxy="http://proxy.corp.test:3128",
        )
    # Allowed: https through any proxy (tunnelled), and plain http through a proxy on this machine.
    cls(api_key="k", workspace_id="w", base_url="https://api.beam.test", proxy="http://proxy.corp.test:3128")
    cls(api_key="k", workspace_id="w", base_url="http://127.0.0.1:8000", proxy="http://127.0.0.1:3128")


@pytest.mark.parametrize("token", ["sekrit\r\nX-Injected: 1", "sekrit\nmore", "sekrit\x00"])
def test_a_token_that_cannot_travel_in_a_header_is_refused_without_echoing(
    make_driver: MakeDriver, token: str
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access-token":
            return httpx.Response(201, json={"idToken": token, "refreshToken": "rt-secret"})
        return json_response(200, {})

    transport = httpx.MockTransport(handle)
    driver = make_driver(
        api_key="k", workspace_id="w", base_url="https://api.beam.test", transport=transport, max_retries=0
    )
    with pytest.raises(APIResponseValidationError) as raised:
        driver.request("GET", "/agent")
    error = raised.value
    shown = [str(error), repr(error.body), repr(error.response.content)]
    assert all("sekrit" not in text and "rt-secret" not in text for text in shown), shown
