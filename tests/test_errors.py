"""Typed errors: status errors carry what a user needs; malformed bodies and transport failures are typed."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

import beam_ai_api.api.agents.list_agents as list_agents
from beam_ai import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BeamError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


def _mock_driver(make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response]) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(handler).transport(),
        max_retries=0,
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_raises_its_own_class_with_the_details(
    make_driver: MakeDriver, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"statusCode": status, "message": ["name must be shorter", "type is invalid"], "error": "E"}
    driver = _mock_driver(make_driver, lambda r: json_response(status, body, **{"x-request-id": "req-42"}))
    with pytest.raises(error_class) as excinfo:
        driver.request("POST", "/agent-tasks", json={"agentId": "a"})
    error = excinfo.value
    assert type(error) is error_class and isinstance(error, BeamError)
    assert (error.status_code, error.method, error.url) == (status, "POST", f"{MOCK_BASE_URL}/agent-tasks")
    assert error.body == body
    assert error.request_id == "req-42"
    assert "name must be shorter; type is invalid" in str(error)
    assert "req-42" in str(error)


def test_html_gateway_page_is_an_internal_server_error_with_the_text(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("html_502", method="GET", path="/agent")
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url, max_retries=0
    )
    with pytest.raises(InternalServerError) as excinfo:
        driver.request("GET", "/agent")
    assert excinfo.value.status_code == 502
    assert isinstance(excinfo.value.body, str) and "<html" in excinfo.value.body.lower()


def test_malformed_json_on_success_is_a_validation_error_carrying_status_and_body(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("malformed_json", method="GET", path="/agent")
    driver = make_driver(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url)
    with pytest.raises(APIResponseValidationError) as excinfo:
        driver.call(list_agents, current_workspace_id=FAKE_WORKSPACE_ID)
    assert excinfo.value.status_code == 200
    assert excinfo.value.body  # the raw text is kept
    assert fake_beam.requests.count("GET", "/agent") == 1  # a 200 is not retried


@pytest.mark.parametrize(
    ("body", "reason", "strict"),
    [
        (b'{"agents": [], "cou', "not valid JSON", False),
        (b'{"agents": []}', "missing required field 'count'", True),  # lenient: count reads None
        (b'{"agents": "nope", "count": 1}', r"AgentList.agents should be list\[Agent\], got str", True),
        (b"<html>maintenance</html>", "not valid JSON", False),
    ],
)
def test_bodies_that_do_not_fit_the_spec_name_the_problem(
    make_driver: MakeDriver, body: bytes, reason: str, strict: bool
) -> None:
    driver = _mock_driver(make_driver, lambda r: httpx.Response(200, content=body))
    if strict:
        driver = driver.derive(strict_responses=True)
    with pytest.raises(APIResponseValidationError, match=reason) as excinfo:
        driver.call(list_agents, current_workspace_id="ws")
    assert excinfo.value.body == body.decode()


def test_a_success_under_the_other_2xx_status_is_still_parsed(make_driver: MakeDriver) -> None:
    driver = _mock_driver(make_driver, lambda r: json_response(201, {"agents": [], "count": 0}))
    assert driver.call(list_agents, current_workspace_id="ws").count == 0


def test_connection_failures_are_connection_errors(make_driver: MakeDriver) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    driver = _mock_driver(make_driver, refuse)
    with pytest.raises(APIConnectionError) as excinfo:
        driver.request("GET", "/agent")
    assert not isinstance(excinfo.value, APITimeoutError)
    assert excinfo.value.outcome_unknown is False
    assert excinfo.value.method == "GET" and excinfo.value.url.endswith("/agent")


def test_timeouts_are_timeout_errors(make_driver: MakeDriver) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    driver = _mock_driver(make_driver, slow)
    with pytest.raises(APITimeoutError, match="timed out"):
        driver.request("GET", "/agent")


def test_a_real_timeout_against_a_slow_server(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("latency", method="GET", path="/agent", delay=0.5)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
        max_retries=0,
    )
    with pytest.raises(APITimeoutError):
        driver.request("GET", "/agent", timeout=0.05)


def test_a_second_401_after_refresh_is_an_authentication_error_without_a_loop(
    make_driver: MakeDriver,
) -> None:
    mock = MockBeam(lambda r: json_response(401, {"statusCode": 401, "message": "Unauthorized"}))
    driver = make_driver(
        api_key=FAKE_API_KEY, workspace_id="ws", base_url=MOCK_BASE_URL, transport=mock.transport()
    )
    with pytest.raises(AuthenticationError):
        driver.request("GET", "/agent")
    assert len(mock.api_requests()) == 2  # sent, refreshed, resent once
    assert [r.url.path for r in mock.requests].count("/auth/refresh-token") == 1
