"""Many `run()`s at once on one `AsyncBeam`: requests, wall time and another call's wait.

Run: python bench/many_runs.py [--quick] [--runs N] [--json PATH]

The fake Beam server runs in its own process on loopback (real clock; each task QUEUED 0.5 s, then
IN_PROGRESS 5 s). One `AsyncBeam` starts `--runs` (default 300) `agent_tasks.run()` at once and,
1.5 s in, one `agents.list()`. Measured side by side in one run: the client as it is (at most 50
update streams, the other tasks followed by its watcher of the task list) against every task
followed over its own stream (the client's stream slots made unlimited, as before), each run
twice, alternating. Reported: requests per run, wall time against the ideal (one task's 5.5 s) and
how long the `agents.list()` took while the runs went on.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

from _common import Row, finish, parser
from batch_crash import fake_server_process

from beam_ai import AsyncBeam, Attempt
from beam_ai._requester import StreamSlots
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID

QUEUE_SECONDS, RUN_SECONDS = 0.5, 5.0
SIDE_CALL_AFTER = 1.5


async def one_round(url: str, runs: int, capped: bool) -> tuple[float, int, float]:
    """(wall seconds, requests, seconds the side call took)."""
    sent = [0]

    def count(attempt: Attempt) -> None:
        sent[0] += 1

    async with AsyncBeam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url, on_request=count
    ) as beam:
        if not capped:
            beam._requester.streams = StreamSlots(10**6)  # every task over its own stream
        await beam.user.get()  # the token and a warm connection, outside the measure
        sent[0] = 0

        async def side_call() -> float:
            await asyncio.sleep(SIDE_CALL_AFTER)
            started = time.perf_counter()
            await beam.agents.list()
            return time.perf_counter() - started

        started = time.perf_counter()
        tasks, side = await asyncio.gather(
            asyncio.gather(*(beam.agent_tasks.run(SUPPORT_AGENT_ID, f"run {i}") for i in range(runs))),
            side_call(),
        )
        wall = time.perf_counter() - started
    assert [t.status for t in tasks] == ["COMPLETED"] * runs
    return wall, sent[0] - 1, side  # the side call's own request is not a run's


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="runs started at once (default 300; --quick 60)")
    args = p.parse_args(argv)
    runs = args.runs or (60 if args.quick else 300)
    queue, run = (0.1, 1.0) if args.quick else (QUEUE_SECONDS, RUN_SECONDS)
    results: dict[bool, list[tuple[float, int, float]]] = {True: [], False: []}
    with fake_server_process("--queue-seconds", str(queue), "--run-seconds", str(run)) as url:
        for _ in range(2):
            for capped in (True, False):
                results[capped].append(asyncio.run(one_round(url, runs, capped)))
    ideal = queue + run

    def median(capped: bool, index: int) -> float:
        return statistics.median(r[index] for r in results[capped])

    now_wall, was_wall = median(True, 0), median(False, 0)
    now_requests, was_requests = median(True, 1), median(False, 1)
    now_side, was_side = median(True, 2), median(False, 2)
    rows = [
        Row(
            "many_runs",
            f"{runs} run()s at once on one AsyncBeam: requests per run",
            round(now_requests / runs, 2),
            "",
            detail=f"{now_requests:.0f} requests; every task streamed (before): {was_requests:.0f}",
        ),
        Row(
            "many_runs",
            f"{runs} run()s at once: wall time / ideal",
            now_wall / ideal,
            "x",
            detail=f"{now_wall:.1f} s against {ideal:g} s; every task streamed: {was_wall:.1f} s ({was_wall / ideal:.2f}x)",
        ),
        Row(
            "many_runs",
            f"{runs} run()s at once: an agents.list() meanwhile, 50 streams / every task streamed",
            now_side / was_side,
            "x",
            detail=f"{now_side:.2f} vs {was_side:.2f} s",
        ),
    ]
    return finish("many runs at once against the fake server in its own process", rows, args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
