"""Bursts of task creations against the fake Beam server on loopback, the client against raw httpx.

Run: python bench/concurrency.py [--quick] [--tasks N] [--concurrency N] [--burst B] [--threads N] [--json PATH]

  async  N task creations (default 1,000) from one `AsyncBeam`, at most C in flight (default 50)
  burst  B task creations (default 500) from one `AsyncBeam`, all started at once (`asyncio.gather`),
         against the fake in its own process (so it answers as fast as a server would, not at the
         pace of a thread sharing this one's GIL): more than the pool's 100 connections, so requests
         wait for one. The client's pool hands a freed connection to one waiting request; the same
         client with httpcore 1.0's own pool (what raw httpx has) hands it to every waiting request.
         Reported: this process's CPU per creation, the client's pool against httpcore's.
  sync   T threads (default 200) sharing one `Beam`, N creations in all
Each client burst starts right after its token expired: the client gets a token first, then the
fake's clock (which the client reads too: `clock=fake_clock.now`) moves past the token lifetime.
Raw httpx sends the same requests with `x-api-key` and the same pool limits, and warms its pool the
same way (one request, then one concurrent round): how many connections a pool opens depends on
that (50 requests into an empty pool open 50; after one request, about a dozen), and the fake (in
this process) and httpcore's pool both slow down markedly with many busy connections. Reported: throughput
ratio (client / raw; the fake runs in this process, so it shares the CPU and the GIL with both
contenders and sets the pace), the CPU time the client's own threads spent per creation (the
client-side cost under concurrency, free of the fake's share), and the token exchanges + refreshes the fake logged during each burst (must be 1:
whoever finds the token stale first renews it, everyone else waits for that one renewal).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from _common import Row, finish, parser
from batch_crash import fake_server_process

from beam_ai import AsyncBeam, Beam, _pool_fix
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    FakeClock,
)

QUERY = "Summarise today's support tickets"
TOKEN_PATHS = ("/auth/access-token", "/auth/refresh-token")
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)  # what Beam uses
RAW_HEADERS = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
TASK_JSON = {"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": QUERY}}


def _token_requests(fake: FakeBeam) -> int:
    return sum(fake.requests.count("POST", path) for path in TOKEN_PATHS)


def _expire_token(fake: FakeBeam, clock: FakeClock) -> None:
    clock.advance(fake.tokens.token_ttl + 1)


@dataclass
class Timing:
    wall: float  # seconds for the burst
    cpu: float  # CPU seconds the client's own threads spent (the fake's thread excluded)


# -- async ---------------------------------------------------------------------------------------


async def _burst(create: Callable[[], Awaitable[object]], tasks: int, concurrency: int) -> Timing:
    """`tasks` awaits of `create()`, at most `concurrency` in flight."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with semaphore:
            await create()

    start, cpu = time.perf_counter(), time.thread_time()  # the server runs in another thread
    await asyncio.gather(*(one() for _ in range(tasks)))
    return Timing(time.perf_counter() - start, time.thread_time() - cpu)


async def _async_raw(url: str, tasks: int, concurrency: int) -> Timing:
    async with httpx.AsyncClient(base_url=url, headers=RAW_HEADERS, limits=LIMITS) as raw:

        async def create() -> object:
            response = await raw.post("/agent-tasks", json=TASK_JSON)
            response.raise_for_status()
            return response.json()

        await create()  # as the client does for its token: see _async_beam
        await _burst(create, min(concurrency, tasks), concurrency)
        return await _burst(create, tasks, concurrency)


async def _async_beam(
    fake: FakeBeam, clock: FakeClock, url: str, tasks: int, concurrency: int
) -> tuple[Timing, int]:
    async with AsyncBeam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url, clock=clock.now
    ) as beam:

        def create() -> Awaitable[object]:
            return beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=QUERY)

        await create()  # gets the token; then both sides warm their pool the same way
        await _burst(create, min(concurrency, tasks), concurrency)
        _expire_token(fake, clock)
        before = _token_requests(fake)
        timing = await _burst(create, tasks, concurrency)
        return timing, _token_requests(fake) - before


# -- sync ----------------------------------------------------------------------------------------


def _threads(create: Callable[[], object], threads: int, per_thread: int) -> Timing:
    """`threads` threads each calling `create()` `per_thread` times, released together."""
    barrier = threading.Barrier(threads + 1)
    errors: list[BaseException] = []
    cpu: list[float] = []

    def work() -> None:
        barrier.wait()
        start = time.thread_time()
        try:
            for _ in range(per_thread):
                create()
        except BaseException as error:
            errors.append(error)
        cpu.append(time.thread_time() - start)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in pool:
        thread.join()
    wall = time.perf_counter() - start
    if errors:
        raise errors[0]
    return Timing(wall, sum(cpu))


def _sync_raw(url: str, threads: int, per_thread: int) -> Timing:
    with httpx.Client(base_url=url, headers=RAW_HEADERS, limits=LIMITS) as raw:

        def create() -> object:
            response = raw.post("/agent-tasks", json=TASK_JSON)
            response.raise_for_status()
            return response.json()

        create()  # as the client does for its token: see _sync_beam
        _threads(create, min(threads, 50), 1)
        return _threads(create, threads, per_thread)


