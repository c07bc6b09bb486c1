"""Token auth as users meet it: `Beam` and `AsyncBeam` alike (the `make_driver` fixture), token mode.

Exchange once, refresh before `exp` (or a fallback lifetime), refresh and resend once on a server
401, fall back to a new exchange when the refresh is refused, and fail with `AuthenticationError`
without a loop or the key in it. The fake's FakeClock moves time; MockTransport scripts what the
fake cannot do (opaque tokens, a refresh endpoint that fails with 503). The lock-level cases
(200 callers at once, one-shot bodies) stay in tests/test_token_auth.py.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver

from beam_ai import AuthenticationError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]
ACCESS = ("POST", "/auth/access-token")
REFRESH = ("POST", "/auth/refresh-token")
AGENTS = ("GET", "/agent")
BAD_KEY = "bm_key_this-is-not-a-real-key-0123456789"


@pytest.fixture
def on_fake(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> Callable[..., Driver]:
    """A driver in token mode against the fake; the fake's clock unless `clock=` says otherwise."""

    def make(**overrides: Any) -> Driver:
        options: dict[str, Any] = {
            "api_key": FAKE_API_KEY,
            "workspace_id": FAKE_WORKSPACE_ID,
            "base_url": fake_beam_server.url,
            "clock": fake_beam.clock.now,
            **overrides,
        }
        return make_driver(**options)

    return make


def auth_of(driver: Driver) -> Any:
    return driver.client._auth  # type: ignore[union-attr]


def test_first_call_exchanges_once_then_reuses(on_fake: Callable[..., Driver], fake_beam: FakeBeam) -> None:
    driver = on_fake()
    for _ in range(3):
        assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count(*ACCESS) == 1
    assert fake_beam.requests.count(*REFRESH) == 0
    assert fake_beam.requests.count(*AGENTS) == 3
    exchange = fake_beam.requests.filter(*ACCESS)[0]
    assert "authorization" not in exchange.headers and "x-api-key" not in exchange.headers
    assert all(r.headers["authorization"] == "Bearer ***" for r in fake_beam.requests.filter(*AGENTS))


def test_refreshes_shortly_before_exp(on_fake: Callable[..., Driver], fake_beam: FakeBeam) -> None:
    driver = on_fake()  # refresh margin 60 s
    driver.request("GET", "/agent")
    assert auth_of(driver).expires_at == fake_beam.clock.now() + fake_beam.token_ttl  # read from the JWT
    fake_beam.advance(fake_beam.token_ttl - 61)
    driver.request("GET", "/agent")
    assert fake_beam.requests.count(*REFRESH) == 0
    fake_beam.advance(2)  # now 59 s before exp: inside the margin
    assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1
    assert [r.status for r in fake_beam.requests.filter(*AGENTS)] == [200] * 3  # refreshed before, no 401


def test_server_401_refreshes_once_and_resends(on_fake: Callable[..., Driver], fake_beam: FakeBeam) -> None:
    frozen = fake_beam.clock.now()  # the client's clock stays put; the server's token expires
    driver = on_fake(clock=lambda: frozen)
    assert driver.request("GET", "/agent").status_code == 200
    fake_beam.advance(fake_beam.token_ttl + 1)
    assert driver.request("GET", "/agent").status_code == 200
    assert [r.status for r in fake_beam.requests.filter(*AGENTS)] == [200, 401, 200]
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1


def test_refused_refresh_falls_back_to_exchange(on_fake: Callable[..., Driver], fake_beam: FakeBeam) -> None:
    driver = on_fake()
    driver.request("GET", "/agent")
    fake_beam.tokens.reset(fake_beam.token_ttl)  # the server forgets every refresh token
    fake_beam.advance(fake_beam.token_ttl)
    assert driver.request("GET", "/agent").status_code == 200
    assert [r.status for r in fake_beam.requests.filter(*REFRESH)] == [401]
    assert [r.status for r in fake_beam.requests.filter(*ACCESS)] == [201, 201]
    assert [r.status for r in fake_beam.requests.filter(*AGENTS)] == [200, 200]


def test_bad_api_key_raises_authentication_error_without_the_key(
    on_fake: Callable[..., Driver], fake_beam: FakeBeam
) -> None:
    driver = on_fake(api_key=BAD_KEY)
    with pytest.raises(AuthenticationError) as info:
        driver.request("GET", "/agent")
    error = info.value
    assert error.status_code == 401 and error.url.endswith("/auth/access-token")
    assert "Invalid API key" in str(error)
    for text in (str(error), repr(error), repr(error.args), error.request.content.decode(), repr(error.body)):
        assert BAD_KEY not in text
    assert fake_beam.requests.count(*AGENTS) == 0


