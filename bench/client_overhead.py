"""Per-call overhead of the client against raw httpx, on the same in-memory transport.

Run: .venv/bin/python bench/client_overhead.py [--calls N]

Both sides send the same GET /agent and decode the same JSON; the client also parses it into
generated models. The transport answers instantly, so the ratio is pure client-side cost.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import httpx

from beam_ai import Beam
from beam_ai_api.api.agents import list_agents

AGENTS = {
    "agents": [
        {
            "id": f"agent-{i}",
            "name": f"Agent {i}",
            "type": "beam-os",
            "category": {"id": "c1", "title": "Ops"},
        }
        for i in range(20)
    ],
    "count": 20,
}


def _transport() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=AGENTS))


def _time(fn: Callable[[], object], calls: int, repeats: int = 5) -> float:
    """Median seconds per call over `repeats` runs of `calls` calls."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        runs.append((time.perf_counter() - start) / calls)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    calls = parser.parse_args().calls

    raw = httpx.Client(base_url="https://beam.test", transport=_transport())
    beam = Beam(
        api_key="bm_key_fake_bench", workspace_id="ws", base_url="https://beam.test", transport=_transport()
    )

    def raw_call() -> object:
        return raw.get("/agent", headers={"current-workspace-id": "ws", "x-api-key": "k"}).json()

    def beam_call() -> object:
        return list_agents.sync(client=beam.raw, current_workspace_id="ws")

    raw_s, beam_s = _time(raw_call, calls), _time(beam_call, calls)
    print(f"raw httpx GET+json   : {raw_s * 1e6:8.1f} µs/call")
    print(f"beam_ai list_agents  : {beam_s * 1e6:8.1f} µs/call (includes parsing 20 agents into models)")
    print(f"ratio beam_ai / httpx: {beam_s / raw_s:8.2f}x")


if __name__ == "__main__":
    main()
