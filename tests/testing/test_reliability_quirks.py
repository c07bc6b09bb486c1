"""The fake's server quirks (``fake.quirks``), so users' own tests can reach the same faults."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam


def _create(client: httpx.Client) -> dict[str, Any]:
    body = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "q"}}
    return client.post("/agent-tasks", json=body).json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("comment", ": ping\n\n"), ("empty_data", "data:\n\n"), ("replay", None)],
)
def test_sse_keepalives_are_sent_while_the_task_waits(
    client: httpx.Client, fake_beam: FakeBeam, kind: str, expected: str | None
) -> None:
    fake_beam.quirks.sse_keepalive = 0.01
    fake_beam.quirks.sse_keepalive_kind = kind
    task = _create(client)
    received = ""
    with client.stream("GET", f"/agent-tasks/{task['id']}/updates") as response:
        for text in response.iter_text():
            received += text
            if received.count("\n\n") >= 3:
                break
    first, second, third = received.split("\n\n")[:3]
    assert first.startswith("id: 1\ndata: ")  # the task's history first
    if expected is None:
        assert second == first and third == first  # the last event again
    else:
        assert second + "\n\n" == expected and third + "\n\n" == expected


def test_an_unknown_keepalive_kind_is_refused(fake_beam: FakeBeam) -> None:
    with pytest.raises(ValueError, match="sse_keepalive_kind"):
        fake_beam.quirks.sse_keepalive_kind = "pings"
    with pytest.raises(AttributeError):
        fake_beam.quirks.max_pagesize = 5  # type: ignore[attr-defined]


def test_the_page_size_cap_serves_fewer_items_than_asked(client: httpx.Client, fake_beam: FakeBeam) -> None:
    for _ in range(3):
        _create(client)
    fake_beam.quirks.max_page_size = 2
    page = client.get("/agent-tasks", params={"pageSize": 100, "pageNum": 1}).json()
    second = client.get("/agent-tasks", params={"pageSize": 100, "pageNum": 2}).json()
    assert sum(len(g["tasks"]) for g in page["data"]) == 2
    assert page["totalCount"] >= 3 and sum(len(g["tasks"]) for g in second["data"]) >= 1
    assert fake_beam.requests.filter("GET", "/agent-tasks")[0].query["pageSize"] == "100"  # logged as asked


def test_read_lag_shows_the_task_as_it_was(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = _create(client)
    fake_beam.advance(1.5)  # QUEUED -> IN_PROGRESS at +1 s
    fake_beam.quirks.read_lag = 1.0
    assert client.get(f"/agent-tasks/{task['id']}").json()["status"] == "QUEUED"
    fake_beam.advance(0.6)
    assert client.get(f"/agent-tasks/{task['id']}").json()["status"] == "IN_PROGRESS"


def test_every_response_carries_a_fresh_request_id(client: httpx.Client, anon: httpx.Client) -> None:
    responses = [client.get("/agent"), client.get("/no-such-route"), anon.get("/agent")]
    ids = [r.headers.get("x-request-id") for r in responses]
    assert [r.status_code for r in responses] == [200, 404, 401]
    assert all(ids) and len(set(ids)) == 3
