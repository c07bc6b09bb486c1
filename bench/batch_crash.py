"""Crash test of `beam-ai batch run`: SIGKILL at random moments, resume, and count what the server holds.

Run: python bench/batch_crash.py [--rows 1000] [--kills 20] [--seed 1] [--concurrency 20] [--json PATH]

The fake Beam server runs as its own process on loopback (`python -m beam_ai.testing`, real clock),
with the "drop after acting" fault on the first creations (`--drops`, default a tenth of the rows:
the task is created, the answer never arrives). The batch runs as a process too
(`python -m beam_ai batch run ... --resume`) and is killed with SIGKILL `--kills` times, each time at
a random moment once it has made progress past a point spread over the run (and, when it has any,
while a creation is in flight); after the last kill it runs to the end. Then the server's own task
list is counted: every row must have exactly one task (0 duplicates), every row a result in the
output (0 lost), each result naming one of those tasks.

`tests/test_batch_crash.py` runs this at a small size in the suite.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from beam_ai import Beam
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID

QUERY = "Crash-test {ticket}"
WAIT_STEP = 0.005  # seconds between looks at the checkpoint while waiting for the moment to kill


@dataclass
class CrashReport:
    rows: int
    kills: int = 0
    kills_during_creation: int = 0
    runs: int = 0
    final_exit_code: int | None = None
    server_tasks: int = 0
    duplicates: int = 0
    rows_without_task: int = 0
    lost_rows: int = 0
    results_not_completed: int = 0
    results_naming_unknown_tasks: int = 0
    drops: int = 0  # creations the fake dropped after acting (its first ones)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.final_exit_code == 0
            and self.duplicates == 0
            and self.rows_without_task == 0
            and self.lost_rows == 0
            and self.results_not_completed == 0
            and self.results_naming_unknown_tasks == 0
        )


@contextmanager
def fake_server_process(*arguments: str) -> Iterator[str]:
    """`python -m beam_ai.testing --port 0 ...` in its own process; yields its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "beam_ai.testing", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        if "listening on" not in first:
            raise RuntimeError(f"the fake server did not start: {first!r}")
        yield first.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(10)


def _progress(checkpoint: Path) -> tuple[int, int]:
    """(rows finished, rows creating) as the checkpoint says right now; (0, 0) before it exists."""
    if not checkpoint.exists():
        return 0, 0
    try:
        db = sqlite3.connect(f"file:{checkpoint}?mode=ro", uri=True, timeout=5)
        try:
            counts = dict(db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return 0, 0
    return counts.get("done", 0) + counts.get("failed", 0) + counts.get("parked", 0), counts.get(
        "creating", 0
    )


def _server_tasks(url: str) -> list[tuple[str, str]]:
    """(task id, query) of every crash-test task the server holds (its own task list)."""
    with Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url) as client:
        found = []
        for task in client.agent_tasks.list_all(agent_id=SUPPORT_AGENT_ID):
            objective = str(task.task_objective)
            if objective.startswith("Crash-test "):
                found.append((str(task.id), objective))
        return found