# -- scripted token endpoints -------------------------------------------------------------------------


def _jwt(claims: dict[str, Any]) -> str:
    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{b64({'alg': 'none'})}.{b64(claims)}.c2ln"


class Tokens:
    """MockTransport handler: numbered tokens from `make_token`, API routes answer `api_status`."""

    def __init__(self, make_token: Callable[[int], str] = lambda n: f"opaque-token-{n}") -> None:
        self.make_token = make_token
        self.api_status = 200
        self.refresh_status = 201
        self.issued = 0
        self.seen: list[tuple[str, str | None]] = []  # (path, authorization) as sent

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.seen.append((path, request.headers.get("authorization")))
        if path == "/auth/refresh-token" and self.refresh_status >= 400:
            return httpx.Response(
                self.refresh_status, json={"statusCode": self.refresh_status, "message": "no"}
            )
        if path.startswith("/auth/"):
            self.issued += 1
            return httpx.Response(
                201, json={"idToken": self.make_token(self.issued), "refreshToken": f"rt-{self.issued}"}
            )
        return httpx.Response(self.api_status, json={"ok": request.headers.get("authorization")})

    @property
    def paths(self) -> list[str]:
        return [path for path, _ in self.seen]


def _scripted(make_driver: MakeDriver, tokens: Tokens, now: list[float]) -> Driver:
    return make_driver(
        api_key="bm_key_fake_scripted",
        workspace_id=FAKE_WORKSPACE_ID,
        base_url="https://api.beam.test",
        transport=httpx.MockTransport(tokens),
        clock=lambda: now[0],
        max_retries=0,
    )


def test_token_without_exp_uses_fallback_lifetime(make_driver: MakeDriver) -> None:
    now = [1_000_000.0]
    driver = _scripted(make_driver, tokens := Tokens(), now)
    driver.request("GET", "/agent")
    assert auth_of(driver).expires_at == 1_000_600.0  # 10 minutes assumed
    now[0] += 539
    assert driver.request("GET", "/agent").json() == {"ok": "Bearer opaque-token-1"}
    now[0] += 2  # 59 s left
    assert driver.request("GET", "/agent").json() == {"ok": "Bearer opaque-token-2"}
    assert (tokens.paths.count("/auth/access-token"), tokens.paths.count("/auth/refresh-token")) == (1, 1)


def test_short_lived_token_is_not_renewed_on_every_request(make_driver: MakeDriver) -> None:
    now = [1_000_000.0]
    tokens = Tokens(make_token=lambda n: _jwt({"exp": now[0] + 30}))
    driver = _scripted(make_driver, tokens, now)
    driver.request("GET", "/agent")
    now[0] += 14
    driver.request("GET", "/agent")
    assert tokens.issued == 1  # the 60 s margin is capped at half the 30 s lifetime
    now[0] += 2
    driver.request("GET", "/agent")
    assert tokens.issued == 2


def test_refresh_server_error_also_falls_back_to_exchange(make_driver: MakeDriver) -> None:
    now = [1_000_000.0]
    tokens = Tokens()
    tokens.refresh_status = 503
    driver = _scripted(make_driver, tokens, now)
    driver.request("GET", "/agent")
    auth_of(driver).invalidate()
    assert auth_of(driver).expires_at is None
    assert driver.request("GET", "/agent").json() == {"ok": "Bearer opaque-token-2"}
    assert tokens.paths == [
        "/auth/access-token",
        "/agent",
        "/auth/refresh-token",
        "/auth/access-token",
        "/agent",
    ]


def test_second_401_raises_authentication_error_without_a_loop(make_driver: MakeDriver) -> None:
    now = [1_000_000.0]
    tokens = Tokens()
    tokens.api_status = 401
    driver = _scripted(make_driver, tokens, now)
    with pytest.raises(AuthenticationError) as info:
        driver.request("GET", "/agent")
    assert info.value.status_code == 401 and info.value.url.endswith("/agent")
    assert tokens.seen == [
        ("/auth/access-token", None),
        ("/agent", "Bearer opaque-token-1"),
        ("/auth/refresh-token", None),
        ("/agent", "Bearer opaque-token-2"),
    ]
