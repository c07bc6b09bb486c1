"""SSE updates: one event per status change, progressing only when the test advances the clock."""

from __future__ import annotations

import queue
import threading
from typing import Any

import httpx
import pytest
from httpx_sse import connect_sse

from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam

EVENT_KEYS = {"taskId", "status", "message", "timestamp"}


def follow(client: httpx.Client, url: str, events: queue.Queue[Any]) -> threading.Thread:
    """Read the stream in a thread, pushing each decoded event, then ``None`` (or the error) at the end."""

    def read() -> None:
        try:
            with connect_sse(client, "GET", url) as source:
                for event in source.iter_sse():
                    events.put(event.json())
            events.put(None)
        except httpx.HTTPError as exc:
            events.put(exc)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def create(client: httpx.Client, query: str) -> dict[str, Any]:
    body = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": query}}
    return client.post("/agent-tasks", json=body).json()  # type: ignore[no-any-return]


def test_task_followed_to_completion_over_sse(client: httpx.Client, fake_beam: FakeBeam) -> None:
    """End to end: create over HTTP, follow the stream, drive time from the test."""
    task = create(client, "Answer the customer")
    events: queue.Queue[Any] = queue.Queue()
    reader = follow(client, task["updatesUrl"], events)
    first = events.get(timeout=5)
    assert first["status"] == "QUEUED"
    assert events.empty()
    fake_beam.advance(fake_beam.queue_seconds)
    assert events.get(timeout=5)["status"] == "IN_PROGRESS"
    fake_beam.advance(fake_beam.run_seconds)
    last = events.get(timeout=5)
    assert last["status"] == "COMPLETED"
    assert events.get(timeout=5) is None  # the stream ended by itself
    reader.join(5)
    assert set(last) >= EVENT_KEYS
    assert last["taskId"] == task["id"]


def test_stream_ends_at_a_waiting_status(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "[input] needs details")
    fake_beam.advance(10)
    with connect_sse(client, "GET", task["updatesUrl"]) as source:
        statuses = [e.json()["status"] for e in source.iter_sse()]
    assert statuses == ["QUEUED", "IN_PROGRESS", "USER_INPUT_REQUIRED"]


def test_event_payloads_are_json_objects_with_documented_keys(
    client: httpx.Client, fake_beam: FakeBeam
) -> None:
    task = create(client, "[fail]")
    fake_beam.advance(10)
    with connect_sse(client, "GET", task["updatesUrl"]) as source:
        assert source.response.headers["content-type"].startswith("text/event-stream")
        events = [e.json() for e in source.iter_sse()]
    assert [e["status"] for e in events] == ["QUEUED", "IN_PROGRESS", "FAILED"]
    for event in events:
        assert set(event) >= EVENT_KEYS
        assert all(isinstance(event[k], str) for k in EVENT_KEYS)


def test_sse_cut_fault_drops_the_stream_after_n_events(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "cut me")
    fake_beam.faults.add("sse_cut", path=task["updatesUrl"], after_events=1, times=1)
    fake_beam.advance(10)
    received = []
    with pytest.raises(httpx.RemoteProtocolError), connect_sse(client, "GET", task["updatesUrl"]) as source:
        for event in source.iter_sse():
            received.append(event.json()["status"])
    assert received == ["QUEUED"]
    with connect_sse(client, "GET", task["updatesUrl"]) as source:
        assert [e.json()["status"] for e in source.iter_sse()][-1] == "COMPLETED"


def test_unknown_task_stream_is_404(client: httpx.Client) -> None:
    assert client.get("/agent-tasks/unknown/updates").status_code == 404
