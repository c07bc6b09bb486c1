"""Cassette scenarios: what `scripts/record_cassettes.py` records and `tests/test_cassettes.py` replays.

Each scenario is a function of a `Beam` client (plus the few ids no read endpoint can discover),
defined once here and used by both. They only read, so a maintainer can record them against a real
workspace without starting paid tasks or changing agents. Ids come from list calls where possible,
so the same function works against the fake server's seeded workspace and a live one.

Calls go through `beam_ai._operation.call` with the generated operation modules; the workspace
header scenario uses `client.request`, which adds the client's own `current-workspace-id`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from types import ModuleType
from typing import Any

from beam_ai import APIStatusError, Beam, TokenExchangeAuth
from beam_ai._requester import call
from beam_ai.testing import FOREIGN_WORKSPACE_ID, SEEDED_CONTEXT_FILE_ID, SUPPORT_AGENT_ID
from beam_ai_api.api.agent_graphs import get_agent_graph, get_agent_graph_nodes
from beam_ai_api.api.agent_setup import get_setup_session
from beam_ai_api.api.agent_tasks import get_task, get_task_updates, list_tasks
from beam_ai_api.api.agent_views import get_view, list_view_records, list_views
from beam_ai_api.api.agents import list_agents
from beam_ai_api.api.context_files import get_context_file_download_url
from beam_ai_api.api.tools import list_active_tools, list_preferred_models
from beam_ai_api.api.user import get_current_user
from beam_ai_api.models import AgentList

Result = dict[str, Any]


@dataclass(frozen=True)
class Inputs:
    """Ids a scenario cannot discover with a read call. Defaults: the fake server's seeded ones."""

    context_agent_id: str = SUPPORT_AGENT_ID
    context_file_id: str = SEEDED_CONTEXT_FILE_ID
    other_workspace_id: str = FOREIGN_WORKSPACE_ID  # a workspace the key has no access to

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> Inputs:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Scenario:
    name: str  # the cassette is tests/cassettes/<name>.yaml
    tags: tuple[str, ...]  # generated modules (spec tags) it reads from
    summary: str
    run: Callable[[Beam, Inputs], Result]
    auth_mode: str = "token"


FINISHED = frozenset({"COMPLETED", "FAILED", "ERROR", "STOPPED", "TIMEOUT", "CANCELLED"})


def is_finished(status: object) -> bool:
    """A task status after which the update stream ends (statuses are open strings of either case)."""
    return isinstance(status, str) and status.upper() in FINISHED


def op(client: Beam, operation: ModuleType, /, **arguments: Any) -> Any:
    """Run a generated operation, sending the client's workspace where the operation documents one."""
    if "current_workspace_id" in inspect.signature(operation._get_kwargs).parameters:
        arguments.setdefault("current_workspace_id", client.workspace_id)
    return call(client, operation, **arguments)


def _first_agent_id(client: Beam) -> str:
    agents = op(client, list_agents, page_size=1).agents
    if not agents:
        raise LookupError("the workspace has no agents to read")
    return str(agents[0].id)


def auth_token_flow(client: Beam, inputs: Inputs) -> Result:
    """Exchange the API key, call with the bearer token, refresh, call with the new token."""
    auth = getattr(client.http.auth, "token", None)  # the token side of the per-operation auth
    if not isinstance(auth, TokenExchangeAuth) or client.auth_mode != "token":
        raise TypeError("auth_token_flow needs a client with auth_mode='token'")
    before = op(client, get_current_user)  # POST /auth/access-token, then GET /v2/user/me
    auth.invalidate()  # the next request refreshes first, as it would shortly before `exp`
    after = op(client, get_current_user)  # POST /auth/refresh-token, then GET /v2/user/me
    return {"before": before, "after": after}


def auth_api_key(client: Beam, inputs: Inputs) -> Result:
    """The other documented scheme: the key itself in `x-api-key`, no token exchange."""
    return {"user": op(client, get_current_user)}


