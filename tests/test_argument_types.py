"""Argument types are checked before anything is sent, on both clients, by every path that sends.

Path ids must stay one path segment, values must have the spec's type (`page_size=2.5`,
`start_date=123`, a list or bytes for an id), call options must make sense (`timeout="5"`), and the
task helpers (`run`, `wait`, `stream`) check everything before a paid task is created.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import BeamValidationError
from beam_ai.testing import FAKE_API_KEY
from beam_ai_api.api.agent_tasks import create_task, get_task
from beam_ai_api.models import CreateTaskRequest, TaskQuery

MakeDriver = Callable[..., Driver]

AGENT = {"agentId": "a-1", "id": "t-1", "status": "COMPLETED", "agentTaskNodes": []}


def _ok(request: httpx.Request) -> httpx.Response:
    if request.method == "POST" and request.url.path == "/agent-tasks":
        return json_response(201, {"id": "t-1", "status": "QUEUED", "agentId": "a-1"})
    if request.url.path.startswith("/agent-tasks/analytics"):
        return json_response(200, {})
    return json_response(200, AGENT)


def _driver(make_driver: MakeDriver) -> tuple[Driver, MockBeam]:
    mock = MockBeam(_ok)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws-1",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        max_retries=0,
    )
    return driver, mock


def _invoke(driver: Driver, make: Callable[[Any], Any]) -> Any:
    result = make(driver.client)
    return driver._run(result) if inspect.isawaitable(result) else result


BAD_CALLS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "dot id": (lambda c: c.agent_tasks.get("."), "task_id"),
    "dot-dot id": (lambda c: c.agent_tasks.get(".."), "task_id"),
    "percent-encoded dot-dot id": (lambda c: c.agent_graphs.get("%2e%2E"), "agent_id"),
    "blank id": (lambda c: c.agent_views.get("  "), "view_id"),
    "list id": (lambda c: c.agent_tasks.get(["t-1"]), "task_id"),
    "bytes id": (lambda c: c.agent_tasks.get(b"t-1"), "task_id"),
    "float page size": (lambda c: c.agents.list(page_size=2.5), "page_size"),
    "bool page number": (lambda c: c.agent_tasks.list(page_num=True), "page_num"),
    "int start date": (lambda c: c.agent_tasks.list(start_date=123), "start_date"),
    "string timeout": (lambda c: c.agents.list(timeout="5"), "timeout"),
    "negative timeout": (lambda c: c.user.get(timeout=-1), "timeout"),
    "string max_retries": (lambda c: c.user.get(max_retries="2"), "max_retries"),
    "string for a list body field": (
        lambda c: c.agent_tasks.create(agent_id="a-1", query="q", parsing_urls="https://example.com"),
        "parsing_urls",
    ),
    "int for a string body field": (lambda c: c.agents.update("a-1", name=5), "name"),
    "paginator page size": (lambda c: c.agents.list_all(page_size=2.5), "page_size"),
    "run: string parsing_urls": (
        lambda c: c.agent_tasks.run("a-1", "q", parsing_urls="https://example.com"),
        "parsing_urls",
    ),
    "run: string timeout": (lambda c: c.agent_tasks.run("a-1", "q", timeout="5"), "timeout"),
    "run: handler not callable": (lambda c: c.agent_tasks.run("a-1", "q", on_event="print"), "on_event"),
    "run: bad max_retries": (lambda c: c.agent_tasks.run("a-1", "q", max_retries=-1), "max_retries"),
    "run: zero poll interval": (lambda c: c.agent_tasks.run("a-1", "q", poll_interval=0), "poll_interval"),
    "run: fractional max_reconnects": (
        lambda c: c.agent_tasks.run("a-1", "q", max_reconnects=1.5),
        "max_reconnects",
    ),
    "wait: dot-dot task id": (lambda c: c.agent_tasks.wait(".."), "task_id"),
    "stream: list task id": (lambda c: c.agent_tasks.stream(["t-1"]), "task_id"),
}


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_bad_argument_is_refused_before_sending(case: str, make_driver: MakeDriver) -> None:
    make, field = BAD_CALLS[case]
    driver, mock = _driver(make_driver)
    with pytest.raises(BeamValidationError) as raised:
        _invoke(driver, make)
    assert raised.value.field == field
    assert mock.api_requests() == []


def test_a_misspelt_run_keyword_fails_before_the_task_is_created(make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver)
    with pytest.raises(TypeError, match="on_evnt"):
        _invoke(driver, lambda c: c.agent_tasks.run("a-1", "q", on_evnt=print))
    assert mock.api_requests() == []


def test_helpers_sending_through_call_are_checked_too(make_driver: MakeDriver) -> None:
    """`_operation.call` is the one send path: the task follower's requests get the same checks."""
    driver, mock = _driver(make_driver)
    with pytest.raises(BeamValidationError) as raised:
        driver.call(get_task, task_id="..")
    assert raised.value.field == "task_id"
    bad_body = CreateTaskRequest(agent_id="a-1", task_query=TaskQuery(query="q"), parsing_urls="https://x")  # type: ignore[arg-type]
    with pytest.raises(BeamValidationError) as raised:
        driver.call(create_task, body=bad_body)
    assert raised.value.field == "parsing_urls"
    assert mock.api_requests() == []


def test_call_fills_in_the_clients_workspace(make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver)
    driver.call(get_task, task_id="t-1")
    (request,) = mock.api_requests()
    assert request.headers["current-workspace-id"] == "ws-1"


def test_run_accepts_context_files_as_mappings_and_sends_them(make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver)
    files = [{"fileName": "a.txt", "fileContent": "aGk=", "mimeType": "text/plain"}]
    task = _invoke(
        driver, lambda c: c.agent_tasks.run("a-1", "q", encoded_context_files=files, max_retries=0)
    )
    assert task.status == "COMPLETED"
    create = next(r for r in mock.api_requests() if r.method == "POST")
    assert json.loads(create.content)["encodedContextFiles"] == files


@pytest.mark.parametrize(
    ("start", "sent"),
    [
        (dt.date(2024, 1, 1), "2024-01-01T00:00:00Z"),
        (dt.datetime(2024, 1, 1, 12, 30), "2024-01-01T12:30:00Z"),
        (dt.datetime(2024, 1, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), "2024-01-01T12:00:00Z"),
        ("2024-01-01", "2024-01-01"),
    ],
)
def test_analytics_dates_are_sent_as_full_timestamps(start: Any, sent: str, make_driver: MakeDriver) -> None:
    driver, mock = _driver(make_driver)
    _invoke(driver, lambda c: c.agent_tasks.get_analytics(agent_id="a-1", start_date=start, end_date=start))
    (request,) = mock.api_requests()
    assert request.url.params["startDate"] == sent
    assert request.url.params["endDate"] == sent
