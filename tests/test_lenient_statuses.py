"""Task statuses come from the spec (`x-beam-task-statuses`), with what each means to a follower; a
status the spec does not list ends `run`/`wait`/`stream` when the task says it ended (`endedAt` set,
or `isSuccess` true), else following goes on and the status is logged once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import TERMINAL_STATUSES, WAITING_STATUSES
from beam_ai._task_events import TaskEvent
from beam_ai._task_status import meaning, task_ends_following
from beam_ai.testing import FAKE_API_KEY
from beam_ai_api import types
from beam_ai_api.models import AgentTask
from beam_ai_api.surface.operations import TASK_STATUSES

MakeDriver = Callable[..., Driver]
OVERLAY = Path(__file__).resolve().parents[1] / "overlay" / "beam_ai"

# Beam's own tooling (docs inventory: extended.md section 18, inventory.md section 7): every task-level
# status seen, with what it means for a client following the task.
DOCUMENTED = {
    "QUEUED": "running",
    "IN_PROGRESS": "running",
    "RUNNING": "running",
    "WAITING": "running",  # a wait node holds the flow; it resumes by itself
    "COMPLETED": "terminal",
    "FAILED": "terminal",
    "ERROR": "terminal",
    "STOPPED": "terminal",
    "TIMEOUT": "terminal",
    "CANCELLED": "terminal",
    "USER_INPUT_REQUIRED": "waiting",
    "USER_CONSENT_REQUIRED": "waiting",
    "AUTHENTICATION_REQUIRED": "waiting",
    "INSUFFICIENT_CREDITS": "waiting",
}


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_warned", set())  # what this process already warned about


def test_the_spec_lists_every_documented_status_with_its_meaning() -> None:
    assert {value: TASK_STATUSES[value].meaning for value in DOCUMENTED} == DOCUMENTED
    assert {s for s, m in DOCUMENTED.items() if m == "terminal"} == TERMINAL_STATUSES
    assert {s for s, m in DOCUMENTED.items() if m == "waiting"} == WAITING_STATUSES
    assert (meaning("canceled"), meaning("in-progress")) == ("terminal", "running")  # spellings


def test_the_overlay_keeps_no_list_of_statuses() -> None:
    """Statuses that only ever appear in lists (never as the one a helper answers) live in the spec."""
    listed_only = (
        "ERROR",
        "STOPPED",
        "TIMEOUT",
        "CANCELLED",
        "AUTHENTICATION_REQUIRED",
        "INSUFFICIENT_CREDITS",
    )
    for path in OVERLAY.rglob("*.py"):
        if "testing" in path.parts:
            continue  # the fake's own task lifecycle
        text = path.read_text()
        found = [s for s in listed_only if re.search(rf"[\"']{s}[\"']", text)]
        assert not found, (path.name, found)


@pytest.mark.parametrize(
    ("raw", "ends"),
    [
        ({"endedAt": "2026-01-01T00:00:00Z"}, True),
        ({"isSuccess": True}, True),
        ({"isSuccess": False}, False),  # a task still running reports isSuccess false
        ({}, False),
    ],
)
def test_an_unknown_status_is_terminal_only_when_the_task_says_it_ended(
    raw: dict[str, Any], ends: bool
) -> None:
    event = TaskEvent(task_id="t-1", status="EXPIRED", raw=raw)
    assert event.is_terminal is ends and event.ends_following is ends and not event.is_waiting
    task = AgentTask.from_dict({"id": "t-1", "status": "EXPIRED", **raw})
    assert task_ends_following(task) is ends


def test_an_unknown_status_that_goes_on_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        assert [meaning("THINKING") for _ in range(3)] == ["running"] * 3
    assert caplog.text.count("'THINKING' is not in the spec") == 1


def _polled(bodies: list[dict[str, Any]]) -> MockBeam:
    """GET /agent-tasks/t-1 answers `bodies` in turn (the last one from then on); no update stream."""
    served = iter(bodies)
    last: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/updates"):
            return json_response(404, {"statusCode": 404, "message": "Not Found"})
        last[:] = [next(served, last[0] if last else bodies[-1])]
        return json_response(200, last[0])

    return MockBeam(handler)


def _driver(make_driver: MakeDriver, mock: MockBeam) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        max_retries=0,
        sleep=lambda seconds: None,
    )


def test_wait_returns_a_task_that_ended_in_an_unknown_status(make_driver: MakeDriver) -> None:
    mock = _polled([{"id": "t-1", "status": "EXPIRED", "endedAt": "2026-01-01T00:00:00Z"}])
    task = _driver(make_driver, mock).invoke(lambda c: c.agent_tasks.wait("t-1", timeout=30))
    assert task.status == "EXPIRED"
    assert [r.url.path for r in mock.api_requests()].count("/agent-tasks/t-1") == 1


def test_wait_follows_an_unknown_status_that_has_not_ended(
    make_driver: MakeDriver, caplog: pytest.LogCaptureFixture
) -> None:
    thinking = {"id": "t-1", "status": "THINKING", "isSuccess": False}
    mock = _polled([thinking, thinking, {"id": "t-1", "status": "COMPLETED", "isSuccess": True}])
    statuses: list[str] = []
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        task = _driver(make_driver, mock).invoke(
            lambda c: c.agent_tasks.wait(
                "t-1", timeout=30, poll_interval=0.1, on_event=lambda e: statuses.append(e.status)
            )
        )
    assert task.status == "COMPLETED" and statuses == ["THINKING", "COMPLETED"]
    assert caplog.text.count("'THINKING' is not in the spec") == 1
