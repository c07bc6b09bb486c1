"""Per-call overhead of the client against raw httpx, on the same instantly answering transport.

Run: python bench/per_call.py [--quick] [--calls N] [--repeats N] [--json PATH]

Four scenarios, each timed side by side (interleaved batches; the median of per-round ratios):
  GET  /agent        a realistic page of 20 agents (every documented `Agent` field, dated categories)
  POST /agent-tasks  creating a task (201 `CreatedTask` with its task nodes)
through the sync and the async client. Contenders:
  raw         httpx.Client / AsyncClient + json.loads, same transport, equivalent headers
              (user-agent, current-workspace-id, Authorization: Bearer)
  raw+models  the same plus the generated model's `from_dict`: the floor any typed client pays
  beam_ai     `client.agents.list()` / `client.agent_tasks.create(...)`: token auth (token already
              obtained), retries, typed errors, argument checks, results parsed into models
The transport answers from precomputed bytes, so the ratios are pure client-side cost.

Plus tracing (`Beam(tracing=...)`, the `otel` extra) on the sync GET: the client's own cost with the
OpenTelemetry API and no SDK configured (spans are no-ops: what every call pays once tracing is
switched on; target 5%), and with the SDK recording both spans of a call (the SDK's own span cost,
for information; no exporter).

Plus one large `GET /agent-tasks/{id}` body (about 2 MB of task JSON, hundreds of task nodes with their
graph nodes, as long real runs reach): `AgentTask.from_dict` against `json.loads` of the same body, and
the peak memory (tracemalloc) of building the models from the parsed JSON, against the body size.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable

import httpx
from _common import (
    AGENT_ID,
    API_KEY,
    BASE_URL,
    WORKSPACE_ID,
    Row,
    agent_list_body,
    created_task_body,
    finish,
    interleaved,
    large_task_body,
    median,
    median_ratio,
    parser,
    timed_batch,
    token_pair_body,
)

from beam_ai import AsyncBeam, Beam
from beam_ai._constants import USER_AGENT
from beam_ai_api.models import AgentList, AgentTask, CreatedTask

# beam_ai / raw httpx per scenario: parsing 20 agents is most of what a GET adds.
TARGETS = {"GET /agent (20 agents)": 1.2, "POST /agent-tasks": 1.15}
# A large task: building the models may take no longer than json.loads of the same body, and needs
# less than 3x the body size in memory on top of the parsed JSON.
LARGE_TASK_TIME_TARGET = 1.0
LARGE_TASK_MEMORY_TARGET = 3.0
TRACING_TARGET = 1.05  # tracing switched on (no SDK) / off
QUERY = "Summarise today's support tickets and draft replies"


class Server:
    """The instant transport's handler: token exchange, agent list, task creation."""

    def __init__(self) -> None:
        self.agents = agent_list_body(20)
        self.created = created_task_body()
        self.token = token_pair_body(time.time() + 24 * 3600)
        self.token_requests = 0
        self.json_headers = [(b"content-type", b"application/json")]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/agent":
            return httpx.Response(200, headers=self.json_headers, content=self.agents)
        if path == "/agent-tasks":
            return httpx.Response(201, headers=self.json_headers, content=self.created)
        if path == "/auth/access-token":
            self.token_requests += 1
            return httpx.Response(200, headers=self.json_headers, content=self.token)
        return httpx.Response(404, json={"statusCode": 404, "message": "not found"})


def _raw_headers(server: Server) -> dict[str, str]:
    id_token = json.loads(server.token)["idToken"]
    return {
        "user-agent": USER_AGENT,
        "current-workspace-id": WORKSPACE_ID,
        "authorization": f"Bearer {id_token}",
    }


def _async_batch(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]], calls: int
) -> Callable[[], float]:
    async def batch() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            await fn()
        return (time.perf_counter() - start) / calls

    return lambda: loop.run_until_complete(batch())