def workspace_header(client: Beam, inputs: Inputs) -> Result:
    """`current-workspace-id` comes from the client; `with_workspace` scopes a copy, not the original."""
    home = AgentList.from_dict(client.request("GET", "/agent", params={"pageSize": 1}).json())
    other = client.with_workspace(inputs.other_workspace_id)
    try:
        other.request("GET", "/agent", params={"pageSize": 1})
        other_status = 200
    except APIStatusError as error:  # the fake answers 403: the key has no access to that workspace
        other_status = error.status_code
    again = AgentList.from_dict(client.request("GET", "/agent", params={"pageSize": 1}).json())
    return {
        "home": home,
        "other_status": other_status,
        "again": again,
        "workspaces": (client.workspace_id, other.workspace_id),
    }


def agents(client: Beam, inputs: Inputs) -> Result:
    return {"agents": op(client, list_agents, page_size=5)}


def agent_graphs(client: Beam, inputs: Inputs) -> Result:
    agent_id = _first_agent_id(client)
    return {
        "agent_id": agent_id,
        "graph": op(client, get_agent_graph, agent_id=agent_id),
        "nodes": op(client, get_agent_graph_nodes, agent_id=agent_id),
    }


def agent_tasks(client: Beam, inputs: Inputs) -> Result:
    tasks = op(client, list_tasks, page_size=2)
    listed = [task for group in tasks.data for task in (group.tasks or [])]
    if not listed:
        raise LookupError("the workspace has no tasks to read")
    return {"tasks": tasks, "task_id": listed[0].id, "task": op(client, get_task, task_id=listed[0].id)}


def task_updates(client: Beam, inputs: Inputs) -> Result:
    """The SSE endpoint on a finished task (its stream ends); a cassette replays it all at once."""
    tasks = op(client, list_tasks, page_size=1, statuses="COMPLETED")
    listed = [task for group in tasks.data for task in (group.tasks or [])]
    if not listed:  # the filter's spelling is not documented; look through a page instead
        tasks = op(client, list_tasks, page_size=10)
        listed = [task for group in tasks.data for task in (group.tasks or []) if is_finished(task.status)]
    if not listed:
        raise LookupError("the workspace has no finished task to read the updates of")
    task_id = listed[0].id
    return {"task_id": task_id, "stream": op(client, get_task_updates, task_id=task_id, timeout=60.0)}


def agent_setup(client: Beam, inputs: Inputs) -> Result:
    agent_id = _first_agent_id(client)
    return {"agent_id": agent_id, "session": op(client, get_setup_session, agent_id=agent_id)}


def context_files(client: Beam, inputs: Inputs) -> Result:
    """No endpoint lists context files, so the ids are inputs (the fake's seeded file by default)."""
    link = op(
        client,
        get_context_file_download_url,
        agent_id=inputs.context_agent_id,
        file_id=inputs.context_file_id,
    )
    return {"link": link}


def agent_views(client: Beam, inputs: Inputs) -> Result:
    views = op(client, list_views, page_size=5)
    if not views.views:
        raise LookupError("the workspace has no views to read")
    view_id = views.views[0].id
    return {
        "views": views,
        "view_id": view_id,
        "view": op(client, get_view, view_id=view_id),
        "records": op(client, list_view_records, view_id=view_id, page_size=2),
    }


def tools(client: Beam, inputs: Inputs) -> Result:
    return {"active": op(client, list_active_tools), "models": op(client, list_preferred_models)}


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario(
            "auth_token_flow", ("auth", "user"), "token exchange, bearer call, refresh", auth_token_flow
        ),
        Scenario("auth_api_key", ("user",), "x-api-key auth", auth_api_key, auth_mode="api_key"),
        Scenario("workspace_header", ("agents",), "client workspace vs with_workspace()", workspace_header),
        Scenario("agents", ("agents",), "list agents", agents),
        Scenario("agent_graphs", ("agents", "agent_graphs"), "graph and graph nodes", agent_graphs),
        Scenario("agent_tasks", ("agent_tasks",), "list tasks, get one", agent_tasks),
        Scenario("task_updates", ("agent_tasks",), "SSE updates of a finished task", task_updates),
        Scenario("agent_setup", ("agents", "agent_setup"), "setup session", agent_setup),
        Scenario("context_files", ("context_files",), "download link of a context file", context_files),
        Scenario("agent_views", ("agent_views",), "views, one view, its records", agent_views),
        Scenario("tools", ("tools",), "active tools, preferred models", tools),
    )
}
