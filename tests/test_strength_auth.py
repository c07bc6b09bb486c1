"""Credentials and tokens where a user would notice a leak: in errors, and on other origins.

Both clients, both auth modes. The secrets suite checks calls that succeed and reprs; these check a
call that fails after a token exchange or refresh, and URLs that differ from the API only by port
or scheme.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from drivers import Driver

from beam_ai import PermissionDeniedError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FOREIGN_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


def _tokens_issued(fake: FakeBeam) -> int:
    return fake.requests.count("POST", "/auth/access-token") + fake.requests.count(
        "POST", "/auth/refresh-token"
    )


def _assert_no_token_in(error: PermissionDeniedError, secrets: list[str]) -> None:
    history = error.response.history
    assert [r.request.url.path for r in history if r.request.url.path.startswith("/auth/")] == []
    texts = [r.text for r in history] + [error.response.text, str(error), repr(error.body)]
    assert [s[:10] for s in secrets for text in texts if s in text] == []


def test_a_failing_call_right_after_a_token_exchange_or_refresh_carries_no_token(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FOREIGN_WORKSPACE_ID,  # the key's user is not a member: every call is a 403
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )
    with pytest.raises(PermissionDeniedError) as after_exchange:
        driver.request("GET", "/agent")  # exchanges the key for tokens, then the call fails
    assert _tokens_issued(fake_beam) == 1
    auth = driver.client._auth  # type: ignore[union-attr]
    secrets = [FAKE_API_KEY, auth._token.id_token, auth._token.refresh_token]
    _assert_no_token_in(after_exchange.value, secrets)

    fake_beam.advance(fake_beam.token_ttl + 1)
    with pytest.raises(PermissionDeniedError) as after_refresh:
        driver.request("GET", "/agent")  # refreshes the expired token, then the call fails
    assert fake_beam.requests.count("POST", "/auth/refresh-token") == 1
    secrets += [auth._token.id_token, auth._token.refresh_token]
    _assert_no_token_in(after_refresh.value, secrets)


# -- credentials go only to the API's own origin: scheme, host and port ----------------------------

API = "https://api.beam.test"


@pytest.mark.parametrize("auth_mode", ["token", "api_key"])
@pytest.mark.parametrize(
    "url",
    [
        "https://api.beam.test:8443/files/report.pdf",  # same host, another port
        "http://api.beam.test/files/report.pdf",  # same host, the other scheme
        "https://cdn.beam.test/files/report.pdf",  # another host
    ],
    ids=["other-port", "other-scheme", "other-host"],
)
def test_credentials_stay_on_the_api_origin_including_its_port(
    make_driver: MakeDriver, auth_mode: str, url: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/auth/access-token":
            return httpx.Response(201, json={"idToken": "id-token-fake", "refreshToken": "rt-fake"})
        return httpx.Response(200, json={})

    driver = make_driver(
        api_key="bm_key_fake_origin",
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=API,
        auth_mode=auth_mode,
        transport=httpx.MockTransport(handler),
    )
    driver.request("GET", url, workspace=False)
    [foreign] = seen  # no token exchange for it either
    assert str(foreign.url) == url
    assert "authorization" not in foreign.headers and "x-api-key" not in foreign.headers

    driver.request("GET", f"{API}:443/agent")  # the API itself, its default port spelled out
    own = seen[-1]
    assert own.headers.get("authorization") == "Bearer id-token-fake" or (
        own.headers.get("x-api-key") == "bm_key_fake_origin"
    )
