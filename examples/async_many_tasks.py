"""Run several tasks at once with AsyncBeam, and handle errors by type."""

from __future__ import annotations

import asyncio
import sys

from beam_ai import AsyncBeam, BeamError, NotFoundError


async def run(beam: AsyncBeam, agent_id: str, query: str) -> str:
    task = await beam.agent_tasks.run(agent_id=agent_id, query=query, timeout=120)
    return f"{query!r}: {task.status}"


async def main_async(api_key: str, workspace_id: str, base_url: str) -> int:
    async with AsyncBeam(api_key=api_key, workspace_id=workspace_id, base_url=base_url) as beam:
        agent_id = str((await beam.agents.list()).agents[0].id)
        queries = ["Summarise ticket 1", "Summarise ticket 2", "Summarise ticket 3"]
        for line in await asyncio.gather(*(run(beam, agent_id, q) for q in queries)):
            print(line)
        try:
            await beam.agent_tasks.get("no-such-task")
        except NotFoundError as error:
            print(f"as expected: {error.status_code} {error.body}")
        except BeamError as error:  # every error this package raises derives from BeamError
            print(f"unexpected: {error}")
            return 1
    return 0


def main() -> int:
    from _target import fake_beam

    from beam_ai.testing import FakeBeamServer

    fake = fake_beam(queue_seconds=0.2, run_seconds=0.5)
    with FakeBeamServer(fake) as server:
        return asyncio.run(main_async(fake.api_key, fake.workspace_id, server.url))


if __name__ == "__main__":
    sys.exit(main())
