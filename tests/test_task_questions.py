"""`beam_ai.pending_questions(task)`: what a waiting task asks, on both clients, in a batch's parked rows."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from drivers import Driver

import beam_ai
from beam_ai.batch import batch_status, run_batch
from beam_ai.models import AgentTask
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

ASKED = "What should be processed?"  # the fake graph's input parameter question


def task(status: str, nodes: list[dict[str, Any]]) -> AgentTask:
    return AgentTask.from_dict({"id": "t-1", "status": status, "agentTaskNodes": nodes})


def test_a_waiting_task_fetched_by_either_client_tells_its_question(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )
    created = driver.invoke(
        lambda c: c.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="[input] refund?")
    )
    fake_beam.advance(10)
    waiting = driver.invoke(lambda c: c.agent_tasks.get(str(created.id)))
    assert waiting.status == "USER_INPUT_REQUIRED"
    assert beam_ai.pending_questions(waiting) == [ASKED]
    driver.invoke(lambda c: c.agent_tasks.answer(waiting, "ACME"))
    fake_beam.advance(10)
    assert beam_ai.pending_questions(driver.invoke(lambda c: c.agent_tasks.get(str(created.id)))) == []


def test_unanswered_user_questions_come_first_and_only_of_the_waiting_node() -> None:
    graph_node = {"id": "g2", "toolConfiguration": {"inputParams": [{"question": "From the graph?"}]}}
    waiting = task(
        "USER_INPUT_REQUIRED",
        [
            {
                "id": "n1",
                "status": "COMPLETED",
                "userQuestions": [{"question": "Done already?", "answer": ""}],
            },
            {
                "id": "n2",
                "status": "USER_INPUT_REQUIRED",
                "agentGraphNode": graph_node,
                "userQuestions": [
                    {"question": "Answered?", "answer": "yes"},
                    {"question": "Which customer?", "answer": ""},
                    {"question": "Which order?"},
                ],
            },
        ],
    )
    assert beam_ai.pending_questions(waiting) == ["Which customer?", "Which order?"]
    del waiting.agent_task_nodes[1].additional_properties["userQuestions"]  # type: ignore[index]
    assert beam_ai.pending_questions(waiting) == ["From the graph?"]


def test_consent_names_the_tool_and_a_running_task_asks_nothing() -> None:
    node = {
        "id": "n1",
        "status": "USER_CONSENT_REQUIRED",
        "agentGraphNode": {"id": "g1", "toolConfiguration": {"toolName": "Refund"}},
    }
    assert beam_ai.pending_questions(task("USER_CONSENT_REQUIRED", [node])) == ["May it run Refund?"]
    assert beam_ai.pending_questions(task("IN_PROGRESS", [{**node, "status": "IN_PROGRESS"}])) == []


def test_a_parked_batch_row_carries_the_question_to_status_and_results(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_beam, "queue_seconds", 0.0)
    monkeypatch.setattr(fake_beam, "run_seconds", 0.0)

    async def sleep(seconds: float) -> None:
        fake_beam.advance(seconds)
        await asyncio.sleep(0)  # yield, as a real sleep would

    out = tmp_path / "results.jsonl"
    summary = run_batch(
        SUPPORT_AGENT_ID,
        [{"id": "a", "ticket": "refund [input]"}],
        query="{ticket}",
        out=out,
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=sleep,
    )
    assert summary.parked == 1
    _, (parked,) = batch_status(out)
    assert parked.question is not None and ASKED in parked.question
    (result,) = map(json.loads, out.read_text().splitlines())
    assert ASKED in result["error"]
