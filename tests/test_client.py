"""Client construction and scoping: configuration, auth modes, workspace, timeouts, TLS, http refusal."""

from __future__ import annotations

import ssl
from collections.abc import Callable

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

import beam_ai_api.api.agents.list_agents as list_agents
from beam_ai import AsyncBeam, Beam, BeamConfigError, NotFoundError
from beam_ai._config import environment_proxy
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FOREIGN_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


@pytest.fixture
def no_beam_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BEAM_API_KEY", "BEAM_WORKSPACE_ID", "BEAM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def _agents_ok(request: httpx.Request) -> httpx.Response:
    return json_response(200, {"agents": [], "count": 0})


# -- configuration -----------------------------------------------------------------------------------


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", "ws-env")
    monkeypatch.setenv("BEAM_BASE_URL", "https://beam.example.com/api")
    beam = Beam()
    assert beam.workspace_id == "ws-env"
    assert str(beam.base_url) == "https://beam.example.com/api/"
    assert beam.with_workspace("ws-arg").workspace_id == "ws-arg"
    assert Beam(workspace_id="ws-arg", base_url="https://other.example.com").workspace_id == "ws-arg"


def test_default_base_url_is_production(no_beam_env: None) -> None:
    url = Beam(api_key=FAKE_API_KEY, workspace_id="ws").base_url
    assert (url.scheme, url.host, url.path) == ("https", "api.beamstudio.ai", "/")


@pytest.mark.parametrize(
    ("kwargs", "variable"),
    [
        ({"workspace_id": "ws"}, "BEAM_API_KEY"),
        ({"api_key": FAKE_API_KEY}, "BEAM_WORKSPACE_ID"),
        ({"api_key": "  ", "workspace_id": "ws"}, "BEAM_API_KEY"),
        ({"api_key": FAKE_API_KEY, "workspace_id": ""}, "BEAM_WORKSPACE_ID"),
    ],
)
@pytest.mark.parametrize("client_class", [Beam, AsyncBeam])
def test_missing_credentials_fail_at_construction_naming_the_variable(
    no_beam_env: None, client_class: type[Beam] | type[AsyncBeam], kwargs: dict[str, str], variable: str
) -> None:
    with pytest.raises(BeamConfigError, match=variable):
        client_class(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [{"auth_mode": "oauth"}, {"max_retries": -1}, {"max_retries": True}])
def test_bad_options_fail_at_construction(bad: dict[str, object]) -> None:
    with pytest.raises(BeamConfigError):
        Beam(api_key=FAKE_API_KEY, workspace_id="ws", **bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://api.beamstudio.ai", "http://10.0.0.5:8080", "ftp://example.com"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(BeamConfigError, match="refusing to send credentials"):
        Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=url).base_url.scheme == "http"


@pytest.mark.parametrize("auth_mode", ["token", "api_key"])
@pytest.mark.parametrize(
    "url", ["http://elsewhere.example.com/file", "https://bucket.example.com/file?sig=1"]
)
def test_credentials_go_only_to_the_api_host(make_driver: MakeDriver, auth_mode: str, url: str) -> None:
    mock = MockBeam(_agents_ok)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        auth_mode=auth_mode,
        transport=mock.transport(),
    )
    driver.request("GET", url, workspace=False)
    driver.request("GET", "/agent")
    foreign, own = mock.api_requests()
    assert "authorization" not in foreign.headers and "x-api-key" not in foreign.headers
    assert "authorization" in own.headers or "x-api-key" in own.headers


def test_tls_verification_is_on_for_the_default_pool() -> None:
    beam = Beam(api_key=FAKE_API_KEY, workspace_id="ws")
    pool = beam.http._transport.inner._pools.get()._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
    assert pool._ssl_context.check_hostname is True


def test_proxies_come_from_the_standard_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "internal.corp")
    assert environment_proxy(httpx.URL("https://api.beamstudio.ai")) == "http://proxy.corp:3128"
    assert environment_proxy(httpx.URL("https://beam.internal.corp")) is None
    assert environment_proxy(httpx.URL("http://127.0.0.1:8000")) is None


def test_context_managers_close_the_pool() -> None:
    with Beam(api_key=FAKE_API_KEY, workspace_id="ws") as beam:
        pass
    assert beam.http.is_closed

    async def run() -> AsyncBeam:
        async with AsyncBeam(api_key=FAKE_API_KEY, workspace_id="ws") as client:
            pass
        return client

    import asyncio

    assert asyncio.run(run()).http.is_closed


# -- auth modes against the fake server ---------------------------------------------------------------


