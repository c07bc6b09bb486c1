"""TokenExchangeAuth as an `httpx.Auth`: construction, locks under 200 callers, one-shot bodies,
where credentials may go, and logs. Every case has a sync and an async test. Time moves with the
fake's FakeClock, never by sleeping.

The renewal scenarios (exchange, refresh, 401, fallback) run through `Beam` and `AsyncBeam` in
tests/test_token_auth_scenarios.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from beam_ai._errors import BeamConfigError
from beam_ai._token_auth import TokenExchangeAuth, jwt_expiry
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

WS = {"current-workspace-id": FAKE_WORKSPACE_ID}
ACCESS = ("POST", "/auth/access-token")
REFRESH = ("POST", "/auth/refresh-token")
AGENTS = ("GET", "/agent")


def _auth(server: FakeBeamServer, clock: Callable[[], float], **kwargs: Any) -> TokenExchangeAuth:
    return TokenExchangeAuth(FAKE_API_KEY, base_url=server.url, clock=clock, **kwargs)


def _client(server: FakeBeamServer, fake: FakeBeam, **kwargs: Any) -> httpx.Client:
    auth = kwargs.pop("auth", None) or _auth(server, fake.clock.now)
    return httpx.Client(base_url=server.url, auth=auth, headers=WS, **kwargs)


def _aclient(server: FakeBeamServer, fake: FakeBeam, **kwargs: Any) -> httpx.AsyncClient:
    auth = kwargs.pop("auth", None) or _auth(server, fake.clock.now)
    return httpx.AsyncClient(base_url=server.url, auth=auth, headers=WS, **kwargs)


def _jwt(claims: dict[str, Any]) -> str:
    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{b64({'alg': 'none'})}.{b64(claims)}.c2ln"


class FakeTokens:
    """A MockTransport handler: token endpoints issue numbered tokens, API routes answer `api_status`."""

    def __init__(
        self, *, make_token: Callable[[int], str] = lambda n: f"opaque-token-{n}", api_status: int = 200
    ):
        self.make_token = make_token
        self.api_status = api_status
        self.refresh_status = 201
        self.exchange_status = 201
        self.seen: list[httpx.Request] = []
        self.authorizations: list[str | None] = []  # as sent (a resent request is the same object)
        self.issued = 0

    def count(self, path: str) -> int:
        return sum(1 for r in self.seen if r.url.path.endswith(path))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        self.authorizations.append(request.headers.get("authorization"))
        path = request.url.path
        if path.endswith("/auth/access-token") or path.endswith("/auth/refresh-token"):
            status = self.exchange_status if path.endswith("access-token") else self.refresh_status
            if status >= 400:
                return httpx.Response(status, json={"statusCode": status, "message": "Invalid"})
            self.issued += 1
            return httpx.Response(
                201, json={"idToken": self.make_token(self.issued), "refreshToken": f"rt-{self.issued}"}
            )
        return httpx.Response(self.api_status, json={"ok": request.headers.get("authorization")})


# -- construction, repr, helpers --------------------------------------------------------------------


@pytest.mark.parametrize("key", ["", "   "])
def test_blank_api_key_is_a_value_error_naming_api_key(key: str) -> None:
    with pytest.raises(ValueError, match="api_key"):
        TokenExchangeAuth(key, base_url="https://api.beamstudio.ai")


def test_repr_shows_no_secret() -> None:
    auth = TokenExchangeAuth("bm_key_fake_supersecret", base_url="https://user:pw@api.beamstudio.ai")
    assert repr(auth) == "TokenExchangeAuth(api_key='***', base_url='https://api.beamstudio.ai')"
    assert auth.expires_at is None


def test_jwt_expiry_reads_exp_and_tolerates_garbage() -> None:
    assert jwt_expiry(_jwt({"exp": 1234})) == 1234.0
    assert jwt_expiry(_jwt({"sub": "x"})) is None
    assert jwt_expiry(_jwt({"exp": True})) is None
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry("a.!!!.c") is None


def test_token_endpoints_keep_a_base_url_path_prefix_and_carry_no_authorization() -> None:
    tokens = FakeTokens()
    auth = TokenExchangeAuth("k", base_url="https://api.example.com/v2", clock=lambda: 1000.0)
    timeout = httpx.Timeout(7.0)
    with httpx.Client(
        base_url="https://api.example.com/v2",
        auth=auth,
        transport=httpx.MockTransport(tokens),
        timeout=timeout,
    ) as client:
        assert client.get("/agent").status_code == 200
    exchange, api = tokens.seen
    assert str(exchange.url) == "https://api.example.com/v2/auth/access-token"
    assert "authorization" not in exchange.headers
    assert json.loads(exchange.content) == {"apiKey": "k"}
    assert exchange.extensions["timeout"] == timeout.as_dict()  # the token request is not unbounded
    assert api.headers["authorization"] == "Bearer opaque-token-1"


# -- a request answered 401 is resent with the same body ----------------------------------------


def test_resend_carries_the_same_request_body() -> None:
    tokens = FakeTokens(api_status=401)
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/agent-tasks":
            bodies.append(request.read())
        return tokens(request)

    auth = TokenExchangeAuth("k", base_url="https://x.test", clock=lambda: 0.0)
    with httpx.Client(base_url="https://x.test", auth=auth, transport=httpx.MockTransport(handler)) as client:
        client.post("/agent-tasks", content=iter([b'{"agentId":', b' "a"}']))  # a one-shot stream
    assert bodies == [b'{"agentId": "a"}'] * 2


def test_resend_carries_the_same_request_body_async() -> None:
    tokens = FakeTokens(api_status=401)
    bodies: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/agent-tasks":
            bodies.append(await request.aread())
        return tokens(request)

    async def one_shot() -> AsyncIterator[bytes]:
        yield b'{"agentId":'
        yield b' "a"}'

    async def scenario() -> None:
        auth = TokenExchangeAuth("k", base_url="https://x.test", clock=lambda: 0.0)
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(base_url="https://x.test", auth=auth, transport=transport) as client:
            await client.post("/agent-tasks", content=one_shot())

    asyncio.run(scenario())
    assert bodies == [b'{"agentId": "a"}'] * 2


# -- 200 callers at expiry -> exactly one refresh --------------------------------------------------

CALLERS = 200
# One pooled connection per thread. With fewer, httpcore's sync pool can close a connection it has just
# handed to another waiting thread (encode/httpcore#1110: ReadError "Bad file descriptor" or a hang),
# which has nothing to do with auth; reproduced here with plain x-api-key requests too.
THREAD_LIMITS = httpx.Limits(max_connections=CALLERS, max_keepalive_connections=CALLERS)


def test_concurrent_threads_at_expiry_refresh_once(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with _client(fake_beam_server, fake_beam, limits=THREAD_LIMITS) as client:
        client.get("/agent")
        fake_beam.advance(fake_beam.token_ttl + 1)
        with ThreadPoolExecutor(max_workers=CALLERS) as pool:
            statuses = list(pool.map(lambda _: client.get("/agent").status_code, range(CALLERS)))
    assert statuses == [200] * CALLERS
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1
    assert fake_beam.requests.count(*AGENTS) == CALLERS + 1


def test_concurrent_tasks_at_expiry_refresh_once(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    async def scenario() -> list[int]:
        async with _aclient(fake_beam_server, fake_beam) as client:
            await client.get("/agent")
            fake_beam.advance(fake_beam.token_ttl + 1)
            responses = await asyncio.gather(*(client.get("/agent") for _ in range(CALLERS)))
            return [r.status_code for r in responses]

    assert asyncio.run(scenario()) == [200] * CALLERS
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1
    assert fake_beam.requests.count(*AGENTS) == CALLERS + 1


def test_concurrent_threads_hitting_server_401_refresh_once(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    frozen = fake_beam.clock.now()  # only the server sees the token expire: every caller may get a 401
    auth = _auth(fake_beam_server, lambda: frozen)
    with _client(fake_beam_server, fake_beam, auth=auth, limits=THREAD_LIMITS) as client:
        client.get("/agent")
        fake_beam.advance(fake_beam.token_ttl + 1)
        with ThreadPoolExecutor(max_workers=CALLERS) as pool:
            statuses = list(pool.map(lambda _: client.get("/agent").status_code, range(CALLERS)))
    assert statuses == [200] * CALLERS
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1


def test_concurrent_tasks_hitting_server_401_refresh_once(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    frozen = fake_beam.clock.now()

    async def scenario() -> list[int]:
        async with _aclient(
            fake_beam_server, fake_beam, auth=_auth(fake_beam_server, lambda: frozen)
        ) as client:
            await client.get("/agent")
            fake_beam.advance(fake_beam.token_ttl + 1)
            responses = await asyncio.gather(*(client.get("/agent") for _ in range(CALLERS)))
            return [r.status_code for r in responses]

    assert asyncio.run(scenario()) == [200] * CALLERS
    assert fake_beam.requests.count(*REFRESH) == 1
    assert fake_beam.requests.count(*ACCESS) == 1


# -- plain http to a non-loopback host is refused before anything is sent ---------------------------


def test_plain_http_to_a_remote_host_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    auth = TokenExchangeAuth("k", base_url="http://api.example.com")
    client = httpx.Client(base_url="http://api.example.com", auth=auth, transport=transport)
    with client, pytest.raises(BeamConfigError, match=r"http://api\.example\.com"):
        client.get("/agent")
    assert sent == []


def test_plain_http_to_a_remote_host_is_refused_before_sending_async() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    auth = TokenExchangeAuth("k", base_url="http://api.example.com")

    async def scenario() -> None:
        async with httpx.AsyncClient(
            base_url="http://api.example.com", auth=auth, transport=transport
        ) as client:
            await client.get("/agent")

    with pytest.raises(BeamConfigError, match=r"http://api\.example\.com"):
        asyncio.run(scenario())
    assert sent == []


def test_the_token_goes_only_to_the_api_host() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    auth = TokenExchangeAuth("k", base_url="https://tokens.example.com")
    with httpx.Client(base_url="https://api.example.com", auth=auth, transport=transport) as client:
        client.get("/agent")
    (request,) = sent  # no token exchange for a foreign host, and no credentials on the request
    assert "authorization" not in request.headers


# -- no secret in reprs or log records --------------------------------------------------------------


def _secrets_seen_on_the_wire(responses: list[httpx.Response]) -> list[str]:
    values = [FAKE_API_KEY]
    for response in responses:
        body = response.json()
        values += [body["idToken"], body["refreshToken"]]
    return values


def _assert_no_secret_logged(
    caplog: pytest.LogCaptureFixture, secrets: list[str], auth: TokenExchangeAuth
) -> None:
    assert len(secrets) == 5  # the key, and two pairs: exchange + refresh
    messages = [record.getMessage() for record in caplog.records]
    assert any("exchanged API key for a token valid 600 s" in m for m in messages)
    assert any("refreshing token" in m for m in messages)
    logged = "\n".join(messages + [repr(record.__dict__) for record in caplog.records])
    for secret in secrets:
        assert secret not in logged
        assert secret not in repr(auth)


def test_no_secret_in_repr_or_logs(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam, caplog: pytest.LogCaptureFixture
) -> None:
    token_responses: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        if response.request.url.path.startswith("/auth/"):
            response.read()
            token_responses.append(response)

    caplog.set_level(logging.DEBUG)
    auth = _auth(fake_beam_server, fake_beam.clock.now)
    with _client(fake_beam_server, fake_beam, auth=auth, event_hooks={"response": [keep]}) as client:
        client.get("/agent")
        fake_beam.advance(fake_beam.token_ttl)
        client.get("/agent")
    _assert_no_secret_logged(caplog, _secrets_seen_on_the_wire(token_responses), auth)


def test_no_secret_in_repr_or_logs_async(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam, caplog: pytest.LogCaptureFixture
) -> None:
    token_responses: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        if response.request.url.path.startswith("/auth/"):
            await response.aread()
            token_responses.append(response)

    caplog.set_level(logging.DEBUG)
    auth = _auth(fake_beam_server, fake_beam.clock.now)

    async def scenario() -> None:
        async with _aclient(
            fake_beam_server, fake_beam, auth=auth, event_hooks={"response": [keep]}
        ) as client:
            await client.get("/agent")
            fake_beam.advance(fake_beam.token_ttl)
            await client.get("/agent")

    asyncio.run(scenario())
    _assert_no_secret_logged(caplog, _secrets_seen_on_the_wire(token_responses), auth)