def run(calls: int, rounds: int) -> list[Row]:
    server = Server()
    transport = httpx.MockTransport(server)
    headers = _raw_headers(server)
    task_json = {"agentId": AGENT_ID, "taskQuery": {"query": QUERY}}

    raw = httpx.Client(base_url=BASE_URL, transport=transport, headers=headers)
    beam = Beam(api_key=API_KEY, workspace_id=WORKSPACE_ID, base_url=BASE_URL, transport=transport)
    beam.agents.list()  # the token exchange happens here, before timing
    assert server.token_requests == 1

    sync = {
        "GET /agent (20 agents)": {
            "raw": lambda: json.loads(raw.get("/agent").content),
            "raw+models": lambda: AgentList.from_dict(json.loads(raw.get("/agent").content)),
            "beam_ai": lambda: beam.agents.list(),
        },
        "POST /agent-tasks": {
            "raw": lambda: json.loads(raw.post("/agent-tasks", json=task_json).content),
            "raw+models": lambda: CreatedTask.from_dict(
                json.loads(raw.post("/agent-tasks", json=task_json).content)
            ),
            "beam_ai": lambda: beam.agent_tasks.create(agent_id=AGENT_ID, query=QUERY),
        },
    }

    loop = asyncio.new_event_loop()
    araw = httpx.AsyncClient(base_url=BASE_URL, transport=transport, headers=headers)
    abeam = AsyncBeam(api_key=API_KEY, workspace_id=WORKSPACE_ID, base_url=BASE_URL, transport=transport)
    loop.run_until_complete(abeam.agents.list())
    assert server.token_requests == 2

    async def araw_get() -> object:
        return json.loads((await araw.get("/agent")).content)

    async def araw_get_models() -> object:
        return AgentList.from_dict(json.loads((await araw.get("/agent")).content))

    async def araw_post() -> object:
        return json.loads((await araw.post("/agent-tasks", json=task_json)).content)

    async def araw_post_models() -> object:
        return CreatedTask.from_dict(json.loads((await araw.post("/agent-tasks", json=task_json)).content))

    asynchronous: dict[str, dict[str, Callable[[], Awaitable[object]]]] = {
        "GET /agent (20 agents)": {
            "raw": araw_get,
            "raw+models": araw_get_models,
            "beam_ai": lambda: abeam.agents.list(),
        },
        "POST /agent-tasks": {
            "raw": araw_post,
            "raw+models": araw_post_models,
            "beam_ai": lambda: abeam.agent_tasks.create(agent_id=AGENT_ID, query=QUERY),
        },
    }

    rows: list[Row] = []
    try:
        for mode, scenarios in (("sync", sync), ("async", asynchronous)):
            for scenario, contenders in scenarios.items():
                if mode == "sync":
                    batches = {name: timed_batch(fn, calls) for name, fn in contenders.items()}
                else:
                    batches = {name: _async_batch(loop, fn, calls) for name, fn in contenders.items()}
                samples = interleaved(batches, rounds)
                t = {name: median(values) for name, values in samples.items()}
                rows.append(
                    Row(
                        "per_call",
                        f"{mode} {scenario}: beam_ai / raw httpx",
                        median_ratio(samples, "beam_ai", "raw"),
                        "x",
                        TARGETS[scenario],
                        f"{t['beam_ai'] * 1e6:.0f} vs {t['raw'] * 1e6:.0f} µs/call; "
                        f"raw+models / raw {median_ratio(samples, 'raw+models', 'raw'):.2f}x; "
                        f"beam_ai / raw+models {median_ratio(samples, 'beam_ai', 'raw+models'):.2f}x",
                    )
                )
    finally:
        raw.close()
        beam.close()
        loop.run_until_complete(araw.aclose())
        loop.run_until_complete(abeam.aclose())
        loop.close()
    assert server.token_requests == 2, "the token must be reused, not exchanged again"
    return rows


