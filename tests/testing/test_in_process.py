"""``create_app`` used in-process over httpx's ASGI transport (no socket)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    ConnectionDroppedError,
    FakeBeam,
    FakeClock,
    create_app,
)

HEADERS = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
TASK = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "hello"}}


def test_in_process_app_runs_tasks_on_its_fake_clock() -> None:
    fake = FakeBeam(clock=FakeClock())

    async def scenario() -> str:
        transport = httpx.ASGITransport(app=create_app(fake))
        async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers=HEADERS) as client:
            task = (await client.post("/agent-tasks", json=TASK)).json()
            fake.advance(fake.queue_seconds + fake.run_seconds)
            return (await client.get(f"/agent-tasks/{task['id']}")).json()["status"]  # type: ignore[no-any-return]

    assert asyncio.run(scenario()) == "COMPLETED"


def test_in_process_drop_raises_instead_of_closing_a_socket() -> None:
    fake = FakeBeam(clock=FakeClock())
    fake.faults.add("drop_after", method="POST", path="/agent-tasks", times=1)
    before = len(fake.store.tasks)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=create_app(fake))
        async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers=HEADERS) as client:
            await client.post("/agent-tasks", json=TASK)

    with pytest.raises(ConnectionDroppedError):
        asyncio.run(scenario())
    assert len(fake.store.tasks) == before + 1
