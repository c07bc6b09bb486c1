"""Run one Beam agent task end to end: start it, follow its live updates, print the result.

By default this starts the embedded fake Beam server on a free loopback port, so no account is
needed. To run against the real API, set BEAM_API_KEY and BEAM_WORKSPACE_ID (optionally
BEAM_BASE_URL and BEAM_AGENT_ID).
"""

from __future__ import annotations

import argparse
import os
import sys

from _target import beam_client

from beam_ai import TaskEvent


def show(event: TaskEvent) -> None:
    print(f"  {event.status:<12} {event.message or ''}".rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--queue-seconds", type=float, default=0.5, help="fake server: time a task stays QUEUED"
    )
    parser.add_argument("--run-seconds", type=float, default=1.5, help="fake server: time a task runs")
    parser.add_argument("--query", default="Summarise the open support tickets from today")
    args = parser.parse_args(argv)

    with beam_client(queue_seconds=args.queue_seconds, run_seconds=args.run_seconds) as beam:
        user = beam.user.get()
        print(f"Signed in as {user.name} <{user.email}>")

        agents = beam.agents.list()
        agent_id = os.environ.get("BEAM_AGENT_ID") or str(agents.agents[0].id)
        agent_name = next((a.name for a in agents.agents if a.id == agent_id), agent_id)
        print(f"{agents.count} agents in the workspace; running '{agent_name}'")

        task = beam.agent_tasks.run(agent_id=agent_id, query=args.query, timeout=300, on_event=show)
        print(f"Task {task.id} finished {task.status}: {task.task_summary or '(no summary)'}")
        return 0 if task.status == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
