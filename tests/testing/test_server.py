"""FakeBeamServer lifecycle, reset, and the standalone ``python -m beam_ai.testing`` entry point."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from httpx_sse import connect_sse

from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer


def test_server_on_free_port_stops_cleanly() -> None:
    with FakeBeamServer(port=0) as server:
        assert server.port > 0
        assert server.fake.url == server.url
        assert httpx.get(f"{server.url}/v2/user/me", headers={"x-api-key": FAKE_API_KEY}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/v2/user/me", timeout=1)


def test_reset_restores_the_seeded_workspace(client: httpx.Client, fake_beam: FakeBeam) -> None:
    client.put(f"/agent/{SUPPORT_AGENT_ID}", json={"name": "Changed"})
    fake_beam.reset()
    assert client.get("/agent").json()["agents"][0]["name"] == "Support Triage"
    assert len(fake_beam.requests) == 1


def test_seeded_api_key_is_obviously_fake() -> None:
    assert FAKE_API_KEY.startswith("bm_key_")
    assert "fake" in FAKE_API_KEY
    assert FAKE_API_KEY not in repr(FakeBeam())


def test_standalone_server_runs_a_task_to_completion_on_real_time() -> None:
    """``python -m beam_ai.testing``: prints `export BEAM_...=` lines for another shell; tasks finish on their own."""
    command = [
        sys.executable,
        "-m",
        "beam_ai.testing",
        "--port",
        "0",
        "--queue-seconds",
        "0.1",
        "--run-seconds",
        "0.2",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("# Fake Beam API listening on http://127.0.0.1:")
        exports = dict(
            process.stdout.readline().removeprefix("export ").strip().split("=", 1) for _ in range(3)
        )
        url = exports["BEAM_BASE_URL"]
        assert url == first.rsplit(" ", 1)[1].strip()
        assert exports["BEAM_API_KEY"] == FAKE_API_KEY
        assert exports["BEAM_WORKSPACE_ID"] == FAKE_WORKSPACE_ID
        headers = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
        with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
            task = client.post(
                "/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "hi"}}
            )
            with connect_sse(client, "GET", task.json()["updatesUrl"]) as source:
                statuses = [event.json()["status"] for event in source.iter_sse()]
        assert statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    finally:
        process.terminate()
        process.wait(10)
