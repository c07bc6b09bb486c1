"""``python -m beam_ai.testing --port 0``: run the fake on a real-time clock until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from ._clock import RealClock
from ._fake import FakeBeam
from ._server import FakeBeamServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m beam_ai.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token-ttl", type=float, default=600.0, help="idToken lifetime in seconds")
    args = parser.parse_args(argv)
    fake = FakeBeam(clock=RealClock(), token_ttl=args.token_ttl)
    with FakeBeamServer(fake, host=args.host, port=args.port) as server:
        print(f"Fake Beam API listening on {server.url}", flush=True)
        print(f"API key (fake): {fake.api_key}", flush=True)
        print(f"Workspace id: {fake.workspace_id}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
