"""10,000 tasks followed by one process: peak memory and client CPU per status change.

Run: python bench/watch_many.py [--quick] [--tasks N] [--per-task N] [--json PATH]

A fake Beam server in its own process (real clock) holds `--tasks` running tasks that finish spread
evenly over 30 s; one `AsyncBeam` in another fresh process follows them all with
`agent_tasks.as_completed` (one watcher reading the task list) until the last has finished.
Measured in the client process only: CPU time (user + system) per status change (a task reaching
its end), the growth of its peak resident memory while following, and its requests. The same is
measured for today's per-task following (each task read every 2 s until it ends, as the batch
runner did beyond its streams) on `--per-task` tasks (fewer: the fake cannot answer 5,000 reads a
second), and the ratios per status change and per task followed are reported.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import Row, finish, parser

RUN_SECONDS = 60.0
QUEUE_SECONDS = 1.0
FIRST_END = 5.0  # seconds after the server starts when the first task ends
POLL = 2.0


def serve(count: int, spread: float, tasks_file: str) -> None:
    """The fake server with `count` running tasks ending over `spread` s; prints its URL."""
    from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer
    from beam_ai.testing._clock import RealClock
    from beam_ai.testing._tasks import render_minimal

    fake = FakeBeam(clock=RealClock(), queue_seconds=QUEUE_SECONDS, run_seconds=RUN_SECONDS)
    start = fake.clock.now()
    bodies = []
    with fake.store.lock:
        for i in range(count):
            ends = start + FIRST_END + spread * i / count
            task = fake.store.create_task(
                SUPPORT_AGENT_ID, f"watch {i}", "", ends - QUEUE_SECONDS - RUN_SECONDS
            )
            bodies.append(render_minimal(fake.refresh_task(task), {}))
    Path(tasks_file).write_text(json.dumps(bodies), encoding="utf-8")
    with FakeBeamServer(fake) as server:
        print(f"listening on {server.url}", flush=True)
        sys.stdin.read()  # until the bench closes our stdin


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


async def follow(contender: str, url: str, tasks_file: str) -> dict[str, Any]:
    import httpx

    from beam_ai import AsyncBeam
    from beam_ai._task_events import ends_following, task_status
    from beam_ai.models import MinimalAgentTask
    from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID

    requests = 0

    async def count(request: httpx.Request) -> None:
        nonlocal requests
        requests += 1

    tasks = [MinimalAgentTask.from_dict(body) for body in json.loads(Path(tasks_file).read_text())]
    client = AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url)
    client.http.event_hooks["request"].append(count)
    async with client:
        await client.user.get()
        requests = 0
        with open("/proc/self/clear_refs", "w") as refs:  # the peak RSS starts again from here
            refs.write("5")
        rss_before, cpu, wall = _rss_mb("VmRSS"), time.process_time(), time.perf_counter()
        finished = 0
        if contender == "watch":
            async for _ in client.agent_tasks.as_completed(tasks, agent_id=SUPPORT_AGENT_ID):
                finished += 1
        else:

            async def poll(task_id: str) -> None:
                nonlocal finished
                while not ends_following(task_status(await client.agent_tasks.get(task_id))):
                    await asyncio.sleep(POLL)
                finished += 1

            await asyncio.gather(*(poll(str(task.id)) for task in tasks))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "tasks": len(tasks),
        "changes": finished,
        "cpu": cpu,
        "wall": wall,
        "requests": requests,
        "rss_growth": _rss_mb("VmHWM") - rss_before,
    }


def measure(contender: str, count: int, spread: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="beam-bench-watch-") as tmp:
        tasks_file = str(Path(tmp) / "tasks.json")
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(count), str(spread), tasks_file],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            url = server.stdout.readline().rsplit(" ", 1)[1].strip()
            client = subprocess.run(
                [sys.executable, __file__, "--contender", contender, url, tasks_file],
                capture_output=True,
                text=True,
                check=True,
            )
        finally:
            if server.stdin is not None:
                server.stdin.close()
            server.wait(30)
    result: dict[str, Any] = json.loads(client.stdout.splitlines()[-1])
    return result


def rows(watch: dict[str, Any], per_task: dict[str, Any]) -> list[Row]:
    cpu_watch = watch["cpu"] / watch["changes"] * 1000
    cpu_before = per_task["cpu"] / per_task["changes"] * 1000
    mem_watch = watch["rss_growth"] / watch["tasks"] * 1024
    mem_before = per_task["rss_growth"] / per_task["tasks"] * 1024
    return [
        Row(
            "watch_many",
            f"{watch['tasks']:,} tasks followed by one process: client CPU per status change",
            cpu_watch,
            "ms",
            detail=(
                f"{watch['cpu']:.2f} s CPU for {watch['changes']:,} tasks ending over {watch['wall']:.0f} s;"
                f" {watch['requests']} requests"
            ),
        ),
        Row(
            "watch_many",
            f"{watch['tasks']:,} tasks followed by one process: peak memory growth",
            watch["rss_growth"],
            "MB",
            detail=f"{mem_watch:.1f} KB a task (resident set, client process)",
        ),
        Row(
            "watch_many",
            "CPU per status change: watcher / per-task following",
            cpu_watch / cpu_before,
            "x",
            detail=(
                f"{cpu_watch:.3f} vs {cpu_before:.2f} ms; per-task: {per_task['tasks']:,} tasks read every"
                f" {POLL:g} s, {per_task['requests']} requests"
            ),
        ),
        Row(
            "watch_many",
            "peak memory per task followed: watcher / per-task following",
            mem_watch / mem_before if mem_before > 0 else 0.0,
            "x",
            detail=f"{mem_watch:.1f} vs {mem_before:.1f} KB a task",
        ),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--serve"]:
        serve(int(argv[1]), float(argv[2]), argv[3])
        return []
    if argv[:1] == ["--contender"]:
        print(json.dumps(asyncio.run(follow(argv[1], argv[2], argv[3]))))
        return []
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--tasks", type=int, help="tasks the watcher follows (default 10,000; --quick 500)")
    p.add_argument("--per-task", type=int, help="tasks followed one by one (default 300; --quick 50)")
    args = p.parse_args(argv)
    spread = 3.0 if args.quick else 30.0
    watch = measure("watch", args.tasks or (500 if args.quick else 10_000), spread)
    per_task = measure("per-task", args.per_task or (50 if args.quick else 300), spread)
    return finish("following many tasks from one process", rows(watch, per_task), args.json)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