def tracing_rows(calls: int, rounds: int) -> list[Row]:
    """Sync GET /agent with tracing off, on without an SDK (no-op spans) and on with the SDK recording."""
    try:
        from opentelemetry.sdk.trace import TracerProvider
    except ImportError:  # the `otel` extra (and the SDK, a dev dependency) not installed
        return []
    server = Server()
    transport = httpx.MockTransport(server)
    raw = httpx.Client(base_url=BASE_URL, transport=transport, headers=_raw_headers(server))
    options = {"api_key": API_KEY, "workspace_id": WORKSPACE_ID, "base_url": BASE_URL, "transport": transport}
    clients = {
        "off": Beam(**options),  # type: ignore[arg-type]
        "api": Beam(**options, tracing=True),  # type: ignore[arg-type]  # global provider: none set
        "sdk": Beam(**options, tracing=TracerProvider()),  # type: ignore[arg-type]
    }
    try:
        for client in clients.values():
            client.agents.list()
        batches = {name: timed_batch(client.agents.list, calls) for name, client in clients.items()}
        batches["raw"] = timed_batch(lambda: json.loads(raw.get("/agent").content), calls)
        samples = interleaved(batches, rounds)
    finally:
        raw.close()
        for client in clients.values():
            client.close()
    t = {name: median(values) * 1e6 for name, values in samples.items()}
    scenario = "sync GET /agent (20 agents)"
    return [
        Row(
            "per_call",
            f"{scenario}: tracing on (no SDK) / off",
            median_ratio(samples, "api", "off"),
            "x",
            TRACING_TARGET,
            f"{t['api']:.0f} vs {t['off']:.0f} µs/call; / raw httpx {median_ratio(samples, 'api', 'raw'):.2f}x",
        ),
        Row(
            "per_call",
            f"{scenario}: tracing on (SDK recording 2 spans) / off",
            median_ratio(samples, "sdk", "off"),
            "x",
            None,
            f"{t['sdk']:.0f} vs {t['off']:.0f} µs/call; / raw httpx {median_ratio(samples, 'sdk', 'raw'):.2f}x",
        ),
    ]


def large_task_rows(rounds: int) -> list[Row]:
    """`AgentTask.from_dict` of a ~2 MB task against `json.loads` of it; peak memory of the models."""
    body = large_task_body()
    data = json.loads(body)

    def loads() -> float:
        start = time.perf_counter()
        json.loads(body)
        return time.perf_counter() - start

    def models() -> float:
        start = time.perf_counter()
        AgentTask.from_dict(data)
        return time.perf_counter() - start

    samples = interleaved({"json.loads": loads, "from_dict": models}, rounds)
    t = {name: median(values) for name, values in samples.items()}
    tracemalloc.start()
    try:
        task = AgentTask.from_dict(data)
        _, model_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        json.loads(body)
        _, models_and_loads_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    nodes = len(task.agent_task_nodes or [])
    mb = len(body) / 1e6
    return [
        Row(
            "per_call",
            "large task (2 MB): AgentTask.from_dict / json.loads",
            median_ratio(samples, "from_dict", "json.loads"),
            "x",
            LARGE_TASK_TIME_TARGET,
            f"{t['from_dict'] * 1e3:.1f} vs {t['json.loads'] * 1e3:.1f} ms; {mb:.2f} MB body, {nodes} task nodes",
        ),
        Row(
            "per_call",
            "large task (2 MB): peak memory of the models / body size",
            model_peak / len(body),
            "x",
            LARGE_TASK_MEMORY_TARGET,
            f"{model_peak / 1e6:.2f} MB for a {mb:.2f} MB body (json.loads of it: "
            f"{(models_and_loads_peak - model_peak) / len(body):.1f}x the body)",
        ),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, help="calls per timed batch (default 200; --quick 10)")
    p.add_argument("--rounds", type=int, help="interleaved batches per contender (default 25; --quick 2)")
    args = p.parse_args(argv)
    calls = args.calls or (10 if args.quick else 200)
    rounds = args.rounds or (2 if args.quick else 25)
    rows = run(calls, rounds) + tracing_rows(calls, rounds) + large_task_rows(3 if args.quick else 15)
    title = f"per-call overhead ({rounds} interleaved rounds of {calls} calls; median of per-round ratios)"
    return finish(title, rows, args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
