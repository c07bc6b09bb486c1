"""Every fault kind, switched on from the test, and limited by ``times``."""

from __future__ import annotations

import httpx
import pytest

from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam

TASK = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "hello"}}


def test_rate_limit_sends_retry_after_then_recovers(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", retry_after=7, times=1)
    limited = client.get("/agent")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "7"
    assert limited.json()["statusCode"] == 429
    assert client.get("/agent").status_code == 200


def test_server_error_burst_of_n_then_normal(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error", method="GET", path="/agent", status=503, times=2)
    assert [client.get("/agent").status_code for _ in range(3)] == [503, 503, 200]


def test_latency_trips_a_client_timeout(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("latency", method="GET", path="/agent", delay=1.0, times=1)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/agent", timeout=0.1)


def test_drop_before_acting_leaves_state_unchanged(client: httpx.Client, fake_beam: FakeBeam) -> None:
    before = len(fake_beam.store.tasks)
    fake_beam.faults.add("drop_before", method="POST", path="/agent-tasks", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/agent-tasks", json=TASK)
    assert len(fake_beam.store.tasks) == before
    assert fake_beam.requests.count("POST", "/agent-tasks") == 1


def test_drop_after_acting_changes_state_without_answer(client: httpx.Client, fake_beam: FakeBeam) -> None:
    before = len(fake_beam.store.tasks)
    fake_beam.faults.add("drop_after", method="POST", path="/agent-tasks", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/agent-tasks", json=TASK)
    assert len(fake_beam.store.tasks) == before + 1


def test_malformed_json_with_200(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("malformed_json", method="GET", path="/agent", times=1)
    response = client.get("/agent")
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


def test_html_502_page(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("html_502", path="/agent*", times=1)
    response = client.get("/agent")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "Bad Gateway" in response.text


def test_faults_are_per_route_and_method(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error", method="POST", path="/agent-tasks")
    assert client.get("/agent-tasks").status_code == 200
    assert client.post("/agent-tasks", json=TASK).status_code == 503
    assert client.post("/agent-tasks", json=TASK).status_code == 503


def test_unknown_fault_kind_is_refused(fake_beam: FakeBeam) -> None:
    with pytest.raises(ValueError):
        fake_beam.faults.add("gremlins")


def test_reset_clears_faults(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error")
    fake_beam.reset()
    assert client.get("/agent").status_code == 200
