"""User code against the public surface, type-checked by mypy (`scripts/test.sh`), never run.

Each `# type: ignore[...]` line is a mistake that must be a type error; mypy's strict mode warns
about unused ignores, so if the surface stopped catching one of them (a signature widened to
`**kwargs: Any`, say) the type check fails. The plain lines must type-check without casts.
"""

from __future__ import annotations

import datetime as dt

from beam_ai import AsyncBeam, Beam, TaskEvent
from beam_ai.resources import AgentsResource, AsyncAgentTasksResource
from beam_ai_api.models import Agent, AgentAnalytics, AgentList, AgentTask, CreatedTask


def correct_use(beam: Beam) -> None:
    page: AgentList = beam.agents.list(page_size=10, type="user-agent", timeout=5, max_retries=0)
    agents: list[Agent] = list(beam.agents.list_all(search_query="triage"))
    created: CreatedTask = beam.agent_tasks.create(
        agent_id="a-1", query="Summarise", parsing_urls=["https://x"]
    )
    stats: AgentAnalytics = beam.agent_tasks.get_analytics(
        agent_id="a-1", start_date=dt.date(2024, 1, 1), end_date="2024-01-31"
    )
    task: AgentTask = beam.agent_tasks.run("a-1", "Summarise", on_event=print, timeout=60, max_retries=1)
    events: list[TaskEvent] = list(beam.agent_tasks.stream("t-1", timeout=30))
    namespace: AgentsResource = beam.agents
    del page, agents, created, stats, task, events, namespace


async def correct_async_use(beam: AsyncBeam) -> None:
    namespace: AsyncAgentTasksResource = beam.agent_tasks
    task: AgentTask = await namespace.wait("t-1", timeout=10)
    async for agent in beam.agents.list_all():
        print(agent.id, task.status)


def misspelt_keywords(beam: Beam) -> None:
    beam.agents.list(page_sise=10)  # type: ignore[call-arg]
    beam.agents.update("a-1", nmae="x")  # type: ignore[call-arg]
    beam.agent_tasks.run("a-1", "q", on_evnt=print)  # type: ignore[call-arg]
    beam.agent_tasks.wait("t-1", on_evnt=print)  # type: ignore[call-arg]
    beam.agent_tasks.stream("t-1", poll_intervall=1)  # type: ignore[call-arg]


def wrong_types(beam: Beam) -> None:
    beam.agents.list(page_size="10")  # type: ignore[arg-type]
    beam.agents.update("a-1", name=5)  # type: ignore[arg-type]
    beam.agent_tasks.get(["t-1"])  # type: ignore[arg-type]
    beam.agent_tasks.get_analytics(agent_id="a-1", start_date=123, end_date="x")  # type: ignore[arg-type]
    beam.agent_tasks.run("a-1", "q", timeout="5")  # type: ignore[arg-type]
    beam.agent_tasks.run("a-1", "q", max_retries="2")  # type: ignore[arg-type]
    beam.agents.list(timeout="5")  # type: ignore[arg-type]


async def async_mistakes(beam: AsyncBeam) -> None:
    await beam.agents.list(page_sise=10)  # type: ignore[call-arg]
    await beam.agent_tasks.run("a-1", "q", on_evnt=print)  # type: ignore[call-arg]
    await beam.agent_views.list_records("v-1", page_size=2.5)  # type: ignore[arg-type]
    beam.agent_tasks.stream("t-1", timeout="5")  # type: ignore[arg-type]


def missing_required(beam: Beam) -> None:
    beam.agent_tasks.get_analytics(agent_id="a-1")  # type: ignore[call-arg]
    beam.agent_tasks.get()  # type: ignore[call-arg]
    beam.agent_tasks.create(query="Summarise")  # type: ignore[call-arg]