def crash_test(
    rows: int,
    kills: int,
    *,
    seed: int = 1,
    concurrency: int = 20,
    drops: int | None = None,
    slow_creations: bool = False,
    queue_seconds: float = 0.1,
    run_seconds: float = 0.2,
    settle_delay: float = 0.5,
    workdir: Path | None = None,
) -> CrashReport:
    """Kill a batch `kills` times at random moments and resume it; count what the server holds.

    `slow_creations`: the fake answers each creation 0.5 s after making the task (`slow_answer`), so
    kills land with creations in flight while each task is on the server before any check. (With
    the delay before acting, a check `settle_delay` after the attempt raced the fake's handling: on
    a loaded machine the check came first, the row was created again, and a later kill left it
    with two tasks, parked.)
    """
    rng = random.Random(seed)
    report = CrashReport(rows=rows)
    drops = rows // 10 if drops is None else drops
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="beam-crash-") as tmp:
        work = workdir or Path(tmp)
        data = work / "rows.jsonl"
        data.write_text(
            "".join(json.dumps({"id": f"row-{i:05d}", "ticket": f"ticket {i}"}) + "\n" for i in range(rows))
        )
        out = work / "results.jsonl"
        checkpoint = out.with_name(out.name + ".checkpoint.sqlite")
        fault = [f"--fault=drop_after:POST:/agent-tasks:{drops}"] if drops else []
        if slow_creations:  # every creation is answered 0.5 s late: kills land with creations in flight
            fault.append("--fault=slow_answer:POST:/agent-tasks")
        with fake_server_process(
            "--queue-seconds", str(queue_seconds), "--run-seconds", str(run_seconds), *fault
        ) as url:
            env = {
                **os.environ,
                "BEAM_API_KEY": FAKE_API_KEY,
                "BEAM_WORKSPACE_ID": FAKE_WORKSPACE_ID,
                "BEAM_BASE_URL": url,
            }
            command = [
                sys.executable, "-m", "beam_ai", "batch", "run", SUPPORT_AGENT_ID, str(data),
                "--query", QUERY, "--out", str(out), "--resume",
                "--concurrency", str(concurrency), "--poll-interval", "0.05",
                "--settle-delay", str(settle_delay),
            ]  # fmt: skip
            for round_number in range(1, kills + 2):
                final = round_number == kills + 1
                process = subprocess.Popen(
                    command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
                report.runs += 1
                if final:
                    _, err = process.communicate(timeout=600)
                    report.final_exit_code = process.returncode
                    if process.returncode != 0:
                        report.problems.append(err.decode(errors="replace")[-2000:])
                    break
                # Kill once the run has got past its share of the rows (spread over the run), at a
                # random moment shortly after, preferring a moment with a creation in flight.
                # Targets spread over the first 80% of the rows, so a busy machine still finds the
                # last runs with work left to kill.
                target = (rows * 4 * round_number) // (5 * (kills + 1))
                grace = rng.uniform(0.0, 0.05)
                deadline: float | None = None
                while process.poll() is None:
                    finished, creating = _progress(checkpoint)
                    now = time.perf_counter()
                    if deadline is None and finished >= target:
                        deadline = now + grace
                    if deadline is not None and now >= deadline and (creating or now >= deadline + 0.1):
                        break
                    if finished >= rows - concurrency:  # about to finish: no time to choose a moment
                        break
                    with suppress(subprocess.TimeoutExpired):
                        process.wait(WAIT_STEP)
                if process.poll() is None:
                    _, creating = _progress(checkpoint)
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    report.kills += 1
                    report.kills_during_creation += bool(_progress(checkpoint)[1] or creating)
                else:
                    report.problems.append(
                        f"run {round_number} ended before its kill (exit {process.returncode})"
                    )
            tasks = _server_tasks(url)
        report.server_tasks = len(tasks)
        per_query = Counter(query for _, query in tasks)
        report.duplicates = sum(count - 1 for count in per_query.values())
        expected = {QUERY.format(ticket=f"ticket {i}") for i in range(rows)}
        report.rows_without_task = len(expected - set(per_query))
        results = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
        keys = {record["key"] for record in results}
        report.lost_rows = rows - len(keys & {f"row-{i:05d}" for i in range(rows)})
        report.results_not_completed = sum(1 for record in results if record["status"] != "COMPLETED")
        server_ids = {task_id for task_id, _ in tasks}
        report.results_naming_unknown_tasks = sum(1 for r in results if r["task_id"] not in server_ids)
        report.drops = drops
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--drops", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    report = crash_test(args.rows, args.kills, seed=args.seed, concurrency=args.concurrency, drops=args.drops)
    summary = {name: value for name, value in vars(report).items() if name != "problems"}
    for name, value in summary.items():
        print(f"{name:<30} {value}")
    for problem in report.problems:
        print("problem:", problem)
    print("OK" if report.ok else "FAILED")
    if args.json:
        args.json.write_text(json.dumps({**summary, "ok": report.ok, "problems": report.problems}, indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
