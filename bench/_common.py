"""Shared by the benchmarks: timing, result rows, machine description, realistic response bodies.

Every benchmark measures its contenders side by side in the same process and run, interleaved, and
reports ratios; absolute times are printed for context only (they vary by machine). Each script
has `main(argv) -> list[Row]`, prints a table, and with `--json PATH` writes its rows for
`bench/run_all.py`.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

BASE_URL = "https://beam.test"
WORKSPACE_ID = "3d5e8a42-0000-4000-8000-00000000f00d"
API_KEY = "bm_key_bench_not_a_real_key"
AGENT_ID = "a1000000-0000-4000-8000-000000000001"


# -- result rows -----------------------------------------------------------------------------------


@dataclass
class Row:
    """One reported figure: `value` (a ratio, MB, s...) checked against `target` with `compare`.

    `target` None: informational. `compare` is "<=", ">=" or "==".
    """

    bench: str
    measure: str
    value: float
    unit: str
    target: float | None = None
    detail: str = ""
    compare: str = "<="

    @property
    def status(self) -> str:
        if self.target is None:
            return ""
        ok = {
            "<=": self.value <= self.target,
            ">=": self.value >= self.target,
            "==": self.value == self.target,
        }[self.compare]
        return "ok" if ok else "MISSED"

    def target_text(self) -> str:
        if self.target is None:
            return ""
        sign = {"<=": "≤ ", ">=": "≥ ", "==": "= "}[self.compare]
        return sign + format_value(self.target, self.unit)


def format_value(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit in ("MB", "s"):
        return f"{value:.2f} {unit}"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "µs":
        return f"{value:.0f} µs"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "":
        return f"{value:g}"
    return f"{value:g} {unit}"


def print_table(title: str, rows: Sequence[Row], out: Any = None) -> None:
    out = out or sys.stdout
    print(f"\n{title}", file=out)
    headers = ("bench", "measure", "value", "target", "", "detail")
    cells = [
        (r.bench, r.measure, format_value(r.value, r.unit), r.target_text(), r.status, r.detail) for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for cell in cells:
        print("  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip(), file=out)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--quick", action="store_true", help="tiny sizes: proves the benchmark runs")
    p.add_argument("--json", metavar="PATH", help="also write the result rows as JSON here")
    return p


def finish(title: str, rows: list[Row], json_path: str | None) -> list[Row]:
    print_table(title, rows)
    if json_path:
        Path(json_path).write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    return rows


# -- timing ----------------------------------------------------------------------------------------


def interleaved(
    contenders: dict[str, Callable[[], float]], rounds: int, warmup: int = 1
) -> dict[str, list[float]]:
    """`rounds` samples per contender; each callable runs one batch and returns its seconds per call.

    Contenders alternate within every round (in rotating order), so drift in machine load hits all
    of them alike, and a round's samples can be compared with each other (see `median_ratio`).
    """
    names = list(contenders)
    for _ in range(warmup):
        for name in names:
            contenders[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(rounds):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            samples[name].append(contenders[name]())
    return samples


def median_ratio(samples: dict[str, list[float]], numerator: str, denominator: str) -> float:
    """Median over rounds of numerator/denominator: robust to load that comes and goes between rounds."""
    return statistics.median(a / b for a, b in zip(samples[numerator], samples[denominator], strict=True))


def timed_batch(fn: Callable[[], object], calls: int) -> Callable[[], float]:
    """A batch runner: `calls` calls of `fn`, returning seconds per call."""

    def run() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls

    return run


def bytecode_env(cache: str) -> dict[str, str]:
    """The environment for fresh interpreters that keep their bytecode in `cache` (compiled on the first
    run, as `pip install` does for a user), so that no measured run pays for compiling."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


# -- the machine -----------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine_description() -> str:
    cores = os.cpu_count() or 0
    system = platform.system()
    if system == "Linux":
        try:
            release = dict(
                line.split("=", 1)
                for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines()
                if "=" in line
            )
            system = release.get("PRETTY_NAME", "Linux").strip('"')
        except OSError:
            system = "Linux"
    return (
        f"{cpu_model()}, {cores} cores, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {system} ({platform.machine()}, kernel {platform.release()})"
    )


