"""`agent_tasks.answer` / `.consent`: answer a waiting task without knowing its node ids."""

from __future__ import annotations

import asyncio

import pytest

from beam_ai import AsyncBeam, Beam
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer


def _settings(fake: FakeBeam, server: FakeBeamServer) -> dict[str, object]:
    return {
        "api_key": FAKE_API_KEY,
        "workspace_id": FAKE_WORKSPACE_ID,
        "base_url": server.url,
        "clock": fake.clock.now,
    }


@pytest.mark.parametrize(
    ("query", "respond", "final"),
    [
        ("[input] which account?", lambda tasks, task: tasks.answer(task, "ACME"), "COMPLETED"),
        ("[consent] refund?", lambda tasks, task: tasks.consent(task, approve=True), "COMPLETED"),
        ("[consent] refund?", lambda tasks, task: tasks.consent(task, approve=False), None),
    ],
)
def test_sync_answers_move_the_task_on(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, query: str, respond: object, final: str | None
) -> None:
    with Beam(**_settings(fake_beam, fake_beam_server)) as beam:  # type: ignore[arg-type]
        created = beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=query)
        fake_beam.advance(10)
        waiting = beam.agent_tasks.get(str(created.id))
        assert str(waiting.status).endswith("_REQUIRED")
        respond(beam.agent_tasks, waiting)  # type: ignore[operator]
        fake_beam.advance(10)
        after = beam.agent_tasks.get(str(created.id))
    assert after.status != waiting.status
    if final is not None:
        assert after.status == final


def test_async_answer_and_consent(fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> None:
    async def scenario() -> list[str]:
        async with AsyncBeam(**_settings(fake_beam, fake_beam_server)) as beam:  # type: ignore[arg-type]
            finals = []
            for query in ("[input] which?", "[consent] ok?"):
                created = await beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=query)
                fake_beam.advance(10)
                waiting = await beam.agent_tasks.get(str(created.id))
                if waiting.status == "USER_INPUT_REQUIRED":
                    await beam.agent_tasks.answer(waiting, "yes")
                else:
                    await beam.agent_tasks.consent(waiting, approve=True)
                fake_beam.advance(10)
                finals.append(str((await beam.agent_tasks.get(str(created.id))).status))
            return finals

    assert asyncio.run(scenario()) == ["COMPLETED", "COMPLETED"]
