"""Code a user writes on day one, checked by `mypy --strict` (pyproject `files`): no casts, no
isinstance narrowing, no `Unset`. Never run; it only has to type-check.

Each function is one idiom; a change that makes any of them need a cast is a regression in the
library's types, not in this file.
"""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

from beam_ai import AsyncBeam, Beam
from beam_ai.models import AgentTask, View


def agent_names_by_id(beam: Beam) -> dict[str, str | None]:
    return {a.id: a.name for a in beam.agents.list_all()}


def agent_categories(beam: Beam) -> list[str]:
    return [agent.category.title or "" for agent in beam.agents.list().agents if agent.category]


def run_and_report(beam: Beam, agent_id: str) -> str:
    task = beam.agent_tasks.run(agent_id, "Summarise today's tickets")
    if task.status == "COMPLETED":
        return task.task_summary or "(no summary)"
    return f"{task.id} ended {task.status.lower()}"


def task_duration(task: AgentTask) -> float | None:
    if task.started_at is None or task.ended_at is None:
        return None
    return (task.ended_at - task.started_at).total_seconds()


def task_node_statuses(beam: Beam, task_id: str) -> dict[str, str | None]:
    task = beam.agent_tasks.get(task_id)
    return {node.id: node.status for node in task.agent_task_nodes or []}


def graph_node_objectives(beam: Beam, agent_id: str) -> list[tuple[str, str]]:
    graph = beam.agent_graphs.get(agent_id)
    return [(node.id, node.objective or "") for node in graph.graph.nodes]


def graph_node_tools(beam: Beam, agent_id: str) -> set[str]:
    graph = beam.agent_graphs.get(agent_id).graph
    return {
        node.tool_configuration.tool_function_name or "" for node in graph.nodes if node.tool_configuration
    }


def lite_node_ids(beam: Beam, agent_id: str) -> list[str]:
    return [node.id for node in beam.agent_graphs.get_nodes(agent_id).nodes]


def view_records(beam: Beam, view_id: str) -> tuple[list[Any], float | None]:
    page = beam.agent_views.list_records(view_id)
    return page.list_, page.page_info.total_rows


def active_view_names(beam: Beam) -> list[str]:
    return [view.name.title() for view in beam.agent_views.list_all() if view.is_active]


def view_column_names(view: View) -> list[str]:
    return [column.name or column.id for column in view.columns or []]


def questions_waiting_tasks_ask(beam: Beam, agent_id: str, tool: str) -> list[str]:
    nodes = beam.agent_graphs.list_task_nodes_by_tool(tool, agent_id=agent_id).agent_task_nodes
    return [question.question or "" for node in nodes for question in node.user_questions or []]


def completed_task_ids(beam: Beam) -> list[str]:
    groups = beam.agent_tasks.list(statuses=["COMPLETED"]).data
    return [task.id for group in groups for task in group.tasks or [] if task.status == "COMPLETED"]


def who_am_i(beam: Beam) -> tuple[str, int]:
    me = beam.user.get()
    return me.email.lower(), me.created_at.year


def tool_names(beam: Beam) -> dict[str, str | None]:
    return {tool.id: tool.tool_name for tool in beam.tools.list_active().tools}


def default_model(beam: Beam) -> str | None:
    return next((model.name for model in beam.tools.list_preferred_models() if model.is_default), None)


def keep_for_later(task: AgentTask) -> AgentTask:
    restored: AgentTask = pickle.loads(pickle.dumps(task))
    return copy.deepcopy(restored)


def model_from_stored_json(data: dict[str, Any]) -> datetime.datetime | None:
    return AgentTask.from_dict(data).created_at


async def async_agent_ids(beam: AsyncBeam) -> list[str]:
    return [agent.id async for agent in beam.agents.list_all()]


async def async_task_summary(beam: AsyncBeam, task_id: str) -> str:
    task = await beam.agent_tasks.get(task_id)
    return f"{task.status}: {task.task_summary or ''}"