# -- realistic bodies (the shapes of openapi/beam.yaml and of the fake server's seeded data) ---------


def _iso(day: int, hour: int = 9) -> str:
    return f"2026-01-{day:02d}T{hour:02d}:00:00.000Z"


def agent(i: int) -> dict[str, Any]:
    """An `Agent` as `GET /agent` returns it (every documented field, as the fake seeds them)."""
    category = ("cat-operations", "Operations") if i % 3 else ("cat-finance", "Finance")
    return {
        "id": f"a{i:07d}-0000-4000-8000-{i:012d}",
        "name": f"Support Triage {i}",
        "type": "user-agent" if i % 4 else "beam-os",
        "creatorId": "7f3c2a10-0000-4000-8000-00000000fa6e",
        "order": i,
        "description": "Classifies incoming tickets, drafts a reply and escalates urgent ones.",
        "themeIconUrl": "https://example.invalid/icons/agent.png",
        "agentCategoryId": category[0],
        "category": {
            "id": category[0],
            "title": category[1],
            "publish": True,
            "createdAt": _iso(5),
            "updatedAt": _iso(5 + i % 20),
            "deletedAt": None,
        },
        "workspaceId": WORKSPACE_ID,
    }


def agent_list_body(n: int = 20) -> bytes:
    return json.dumps({"agents": [agent(i + 1) for i in range(n)], "count": n}).encode()


def minimal_task(task_id: str, status: str = "QUEUED", nodes: int = 3) -> dict[str, Any]:
    """A `MinimalAgentTask` (task nodes as summaries, as a list page carries them)."""
    done = status == "COMPLETED"
    return {
        "id": task_id,
        "agentGraphId": "g1000000-0000-4000-8000-000000000001",
        "customId": f"TASK-{abs(hash(task_id)) % 100000:05d}",
        "tokensUsed": 1200 if done else 0,
        "totalCost": 0.02 if done else 0,
        "taskSummary": "Completed successfully" if done else "",
        "taskObjective": "Summarise today's support tickets and draft replies",
        "graphState": {},
        "isViewed": False,
        "canRerunTaskNode": done,
        "status": status,
        "averageEvaluationScore": 90 if done else 0,
        "createdAt": _iso(22, 14),
        "updatedAt": _iso(22, 14),
        "agentTaskNodes": [
            {
                "id": f"tn-{task_id}-{n + 1}",
                "agentGraphNodeId": f"n1000000-0000-4000-8000-00000000000{n + 1}",
                "status": status,
                "retriedCountWhenFailure": 0,
                "retriedCountWhenAccuracyIsLow": 0,
                "manualRetryCount": 0,
                "isEverConsentRequired": False,
            }
            for n in range(nodes)
        ],
    }


def created_task_body() -> bytes:
    """`POST /agent-tasks` → 201 `CreatedTask`."""
    task_id = "8c5668db-ff6b-4097-9329-9345a8f78c21"
    return json.dumps({**minimal_task(task_id), "updatesUrl": f"/agent-tasks/{task_id}/updates"}).encode()


def task_page_body(page_num: int, page_size: int, total: int) -> bytes:
    """`GET /agent-tasks` → `TaskGroupList` page `page_num` of `total` tasks (one group, as by default)."""
    start = (page_num - 1) * page_size
    count = max(0, min(page_size, total - start))
    tasks = [
        minimal_task(f"t{start + i:08d}-0000-4000-8000-000000000000", "COMPLETED", nodes=2)
        for i in range(count)
    ]
    group = {"groupId": "all", "groupName": "All tasks", "groupIcon": "", "tasks": tasks, "groupCount": total}
    return json.dumps({"data": [group] if tasks else [], "totalCount": total}).encode()


def jwt(exp: float) -> str:
    """An unsigned JWT-shaped token with an `exp` claim (the client reads `exp`, never the signature)."""

    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part({'sub': 'bench', 'exp': int(exp)})}.sig"


