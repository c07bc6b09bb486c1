"""The fake's untidy-server faults, seen from plain HTTP: what a client on the other end receives."""

from __future__ import annotations

import httpx
import pytest
from httpx_sse import connect_sse

from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam


def _task(client: httpx.Client, query: str = "Summarise") -> str:
    body = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": query}}
    task_id: str = client.post("/agent-tasks", json=body).json()["id"]
    return task_id


def test_sse_end_closes_the_stream_cleanly_before_the_task_finishes(
    client: httpx.Client, fake_beam: FakeBeam
) -> None:
    task_id = _task(client)
    fake_beam.advance(10)  # finished: QUEUED, IN_PROGRESS, COMPLETED in the history
    fake_beam.faults.add("sse_end", path="/agent-tasks/*/updates", times=1, after_events=1)
    with connect_sse(client, "GET", f"/agent-tasks/{task_id}/updates") as source:
        statuses = [event.json()["status"] for event in source.iter_sse()]  # ends without an error
    assert statuses == ["QUEUED"]
    with connect_sse(client, "GET", f"/agent-tasks/{task_id}/updates") as source:
        assert [event.json()["status"] for event in source.iter_sse()] == [
            "QUEUED",
            "IN_PROGRESS",
            "COMPLETED",
        ]


def test_sse_silence_sends_nothing_more_and_keeps_the_connection_open(
    client: httpx.Client, fake_beam: FakeBeam
) -> None:
    task_id = _task(client)
    fake_beam.advance(10)
    fake_beam.faults.add("sse_silence", path="/agent-tasks/*/updates", times=1, after_events=1)
    statuses = []
    timeout = httpx.Timeout(5.0, read=0.05)  # the one real wait: 50 ms of silence
    with (
        pytest.raises(httpx.ReadTimeout),
        connect_sse(client, "GET", f"/agent-tasks/{task_id}/updates", timeout=timeout) as source,
    ):
        for event in source.iter_sse():
            statuses.append(event.json()["status"])
    assert statuses == ["QUEUED"]


def test_nodes_out_of_order_lists_the_task_nodes_last_first(
    client: httpx.Client, fake_beam: FakeBeam
) -> None:
    task_id = _task(client, "[consent] Send it")
    fake_beam.advance(10)
    in_order = [n["id"] for n in client.get(f"/agent-tasks/{task_id}").json()["agentTaskNodes"]]
    fake_beam.faults.add("nodes_out_of_order", method="GET", path="/agent-tasks/*")
    shuffled = client.get(f"/agent-tasks/{task_id}").json()["agentTaskNodes"]
    assert [n["id"] for n in shuffled] == in_order[::-1]
    assert shuffled[0]["status"] == "USER_CONSENT_REQUIRED"  # the waiting (last) node comes first


@pytest.mark.parametrize(
    ("path", "name"),
    [("/agent-tasks", "statuses"), ("/agent-tasks/iterate", "statuses")],
)
def test_strict_list_filters_accept_only_one_comma_separated_value(
    client: httpx.Client, fake_beam: FakeBeam, path: str, name: str
) -> None:
    fake_beam.faults.add("strict_list_filters", method="GET", path=path)
    assert client.get(path, params={name: "FAILED,completed"}).status_code == 200
    assert client.get(path, params=[(name, "FAILED"), (name, "COMPLETED")]).status_code == 400
    assert client.get(path, params={f"{name}[]": "FAILED"}).status_code == 400
    assert client.get(path, params={name: '["FAILED"]'}).status_code == 400
    latest = "/agent-tasks/latest-executions"
    fake_beam.faults.add("strict_list_filters", method="GET", path=latest)
    query = {"agentId": SUPPORT_AGENT_ID, "includedStatuses": "completed, failed"}
    assert client.get(latest, params=query).status_code == 400
