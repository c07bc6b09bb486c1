"""Errors say what really happened, and no raw OverflowError/RecursionError/TypeError escapes a
public call (issue 12, Medium and Low)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import APIResponseValidationError, Beam, BeamValidationError, RateLimitError
from beam_ai._retry import RetryPolicy
from beam_ai._task_events import TaskTimeoutError
from beam_ai_api.api.agent_graphs import update_node_params
from beam_ai_api.api.agent_tasks import get_task
from beam_ai_api.models import UpdateNodeParamsRequest

MakeDriver = Callable[..., Driver]
DEEP = 100_000


def _driver(
    make_driver: MakeDriver, handle: Callable[[httpx.Request], httpx.Response], **kw: Any
) -> tuple[Driver, MockBeam]:
    mock = MockBeam(handle)
    options: dict[str, Any] = {
        "api_key": "k",
        "workspace_id": "w",
        "base_url": MOCK_BASE_URL,
        "sleep": lambda s: None,
    }
    return make_driver(transport=mock.transport(), **{**options, **kw}), mock


def _run(driver: Driver, **options: Any) -> Any:
    client = driver.client
    if isinstance(client, Beam):
        return client.agent_tasks.run("agent-1", "q", **options)
    return driver._run(client.agent_tasks.run("agent-1", "q", **options))


def test_a_created_task_without_an_id_says_the_task_may_exist(make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver, lambda request: json_response(201, {"status": "QUEUED"}))
    with pytest.raises(APIResponseValidationError) as raised:
        _run(driver)
    message = str(raised.value)
    assert "may have been created" in message and "CreatedTask(" not in message
    assert raised.value.status_code == 201
    assert len(mock.api_requests()) == 1  # the create was not sent again


@pytest.mark.parametrize("status", [204, 301, 304])
def test_a_typed_method_never_returns_none(make_driver: MakeDriver, status: int) -> None:
    driver, _ = _driver(
        make_driver, lambda request: httpx.Response(status, headers={"location": "/elsewhere"})
    )
    with pytest.raises(APIResponseValidationError) as raised:
        driver.call(get_task, task_id="t-1", current_workspace_id="w")
    assert raised.value.status_code == status


def test_an_operation_documented_without_a_body_still_accepts_an_empty_answer(
    make_driver: MakeDriver,
) -> None:
    from beam_ai_api.api.context_files import delete_context_file

    driver, _ = _driver(make_driver, lambda request: httpx.Response(204))
    assert driver.call(delete_context_file, agent_id="a", file_key="f", current_workspace_id="w") is None


@pytest.mark.parametrize(
    "when",
    ["Fri, 31 Dec 99999 23:59:59 GMT", "Mon, 01 Jan 10000000000000000000000 00:00:00 GMT", "1e999", "nan"],
)
def test_a_huge_or_odd_retry_after_falls_back_to_backoff(make_driver: MakeDriver, when: str) -> None:
    driver, mock = _driver(
        make_driver, lambda request: json_response(429, {"message": "slow down"}, **{"retry-after": when})
    )
    with pytest.raises(RateLimitError):
        driver.request("GET", "/agent")
    assert len(mock.api_requests()) == 3
    assert RetryPolicy().delay(0, httpx.Response(429, headers={"retry-after": when})) <= 8.0


def test_a_far_future_retry_after_date_is_not_waited_for() -> None:
    far = email.utils.format_datetime(email.utils.parsedate_to_datetime("Fri, 31 Dec 9999 23:59:59 GMT"))
    assert RetryPolicy(random=lambda: 0.0).delay(0, httpx.Response(429, headers={"retry-after": far})) == 0.5


def _deep_json() -> bytes:
    return b"[" * DEEP + b"]" * DEEP


def test_a_deeply_nested_response_is_a_typed_error(make_driver: MakeDriver) -> None:
    driver, _ = _driver(make_driver, lambda request: httpx.Response(200, content=_deep_json()))
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        driver.call(get_task, task_id="t-1", current_workspace_id="w")


def test_a_deeply_nested_error_body_keeps_its_status_error(make_driver: MakeDriver) -> None:
    driver, _ = _driver(make_driver, lambda request: httpx.Response(400, content=_deep_json()), max_retries=0)
    with pytest.raises(Exception) as raised:
        driver.request("GET", "/agent")
    assert type(raised.value).__name__ == "BadRequestError"


def test_a_deeply_nested_request_body_is_refused_before_sending(make_driver: MakeDriver) -> None:
    deep: list[Any] = []
    for _ in range(DEEP):
        deep = [deep]
    driver, mock = _driver(make_driver, lambda request: json_response(200, {}))
    with pytest.raises(BeamValidationError, match="body"):
        driver.request("POST", "/agent-tasks", json=deep)
    body = UpdateNodeParamsRequest.from_dict({})
    body.additional_properties["deep"] = deep  # a generated operation's free-form field
    with pytest.raises(BeamValidationError, match="body"):
        driver.call(update_node_params, agent_id="a", node_id="n", body=body, current_workspace_id="w")
    assert mock.api_requests() == []


@pytest.mark.parametrize("timeout", ["5", [5], -1, float("nan")])
def test_a_timeout_that_is_not_seconds_is_refused_before_sending(
    make_driver: MakeDriver, timeout: Any
) -> None:
    driver, mock = _driver(make_driver, lambda request: json_response(200, {}))
    with pytest.raises(BeamValidationError, match="timeout"):
        driver.request("GET", "/agent", timeout=timeout)
    with pytest.raises(BeamValidationError, match="timeout"):
        driver.client.with_options(timeout=timeout)
    with pytest.raises(BeamValidationError, match="timeout"):
        _run(driver, timeout=timeout)
    assert mock.requests == []


def test_task_timeout_error_is_still_raised_for_a_valid_timeout(make_driver: MakeDriver) -> None:
    driver, _ = _driver(make_driver, lambda request: json_response(201, {"id": "t-1", "status": "QUEUED"}))
    with pytest.raises(TaskTimeoutError):
        _run(driver, timeout=0)


@pytest.mark.parametrize(
    ("option", "value"),
    [("poll_interval", "2"), ("poll_interval", 0), ("read_timeout", "300"), ("max_reconnects", 2.5)],
)
def test_follow_options_that_are_not_numbers_are_refused_before_sending(
    make_driver: MakeDriver, option: str, value: Any
) -> None:
    driver, mock = _driver(make_driver, lambda request: json_response(201, {"id": "t-1", "status": "QUEUED"}))
    with pytest.raises(BeamValidationError, match=option):
        _run(driver, **{option: value})
    assert mock.requests == []
