"""Walk every agent and every task of a workspace, page by page, without holding them all in memory."""

from __future__ import annotations

import sys
from collections import Counter

from _target import beam_client


def main() -> int:
    with beam_client(quiet=True) as beam:
        for agent in beam.agents.list_all(page_size=50):  # fetches the next page only when needed
            print(f"agent {agent.id}: {agent.name}")

        statuses: Counter[str] = Counter()
        for task in beam.agent_tasks.list_all(page_size=100):
            statuses[str(task.status)] += 1
        print("tasks by status:", dict(sorted(statuses.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