def _sync_beam(
    fake: FakeBeam, clock: FakeClock, url: str, threads: int, per_thread: int
) -> tuple[Timing, int]:
    with Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url, clock=clock.now) as beam:

        def create() -> object:
            return beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=QUERY)

        create()  # gets the token; then both sides warm their pool the same way
        _threads(create, min(threads, 50), 1)
        _expire_token(fake, clock)
        before = _token_requests(fake)
        timing = _threads(create, threads, per_thread)
        return timing, _token_requests(fake) - before


def _rows(mode: str, label: str, count: int, raw: Timing, beam: Timing, renewals: int) -> list[Row]:
    return [
        Row(
            "concurrency",
            f"{mode}, {label}: throughput beam_ai / raw",
            raw.wall / beam.wall,
            "x",
            detail=f"{count / beam.wall:,.0f} vs {count / raw.wall:,.0f} creations/s (bound by the fake)",
        ),
        Row(
            "concurrency",
            f"{mode}: client CPU per creation, beam_ai / raw",
            beam.cpu / raw.cpu,
            "x",
            detail=f"{beam.cpu / count * 1e3:.2f} vs {raw.cpu / count * 1e3:.2f} ms (client threads only)",
        ),
        Row(
            "concurrency",
            f"{mode} burst after token expiry: token exchanges + refreshes",
            renewals,
            "",
            1,
            compare="==",
        ),
    ]


def run(tasks: int, concurrency: int, burst: int, threads: int) -> list[Row]:
    per_thread = max(1, tasks // threads)
    sync_tasks = per_thread * threads
    warm_threads = min(threads, 50)
    rows: list[Row] = []
    clock = FakeClock()
    with FakeBeamServer(FakeBeam(clock=clock)) as server:
        fake, url = server.fake, server.url
        raw = asyncio.run(_async_raw(url, tasks, concurrency))
        beam, renewals = asyncio.run(_async_beam(fake, clock, url, tasks, concurrency))
        rows += _rows("async", f"{tasks} creations, {concurrency} in flight", tasks, raw, beam, renewals)
        raw = _sync_raw(url, threads, per_thread)
        beam, renewals = _sync_beam(fake, clock, url, threads, per_thread)
        rows += _rows("sync", f"{threads} threads x {per_thread} creations", sync_tasks, raw, beam, renewals)
        created = fake.requests.count("POST", "/agent-tasks")
    expected = 2 * (1 + min(concurrency, tasks) + tasks) + 2 * (1 + warm_threads + sync_tasks)
    assert created == expected, f"the fake saw {created} task creations, expected {expected}"
    return rows + _burst_rows(burst)


# -- all at once, the fake in its own process ------------------------------------------------------


async def _burst_cpu(url: str, burst: int, stock_pool: bool) -> float:
    """CPU seconds of this process for `burst` creations started at once (after a warm round)."""
    fixable = _pool_fix._fixable
    if stock_pool:  # the pool this round's event loop builds is left as httpcore made it
        _pool_fix._fixable = lambda pool: False
    try:
        async with AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=url) as beam:

            def create() -> Awaitable[object]:
                return beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=QUERY)

            await asyncio.gather(*(create() for _ in range(burst)))  # the token, a full pool
            cpu = time.process_time()
            await asyncio.gather(*(create() for _ in range(burst)))
            return time.process_time() - cpu
    finally:
        _pool_fix._fixable = fixable


def _burst_rows(burst: int) -> list[Row]:
    fixed: list[float] = []
    stock: list[float] = []
    with fake_server_process() as url:
        for _ in range(3):
            fixed.append(asyncio.run(_burst_cpu(url, burst, stock_pool=False)))
            stock.append(asyncio.run(_burst_cpu(url, burst, stock_pool=True)))
    ours, theirs = statistics.median(fixed), statistics.median(stock)
    return [
        Row(
            "concurrency",
            f"async, {burst} creations at once: client CPU per creation, its pool / httpcore's pool",
            ours / theirs,
            "x",
            detail=f"{ours / burst * 1e3:.2f} vs {theirs / burst * 1e3:.2f} ms (fake in its own process; median of 3)",
        )
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--tasks", type=int, help="task creations per burst (default 1000; --quick 20)")
    p.add_argument("--concurrency", type=int, help="async requests in flight (default 50; --quick 5)")
    p.add_argument("--burst", type=int, help="async creations started at once (default 500; --quick 20)")
    p.add_argument("--threads", type=int, help="sync client threads (default 200; --quick 10)")
    args = p.parse_args(argv)
    tasks = args.tasks or (20 if args.quick else 1000)
    concurrency = args.concurrency or (5 if args.quick else 50)
    burst = args.burst or (20 if args.quick else 500)
    threads = args.threads or (10 if args.quick else 200)
    rows = run(tasks, concurrency, burst, threads)
    return finish("concurrency against the fake server on loopback", rows, args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
