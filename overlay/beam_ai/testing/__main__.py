"""``python -m beam_ai.testing --port 0``: run the fake on a real-time clock until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import threading

from ._clock import RealClock
from ._fake import FakeBeam
from ._server import FakeBeamServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m beam_ai.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token-ttl", type=float, default=600.0, help="idToken lifetime in seconds")
    parser.add_argument("--queue-seconds", type=float, default=1.0, help="how long a new task stays QUEUED")
    parser.add_argument("--run-seconds", type=float, default=2.0, help="how long a task stays IN_PROGRESS")
    args = parser.parse_args(argv)
    fake = FakeBeam(
        clock=RealClock(),
        token_ttl=args.token_ttl,
        queue_seconds=args.queue_seconds,
        run_seconds=args.run_seconds,
    )
    with FakeBeamServer(fake, host=args.host, port=args.port) as server:
        print(f"Fake Beam API listening on {server.url}", flush=True)
        print(f"API key (fake): {fake.api_key}", flush=True)
        print(f"Workspace id: {fake.workspace_id}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
