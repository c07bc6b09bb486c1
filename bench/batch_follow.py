"""Requests per row and wall time of `beam_ai.batch` at 50 and 500 tasks in flight.

Run: python bench/batch_follow.py [--quick] [--compare] [--json PATH]

The fake Beam server runs in its own process on loopback (real clock; each task QUEUED 0.5 s, then
IN_PROGRESS 10 s, as the issue measured). `arun_batch` runs 200 rows with 50 in flight and 1,000
rows with 500 in flight; every HTTP request the client sends (token, creations, reads, lists,
streams, retries) is counted by an `on_request` hook. Reported per size: requests per row (target at
500 in flight: at most 1.5, was 6.5 when every task beyond the 50 streamed ones was polled) and
wall time over the ideal, rows / in flight x 10.5 s (target at 500: at most 1.25x, was 1.6x).
`--compare` runs each size again with today's per-task following put back (a GET every 2 s per
task beyond the streamed ones) and reports the ratios side by side.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import Row, finish, parser
from batch_crash import fake_server_process

from beam_ai import AsyncBeam, Attempt
from beam_ai._task_events import ends_following, task_status
from beam_ai.batch import _run, arun_batch
from beam_ai.batch._tasks_api import ClientTaskApi
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID

QUERY = "Follow bench {ticket}"
QUEUE_SECONDS, RUN_SECONDS = 0.5, 10.0


class Counting:
    """An `on_request` hook counting every request the client sends (token, retries included)."""

    def __init__(self) -> None:
        self.count = 0
        self.by_kind: dict[str, int] = {}

    def __call__(self, attempt: Attempt) -> None:
        self.count += 1
        request = attempt.request
        path = request.url.path
        kind = f"{request.method} {'/agent-tasks/{id}' + ('/updates' if path.endswith('/updates') else '') if path.startswith('/agent-tasks/') else path}"
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


class PerTaskApi(ClientTaskApi):
    """Today's following, put back for `--compare`: a GET every poll interval per unstreamed task."""

    async def follow(self, task_id: str, *, stream: bool) -> Any:
        if stream:
            return await super().follow(task_id, stream=True)
        while True:
            task = await self._tasks.get(task_id)
            if ends_following(task_status(task)):
                return task
            await self._client.sleep(self._poll_interval)


async def one_run(url: str, rows: int, concurrency: int, out: Path) -> tuple[float, Counting]:
    transport = Counting()  # the client's own connection pool, as a user's client has it
    client = AsyncBeam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url, on_request=transport
    )
    async with client:
        await client.user.get()  # the token and the pool warmed, as in bench/batch.py
        transport.count, transport.by_kind = 0, {}
        data = [{"id": str(i), "ticket": f"ticket {i} of {out.stem}"} for i in range(rows)]
        start = time.perf_counter()
        summary = await arun_batch(
            client, SUPPORT_AGENT_ID, data, query=QUERY, out=out, concurrency=concurrency
        )
        seconds = time.perf_counter() - start
    assert summary.done == rows, summary
    return seconds, transport


def measure(url: str, rows: int, concurrency: int, out: Path, per_task: bool) -> tuple[float, Counting]:
    original = _run.ClientTaskApi
    _run.ClientTaskApi = PerTaskApi if per_task else original  # type: ignore[misc]
    try:
        return asyncio.run(one_run(url, rows, concurrency, out))
    finally:
        _run.ClientTaskApi = original  # type: ignore[misc]


def rows_for(
    rows: int, concurrency: int, task_seconds: float, result: tuple[float, Counting], targets: bool
) -> list[Row]:
    seconds, transport = result
    ideal = rows / concurrency * task_seconds
    kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(transport.by_kind.items()))
    return [
        Row(
            "batch_follow",
            f"{rows} rows, {concurrency} in flight: requests per row",
            transport.count / rows,
            "",
            1.5 if targets else None,
            f"{transport.count} requests ({kinds})",
        ),
        Row(
            "batch_follow",
            f"{rows} rows, {concurrency} in flight: wall time / ideal",
            seconds / ideal,
            "x",
            1.25 if targets else None,
            f"{seconds:.1f} s against {ideal:.1f} s (rows / in flight x {task_seconds:g} s a task)",
        ),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--compare", action="store_true", help="also run today's per-task following")
    args = p.parse_args(argv)
    queue, run = (0.1, 0.5) if args.quick else (QUEUE_SECONDS, RUN_SECONDS)
    sizes = [(20, 5), (60, 30)] if args.quick else [(200, 50), (1000, 500)]
    result: list[Row] = []
    with (
        tempfile.TemporaryDirectory(prefix="beam-bench-follow-") as tmp,
        fake_server_process("--queue-seconds", str(queue), "--run-seconds", str(run)) as url,
    ):
        for rows, concurrency in sizes:
            ours = measure(url, rows, concurrency, Path(tmp) / f"watch-{rows}.jsonl", per_task=False)
            targets = concurrency >= 500
            result += rows_for(rows, concurrency, queue + run, ours, targets)
            if args.compare:
                before = measure(url, rows, concurrency, Path(tmp) / f"per-task-{rows}.jsonl", per_task=True)
                for row in rows_for(rows, concurrency, queue + run, before, False):
                    row.measure = row.measure.replace(": ", ", per-task following (before): ", 1)
                    result.append(row)
                same = (
                    " (the same path: every task in flight over its own stream)" if concurrency <= 50 else ""
                )
                result.append(
                    Row(
                        "batch_follow",
                        f"{rows} rows, {concurrency} in flight: wall time, watcher / per-task following",
                        ours[0] / before[0],
                        "x",
                        detail=f"{ours[0]:.1f} vs {before[0]:.1f} s{same}",
                    )
                )
    return finish("batch following against the fake server in its own process", result, args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
