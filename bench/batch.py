"""Throughput of `beam_ai.batch` against a hand-written asyncio loop doing the same work.

Run: python bench/batch.py [--quick] [--tasks N] [--concurrency N] [--rounds N] [--json PATH]

The fake Beam server runs in its own process on loopback (real clock; each task QUEUED 0.2 s, then
IN_PROGRESS 0.3 s), so neither contender shares its CPU or GIL. Both use one `AsyncBeam`:

  hand   a semaphore of C around `create` + `wait` (SSE) per row, results kept in a list
  batch  `arun_batch(client, agent, rows, query=..., out=..., concurrency=C)`: the same creations
         and waits, plus the SQLite checkpoint (a committed write per transition) and the results file

Reported: rows/s of batch over rows/s of the hand loop (median over interleaved rounds); the target
is at least 0.95.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import Row, finish, parser
from batch_crash import fake_server_process

from beam_ai import AsyncBeam
from beam_ai.batch import arun_batch
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID

QUERY = "Bench {ticket}"


def _client(url: str) -> AsyncBeam:
    return AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url)


async def hand_loop(url: str, rows: list[dict[str, Any]], concurrency: int) -> float:
    async with _client(url) as client:
        await client.user.get()  # token and pool warmed, as arun_batch's client is below
        limit = asyncio.Semaphore(concurrency)
        results: list[Any] = []

        async def one(row: dict[str, Any]) -> None:
            async with limit:
                created = await client.agent_tasks.create(
                    agent_id=SUPPORT_AGENT_ID, query=QUERY.format(**row)
                )
                results.append(await client.agent_tasks.wait(str(created.id)))

        start = time.perf_counter()
        await asyncio.gather(*(one(row) for row in rows))
        seconds = time.perf_counter() - start
    assert len(results) == len(rows)
    return seconds


async def batch(url: str, rows: list[dict[str, Any]], concurrency: int, out: Path) -> float:
    async with _client(url) as client:
        await client.user.get()
        start = time.perf_counter()
        summary = await arun_batch(
            client, SUPPORT_AGENT_ID, rows, query=QUERY, out=out, concurrency=concurrency
        )
        seconds = time.perf_counter() - start
    assert summary.done == len(rows), summary
    return seconds


def run(tasks: int, concurrency: int, rounds: int) -> list[Row]:
    samples: dict[str, list[float]] = {"hand": [], "batch": []}
    with (
        tempfile.TemporaryDirectory(prefix="beam-bench-batch-") as tmp,
        fake_server_process("--queue-seconds", "0.2", "--run-seconds", "0.3") as url,
    ):
        for index in range(rounds):
            rows = [{"id": f"{index}-{i}", "ticket": f"round {index} ticket {i}"} for i in range(tasks)]
            order = ("hand", "batch") if index % 2 == 0 else ("batch", "hand")
            for name in order:
                if name == "hand":
                    seconds = asyncio.run(hand_loop(url, rows, concurrency))
                else:
                    seconds = asyncio.run(batch(url, rows, concurrency, Path(tmp) / f"out-{index}.jsonl"))
                samples[name].append(tasks / seconds)
    ratio = statistics.median(b / h for b, h in zip(samples["batch"], samples["hand"], strict=True))
    hand, ours = statistics.median(samples["hand"]), statistics.median(samples["batch"])
    return [
        Row(
            "batch",
            f"throughput, {tasks} tasks with {concurrency} in flight: batch / hand-written asyncio loop",
            ratio,
            "x",
            target=0.95,
            compare=">=",
            detail=f"{ours:.1f} vs {hand:.1f} tasks/s (each task 0.5 s on the fake; median of {rounds} rounds)",
        )
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--tasks", type=int, help="rows per run (default 400; --quick 20)")
    p.add_argument("--concurrency", type=int, help="tasks in flight (default 50; --quick 10)")
    p.add_argument("--rounds", type=int, help="interleaved rounds (default 3; --quick 1)")
    args = p.parse_args(argv)
    tasks = args.tasks or (20 if args.quick else 400)
    concurrency = args.concurrency or (10 if args.quick else 50)
    rounds = args.rounds or (1 if args.quick else 3)
    return finish(
        "batch runner against the fake server in its own process", run(tasks, concurrency, rounds), args.json
    )


if __name__ == "__main__":
    main(sys.argv[1:])