def test_token_mode_exchanges_once_then_sends_a_bearer_token(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )
    for _ in range(3):
        assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count("POST", "/auth/access-token") == 1
    calls = [r for r in fake_beam.requests if r.path == "/agent"]
    assert len(calls) == 3
    assert all(r.headers.get("authorization", "").startswith("Bearer") for r in calls)
    assert all("x-api-key" not in r.headers for r in calls)


def test_api_key_mode_sends_x_api_key_and_never_exchanges(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
    )
    assert driver.request("GET", "/agent").status_code == 200
    assert fake_beam.requests.count("POST", "/auth/access-token") == 0
    (call,) = [r for r in fake_beam.requests if r.path == "/agent"]
    assert "x-api-key" in call.headers and "authorization" not in call.headers


# -- workspace scoping --------------------------------------------------------------------------------


def test_with_workspace_scopes_a_new_client_and_leaves_the_original_alone(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )
    other = driver.derive(workspace_id=FOREIGN_WORKSPACE_ID)
    assert other.client.http is driver.client.http  # one connection pool
    with pytest.raises(Exception) as excinfo:
        other.request("GET", "/agent")  # the key has no access to the foreign workspace
    assert getattr(excinfo.value, "status_code", None) == 403
    assert driver.request("GET", "/agent").status_code == 200

    sent = [r.headers.get("current-workspace-id") for r in fake_beam.requests if r.path == "/agent"]
    assert sent == [FOREIGN_WORKSPACE_ID, FAKE_WORKSPACE_ID]
    assert driver.client.workspace_id == FAKE_WORKSPACE_ID
    assert fake_beam.requests.count("POST", "/auth/access-token") == 1  # tokens shared too


def test_workspace_header_reaches_generated_operations(make_driver: MakeDriver) -> None:
    mock = MockBeam(_agents_ok)
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id="ws-1", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    driver.call(list_agents, current_workspace_id=driver.client.workspace_id)
    driver.derive(workspace_id="ws-2").call(list_agents, current_workspace_id="ws-2")
    driver.call(list_agents, current_workspace_id=driver.client.workspace_id)
    assert [r.headers["current-workspace-id"] for r in mock.api_requests()] == ["ws-1", "ws-2", "ws-1"]


def test_closing_a_derived_client_keeps_the_shared_pool_open() -> None:
    beam = Beam(api_key=FAKE_API_KEY, workspace_id="ws")
    beam.with_workspace("ws-2").close()
    assert not beam.http.is_closed
    beam.close()
    assert beam.http.is_closed


# -- timeouts -----------------------------------------------------------------------------------------


def _timeouts_seen(mock: MockBeam) -> list[dict[str, float | None]]:
    return [r.extensions["timeout"] for r in mock.api_requests()]


def test_timeouts_are_on_by_default_and_overridable_per_client_and_call(make_driver: MakeDriver) -> None:
    mock = MockBeam(_agents_ok)
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    driver.request("GET", "/agent")
    driver.derive(timeout=5).request("GET", "/agent")
    driver.request("GET", "/agent", timeout=httpx.Timeout(1, connect=0.5))
    driver.call(list_agents, current_workspace_id="ws", timeout=2)
    driver.request("GET", "/agent")
    default = {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert _timeouts_seen(mock) == [
        default,
        {"connect": 5, "read": 5, "write": 5, "pool": 5},
        {"connect": 0.5, "read": 1, "write": 1, "pool": 1},
        {"connect": 2, "read": 2, "write": 2, "pool": 2},
        default,
    ]


# -- generated operations inherit the HTTP layer ------------------------------------------------------


def test_raw_generated_functions_raise_typed_errors() -> None:
    mock = MockBeam(lambda r: json_response(404, {"statusCode": 404, "message": "Agent not found"}))
    beam = Beam(api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport())
    with pytest.raises(NotFoundError, match="Agent not found"):
        list_agents.sync(client=beam.raw, current_workspace_id="ws")


def test_user_agent_names_the_package(make_driver: MakeDriver) -> None:
    mock = MockBeam(_agents_ok)
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    driver.request("GET", "/agent")
    assert all(r.headers["user-agent"].startswith("beam-ai-python/") for r in mock.requests)


def test_escape_hatch_reaches_undocumented_endpoints_with_auth_and_workspace(make_driver: MakeDriver) -> None:
    mock = MockBeam(lambda r: json_response(200, {"ok": True}))
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    response = driver.request("POST", "/v2/experimental", json={"a": 1}, params={"x": 1, "skip": None})
    assert response.json() == {"ok": True}
    (sent,) = mock.api_requests()
    assert sent.url.params == httpx.QueryParams({"x": "1"})
    assert sent.headers["current-workspace-id"] == "ws"
    assert sent.headers["authorization"].startswith("Bearer ")
    driver.request("GET", "/public", workspace=False)
    assert "current-workspace-id" not in mock.api_requests()[-1].headers
