"""Run one Beam agent task end to end: start it, follow its live updates, read the result.

By default this starts the embedded fake Beam server on a free loopback port, so no account is
needed. To run against the real API, set BEAM_API_KEY and BEAM_WORKSPACE_ID (and optionally
BEAM_BASE_URL and BEAM_AGENT_ID).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator

import httpx_sse

from beam_ai import Beam
from beam_ai_api.api.agent_tasks import create_task, get_task
from beam_ai_api.api.agents import list_agents
from beam_ai_api.api.user import get_current_user
from beam_ai_api.models import AgentList, AgentTask, CreatedTask, CreateTaskRequest, TaskQuery, User


@contextlib.contextmanager
def beam_target(queue_seconds: float, run_seconds: float) -> Iterator[tuple[str, str, str]]:
    """(base_url, api_key, workspace_id): the real API if configured, else a fake on loopback."""
    if os.environ.get("BEAM_API_KEY"):
        yield (
            os.environ.get("BEAM_BASE_URL", "https://api.beamstudio.ai"),
            os.environ["BEAM_API_KEY"],
            os.environ["BEAM_WORKSPACE_ID"],
        )
        return
    from beam_ai.testing import FakeBeam, FakeBeamServer, RealClock

    fake = FakeBeam(clock=RealClock(), queue_seconds=queue_seconds, run_seconds=run_seconds)
    with FakeBeamServer(fake) as server:
        print(f"Started the embedded fake Beam API on {server.url}")
        yield server.url, fake.api_key, fake.workspace_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--queue-seconds", type=float, default=0.5, help="fake server: time a task stays QUEUED"
    )
    parser.add_argument("--run-seconds", type=float, default=1.5, help="fake server: time a task runs")
    args = parser.parse_args(argv)
    with (
        beam_target(args.queue_seconds, args.run_seconds) as (base_url, api_key, workspace_id),
        Beam(api_key=api_key, workspace_id=workspace_id, base_url=base_url) as beam,
    ):
        user = get_current_user.sync(client=beam.raw)
        assert isinstance(user, User), user
        print(f"Signed in as {user.name} <{user.email}>")

        agents = list_agents.sync(client=beam.raw, current_workspace_id=workspace_id)
        assert isinstance(agents, AgentList), agents
        agent_id = os.environ.get("BEAM_AGENT_ID") or agents.agents[0].id
        agent_name = next((a.name for a in agents.agents if a.id == agent_id), agent_id)
        print(f"{agents.count} agents in the workspace; running '{agent_name}'")

        request = CreateTaskRequest(
            agent_id=str(agent_id),
            task_query=TaskQuery(query="Summarise the open support tickets from today"),
        )
        created = create_task.sync(client=beam.raw, current_workspace_id=workspace_id, body=request)
        assert isinstance(created, CreatedTask), created
        print(f"Created task {created.id}: {created.status}")

        updates_url = f"/agent-tasks/{created.id}/updates"
        with httpx_sse.connect_sse(beam.http, "GET", updates_url, timeout=None) as source:
            for event in source.iter_sse():
                update = json.loads(event.data)
                print(f"  update: {update.get('status')}  {update.get('message', '')}")

        task = get_task.sync(client=beam.raw, task_id=str(created.id), current_workspace_id=workspace_id)
        assert isinstance(task, AgentTask), task
        print(f"Task {task.id} finished {task.status}: {task.task_summary or '(no summary)'}")
        return 0 if task.status == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
