"""``python -m beam_ai.testing --port 0``: run the fake on a real-time clock until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import threading

from ._clock import RealClock
from ._fake import FakeBeam
from ._faults import KINDS
from ._server import FakeBeamServer


def _fault(spec: str) -> tuple[str, str, str, int | None]:
    """`KIND:METHOD:PATH[:TIMES]`, e.g. `drop_after:POST:/agent-tasks:20` (the first 20 creations)."""
    parts = spec.split(":")
    if len(parts) not in (3, 4) or parts[0] not in KINDS:
        raise argparse.ArgumentTypeError(
            f"expected KIND:METHOD:PATH[:TIMES] with KIND one of {', '.join(sorted(KINDS))}, got {spec!r}"
        )
    try:
        times = int(parts[3]) if len(parts) == 4 else None
    except ValueError:
        raise argparse.ArgumentTypeError(f"TIMES must be a whole number, got {parts[3]!r}") from None
    return parts[0], parts[1], parts[2], times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m beam_ai.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token-ttl", type=float, default=600.0, help="idToken lifetime in seconds")
    parser.add_argument("--queue-seconds", type=float, default=1.0, help="how long a new task stays QUEUED")
    parser.add_argument("--run-seconds", type=float, default=2.0, help="how long a task stays IN_PROGRESS")
    parser.add_argument(
        "--fault",
        type=_fault,
        action="append",
        default=[],
        metavar="KIND:METHOD:PATH[:TIMES]",
        help="inject a fault from the start (repeatable), e.g. drop_after:POST:/agent-tasks:20",
    )
    args = parser.parse_args(argv)
    fake = FakeBeam(
        clock=RealClock(),
        token_ttl=args.token_ttl,
        queue_seconds=args.queue_seconds,
        run_seconds=args.run_seconds,
    )
    for kind, method, path, times in args.fault:
        fake.faults.add(kind, method=method, path=path, times=times)
    with FakeBeamServer(fake, host=args.host, port=args.port) as server:
        print(f"Fake Beam API listening on {server.url}", flush=True)
        print(f"API key (fake): {fake.api_key}", flush=True)
        print(f"Workspace id: {fake.workspace_id}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
