"""`run()`/`wait()` return the terminal state they reported; malformed or stale events are skipped;
the de-duplication memory is bounded (issue 12, Medium)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import AsyncBeam, Beam, TaskEvent
from beam_ai._task_events import DEDUPE_MEMORY, FollowState, SseParser
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]


def _wait(driver: Driver, task_id: str, **options: Any) -> Any:
    if isinstance(driver.client, Beam):
        return driver.client.agent_tasks.wait(task_id, **options)
    assert isinstance(driver.client, AsyncBeam)
    return driver._run(driver.client.agent_tasks.wait(task_id, **options))


def _run(driver: Driver, **options: Any) -> Any:
    if isinstance(driver.client, Beam):
        return driver.client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options)
    return driver._run(driver.client.agent_tasks.run(SUPPORT_AGENT_ID, "q", **options))


@pytest.mark.parametrize("lag", [2.5, 30.0], ids=["catches-up", "keeps-lagging"])
def test_run_returns_the_terminal_status_the_stream_reported_despite_read_lag(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam, lag: float
) -> None:
    fake_beam.quirks.read_lag = lag  # GET /agent-tasks/{id} shows the task as it was `lag` s ago
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
    )
    reported: list[str] = []

    def on_event(event: TaskEvent) -> None:
        reported.append(event.status)
        if not event.is_terminal:
            fake_beam.advance(2.0)  # moves the task on: QUEUED 1 s, IN_PROGRESS 2 s

    task = _run(driver, on_event=on_event)
    assert reported == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    assert task.status == "COMPLETED"
    assert fake_beam.requests.count("POST", "/agent-tasks") == 1
    assert fake_beam.requests.count("GET", f"/agent-tasks/{task.id}") == 4  # re-read while it lagged


def _sse(*payloads: str) -> bytes:
    return "".join(f"data: {payload}\n\n" for payload in payloads).encode()


def test_malformed_and_stale_events_are_skipped_without_calling_on_event(make_driver: MakeDriver) -> None:
    body = _sse(
        "not json",
        "[1, 2]",
        json.dumps({"status": 42}),
        json.dumps({"status": ""}),
        json.dumps({"status": "QUEUED", "message": "stale replay"}),  # earlier than IN_PROGRESS
        json.dumps({"status": "COMPLETED", "message": "done"}),
    )
    gets = iter(["IN_PROGRESS", "COMPLETED"])

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/updates"):
            return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
        return json_response(200, {"id": "t-1", "status": next(gets)})

    driver = make_driver(
        api_key="k", workspace_id="w", base_url=MOCK_BASE_URL, transport=MockBeam(handle).transport()
    )
    seen: list[TaskEvent] = []
    task = _wait(driver, "t-1", on_event=seen.append)
    assert [(e.status, e.message) for e in seen] == [("IN_PROGRESS", None), ("COMPLETED", "done")]
    assert task.status == "COMPLETED"


def test_malformed_payloads_make_no_event() -> None:
    state = FollowState("t", None, None, 3)
    assert state.from_stream(data=json.dumps({"status": "IN_PROGRESS"})) is not None
    for data in ["{bad", "[]", "42", json.dumps({"status": 42}), json.dumps({"status": ["X"]})]:
        assert state.from_stream(data=data) is None, data
    assert state.status == "IN_PROGRESS"


def test_a_status_never_goes_backwards() -> None:
    state = FollowState("t", None, None, 3)
    assert state.from_stream(data=json.dumps({"status": "IN_PROGRESS", "message": "1"})) is not None
    assert state.from_stream(data=json.dumps({"status": "QUEUED", "message": "2"})) is None
    assert state.status == "IN_PROGRESS"
    assert state.from_stream(data=json.dumps({"status": "IN_PROGRESS", "message": "3"})) is not None


def test_the_deduplication_memory_is_bounded() -> None:
    state = FollowState("t", None, None, 3)
    for n in range(20_000):
        state.from_stream(data=json.dumps({"status": "IN_PROGRESS", "message": f"node {n}"}), event_id=str(n))
    assert len(state._seen) <= DEDUPE_MEMORY
    # Recent history is still remembered: a replay of the last events is dropped.
    assert (
        state.from_stream(
            data=json.dumps({"status": "IN_PROGRESS", "message": "node 19999"}), event_id="19999"
        )
        is None
    )


def _parse(*chunks: str) -> list[tuple[str, str, str]]:
    parser = SseParser()
    return [(m.data, m.id, m.event) for chunk in chunks for m in parser.feed(chunk)]


def test_the_stream_parser_follows_the_event_stream_rules() -> None:
    text = ': ping\r\n\r\nid: 7\r\nevent: update\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata:\n\nretry: 5\n\ndata: x\r\rid\n\n'
    expected = [('{"a":\n1}', "7", "update"), ("", "7", ""), ("x", "7", ""), ("", "", "")]
    assert _parse(text) == expected
    assert _parse(*text) == expected  # one character at a time: CRLF split across chunks included
    assert _parse("data: no end yet") == []


def test_the_stream_parser_is_linear_in_its_input() -> None:
    events = "".join(f'id: {n}\ndata: {{"n": {n}}}\n\n' for n in range(50_000))
    started = time.monotonic()
    assert len(_parse(events)) == 50_000
    assert time.monotonic() - started < 2.0
