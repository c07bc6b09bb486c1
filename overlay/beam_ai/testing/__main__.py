"""``python -m beam_ai.testing --port 0``: run the fake on a real-time clock until Ctrl-C.

Prints shell lines: a comment with the URL, then ``export BEAM_BASE_URL=...``, ``BEAM_API_KEY`` and
``BEAM_WORKSPACE_ID``, so ``Beam()`` in another shell (or the ``beam-ai`` command) talks to the fake.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import re
import shlex
import threading

from starlette.routing import Match, Route

from ._app import create_app
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


def _routed(routes: list[Route], method: str, path: str) -> bool:
    """Whether the fake answers `method` (or `*`) on `path` (a path, or a glob such as `/agent-tasks/*`)."""
    for route in routes:
        if method != "*" and method.upper() not in (route.methods or ()):
            continue
        if path == "*" or fnmatch.fnmatchcase(re.sub(r"\{[^}]+\}", "x", route.path), path):
            return True
        scope = {"type": "http", "path": path, "method": method.upper() if method != "*" else "GET"}
        if route.matches(scope)[0] is not Match.NONE:
            return True
    return False


def _check_routes(
    parser: argparse.ArgumentParser, fake: FakeBeam, faults: list[tuple[str, str, str, int | None]]
) -> None:
    """A fault on a method and path the fake has no route for would never fire: refuse it."""
    routes = [route for route in create_app(fake).routes if isinstance(route, Route)]
    for kind, method, path, _ in faults:
        if not _routed(routes, method, path):
            parser.error(f"--fault {kind}:{method}:{path}: the fake has no route for {method} {path}")


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
    _check_routes(parser, fake, args.fault)
    for kind, method, path, times in args.fault:
        fake.faults.add(kind, method=method, path=path, times=times)
    with FakeBeamServer(fake, host=args.host, port=args.port) as server:
        print(f"# Fake Beam API listening on {server.url}")
        print(f"export BEAM_BASE_URL={shlex.quote(server.url)}")
        print(f"export BEAM_API_KEY={shlex.quote(fake.api_key)}")
        print(f"export BEAM_WORKSPACE_ID={shlex.quote(fake.workspace_id)}")
        print("# Paste the lines above into another shell; Ctrl-C here stops the fake.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