def token_pair_body(exp: float) -> bytes:
    return json.dumps({"idToken": jwt(exp), "refreshToken": "bench-refresh-token"}).encode()


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def _param(node: int, i: int, kind: str) -> dict[str, Any]:
    base = {
        "id": f"p{kind}{node:05d}-{i:02d}-4000-8000-000000000000",
        "paramName": f"{kind}_param_{i}",
        "agentToolConfigurationId": f"tc{node:06d}-0000-4000-8000-000000000000",
        "createdAt": _iso(3),
        "updatedAt": _iso(4),
        "position": i,
        "paramDescription": "The customer's ticket text as received, with quoted history removed.",
        "dataType": "string",
        "outputExample": "Refund request for order 4411",
    }
    if kind == "in":
        base.update(
            {"fillType": "ai_fill", "question": "Which ticket?", "required": True, "reloadProps": False}
        )
    else:
        base.update({"isArray": False, "paramPath": f"result.{i}", "parentId": None})
    return base


def _task_node(task_id: str, n: int) -> dict[str, Any]:
    """A task node summary with its full graph node, as `GET /agent-tasks/{id}` returns a long run."""
    return {
        "id": f"tn{n:06d}-{task_id[:8]}",
        "agentGraphNodeId": f"n{n:07d}-0000-4000-8000-000000000000",
        "status": "COMPLETED",
        "retriedCountWhenFailure": 0,
        "retriedCountWhenAccuracyIsLow": 0,
        "manualRetryCount": 0,
        "isEverConsentRequired": n % 7 == 0,
        "agentGraphNode": {
            "id": f"n{n:07d}-0000-4000-8000-000000000000",
            "customId": f"NODE-{n}",
            "objective": "Classify the ticket, pull the order history and draft a reply in the customer's tone.",
            "evaluationCriteria": [
                "Reply addresses every question",
                "Tone matches the customer",
                "No PII leaked",
            ],
            "isEntryNode": n == 0,
            "isExitNode": False,
            "isEvaluationEnabled": True,
            "autoRetryWhenAccuracyLessThan": 60,
            "autoRetryLimitWhenAccuracyIsLow": 2,
            "enableAutoRetryWhenAccuracyIsLow": True,
            "enableAutoRetryWhenFailure": True,
            "autoRetryDescription": None,
            "autoRetryCountWhenFailure": 1,
            "autoRetryWaitTimeWhenFailureInMs": 1000,
            "isAttachmentDataPulledIn": False,
            "createdAt": _iso(2),
            "toolConfiguration": {
                "id": f"tc{n:06d}-0000-4000-8000-000000000000",
                "toolFunctionName": "classify_ticket",
                "toolName": "Classify ticket",
                "requiresConsent": False,
                "inputParams": [_param(n, i, "in") for i in range(4)],
                "outputParams": [_param(n, i, "out") for i in range(4)],
            },
            "xCoordinate": 120.0 * n,
            "yCoordinate": 80.0,
            "childEdges": [],
            "parentEdges": [],
        },
    }


def large_task_body(target_bytes: int = 2_000_000) -> bytes:
    """`GET /agent-tasks/{id}` for a long run: about `target_bytes` of task JSON, most of it task nodes."""
    task_id = "9d1f7c22-0000-4000-8000-000000000bad"
    task = {
        **{k: v for k, v in minimal_task(task_id, "COMPLETED").items() if k != "agentTaskNodes"},
        "originalTaskQuery": "Go through every open ticket of the quarter and draft replies",
        "startedAt": _iso(22, 14),
        "endedAt": _iso(22, 18),
        "mode": "AUTO",
        "agentTaskNodes": [],
    }
    nodes: list[dict[str, Any]] = task["agentTaskNodes"]
    size = len(json.dumps(task))
    node_size = len(json.dumps(_task_node(task_id, 0))) + 2
    for n in range(max(1, (target_bytes - size) // node_size)):
        nodes.append(_task_node(task_id, n))
    return json.dumps(task).encode()
