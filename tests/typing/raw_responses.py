"""`with_raw_response`, request ids and per-call extras as a user types them (checked by mypy --strict)."""

from __future__ import annotations

from beam_ai import AsyncBeam, Beam, RawResponse
from beam_ai.models import AgentList, AgentTask


def raw_then_parse(beam: Beam) -> tuple[int, str | None, AgentList]:
    raw: RawResponse[AgentList] = beam.agents.with_raw_response.list(page_size=5)
    agents: AgentList = raw.parse()
    return raw.status_code, raw.request_id, agents


def request_id_of_a_typed_result(beam: Beam, task_id: str) -> str | None:
    task: AgentTask = beam.agent_tasks.get(task_id, extra_headers={"x-trace": "1"}, extra_query={"debug": 1})
    return task._request_id


async def async_raw(beam: AsyncBeam, task_id: str) -> float:
    raw = await beam.agent_tasks.with_raw_response.get(task_id)
    task: AgentTask = raw.parse()
    return raw.elapsed if task.id else 0.0


def upload_raw(beam: Beam, agent_id: str) -> int:
    return beam.context_files.with_raw_response.upload(
        agent_id, b"x", filename="a.txt", task_id="t"
    ).status_code


def answer_raw_with_extras(beam: Beam, task: AgentTask) -> tuple[int, int]:
    answered = beam.agent_tasks.with_raw_response.answer(task, "ACME", extra_headers={"x-trace": "1"})
    decided = beam.agent_tasks.with_raw_response.consent(task, approve=True, extra_body={"note": "ok"})
    return answered.status_code, decided.status_code


async def async_run_with_extras(beam: AsyncBeam, agent_id: str) -> str | None:
    task = await beam.agent_tasks.run(
        agent_id, "hi", extra_headers={"x-trace": "1"}, extra_query={"debug": 1}
    )
    await beam.agent_tasks.consent(task, approve=False, extra_query={"debug": 1})
    raw = await beam.agent_tasks.with_raw_response.answer(task, "yes")
    return raw.request_id
