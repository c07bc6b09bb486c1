"""Shared 429 back-off: many callers against a rate-limited fake, with and without the shared limiter.

Run: python bench/rate_limit.py [--quick] [--configured] [--baseline] [--requests N] [--callers N] [--rate R] [--json PATH]

The fake Beam server (real clock) admits `--rate` requests a second (token bucket, bursts of one
second's worth) and answers the rest 429 with `Retry-After`. `--callers` threads, each with its own
`Beam` client (siblings in one process, as in a threaded web server), send `--requests` GETs in
total. Reported: the share of HTTP requests answered 429 (target <= 1%) and the throughput reached
against what the server allowed (the least time it lets them take, (requests - burst) / rate, over
the time they took; target >= 90%). The full run
(1,000 requests at 10/s) takes about 100 s; `--configured` repeats it with the quota given to the
clients (`rate_limit=`), `--baseline` with the shared limiter switched off.
"""

from __future__ import annotations

import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from _common import Row, finish, parser

from beam_ai import Beam, BeamError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer
from beam_ai.testing._clock import RealClock


def run(
    server: FakeBeamServer,
    *,
    requests: int,
    callers: int,
    rate: float,
    shared: bool,
    configured: bool = False,
) -> dict[str, Any]:
    gc.collect()  # the previous run's clients, and with them its shared limiter, are gone
    fake = server.fake
    fake.requests.clear()
    fake.rate_limit.set(per_second=rate)
    clients = [
        Beam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=server.url,
            auth_mode="api_key",
            max_retries=10,
            rate_limit=rate if configured else None,
        )
        for _ in range(callers)
    ]
    if not shared:
        for client in clients:
            client.http._transport.limiters = None  # type: ignore[attr-defined]
    per_caller = [requests // callers + (1 if i < requests % callers else 0) for i in range(callers)]
    failures = 0
    lock = threading.Lock()

    def caller(index: int) -> None:
        nonlocal failures
        for _ in range(per_caller[index]):
            try:
                clients[index].request("GET", "/v2/user/me")
            except BeamError:
                with lock:
                    failures += 1

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=callers) as pool:
        list(pool.map(caller, range(callers)))
    elapsed = time.perf_counter() - start
    for client in clients:
        client.close()
    admitted, refused = fake.rate_limit.admitted, fake.rate_limit.refused
    burst = fake.rate_limit.burst
    times = list(fake.rate_limit.refusal_times)
    fake.rate_limit.set(None)
    # Refusals before the client could know: the requests in flight when the limit was first hit
    # (at most one per caller), i.e. the 429s within a second of the first one.
    first_burst = sum(1 for t in times if t < times[0] + 1.0) if times else 0
    succeeded = requests - failures
    fastest = max(0.0, succeeded - burst) / rate  # the least time the server allows for them
    return {
        "elapsed": elapsed,
        "attempts": admitted + refused,
        "refused": refused,
        "first_burst": first_burst,
        "refused_share": refused / (admitted + refused),
        "failed": failures,
        "throughput": succeeded / elapsed,
        "throughput_share": min(1.0, fastest / elapsed) if elapsed else 1.0,
    }


def rows_for(label: str, result: dict[str, Any], args: Any, targets: bool) -> list[Row]:
    detail = (
        f"{result['refused']} of {result['attempts']} HTTP requests ({result['first_burst']} in the first"
        f" burst); {result['failed']} calls failed;"
        f" {result['elapsed']:.1f} s"
    )
    return [
        Row(
            "rate_limit",
            f"{label}: share answered 429 ({args.requests} requests, {args.callers} callers, {args.rate:g}/s)",
            100 * result["refused_share"],
            "%",
            1.0 if targets else None,
            detail,
        ),
        Row(
            "rate_limit",
            f"{label}: throughput / allowed",
            100 * result["throughput_share"],
            "%",
            90.0 if targets else None,
            f"{result['throughput']:.2f} requests/s against {args.rate:g}/s allowed",
            ">=",
        ),
    ]


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--requests", type=int)
    p.add_argument("--callers", type=int)
    p.add_argument("--rate", type=float)
    p.add_argument("--baseline", action="store_true", help="also run with the shared limiter off")
    p.add_argument("--configured", action="store_true", help="also run with the quota given (rate_limit=)")
    args = p.parse_args()
    args.requests = args.requests or (100 if args.quick else 1000)
    args.callers = args.callers or (10 if args.quick else 50)
    args.rate = args.rate or (50.0 if args.quick else 10.0)
    rows: list[Row] = []
    with FakeBeamServer(FakeBeam(clock=RealClock())) as server:
        shared = run(server, requests=args.requests, callers=args.callers, rate=args.rate, shared=True)
        rows += rows_for("shared limiter", shared, args, targets=True)
        if args.configured:
            known = run(
                server,
                requests=args.requests,
                callers=args.callers,
                rate=args.rate,
                shared=True,
                configured=True,
            )
            rows += rows_for("rate_limit= set", known, args, targets=True)
        if args.baseline:
            alone = run(server, requests=args.requests, callers=args.callers, rate=args.rate, shared=False)
            rows += rows_for("no shared limiter", alone, args, targets=False)
    finish("shared 429 back-off against a rate-limited fake", rows, args.json)


if __name__ == "__main__":
    main()
