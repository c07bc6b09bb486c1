"""Where the examples run: the real API when BEAM_API_KEY is set, else the embedded fake on loopback."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from beam_ai import Beam

if TYPE_CHECKING:
    from beam_ai.testing import FakeBeam


def fake_beam(queue_seconds: float, run_seconds: float) -> FakeBeam:
    """A fake whose tasks take real time; BEAM_FAKE_TIME_SCALE=0 makes them instant (the tests do)."""
    from beam_ai.testing import FakeBeam, RealClock

    scale = float(os.environ.get("BEAM_FAKE_TIME_SCALE", "1"))
    return FakeBeam(clock=RealClock(), queue_seconds=queue_seconds * scale, run_seconds=run_seconds * scale)


@contextlib.contextmanager
def beam_client(
    *, queue_seconds: float = 0.5, run_seconds: float = 1.5, quiet: bool = False
) -> Iterator[Beam]:
    """A `Beam` client: from BEAM_* variables if set, else against a fake Beam API started here.

    The fake runs tasks in real time (`queue_seconds` queued, `run_seconds` running), so the
    examples look and behave as they would against the real service.
    """
    if os.environ.get("BEAM_API_KEY"):
        with Beam() as beam:  # BEAM_API_KEY, BEAM_WORKSPACE_ID, optional BEAM_BASE_URL
            yield beam
        return
    from beam_ai.testing import FakeBeamServer

    fake = fake_beam(queue_seconds, run_seconds)
    with FakeBeamServer(fake) as server:
        if not quiet:
            print(f"Started the embedded fake Beam API on {server.url}")
        with Beam(api_key=fake.api_key, workspace_id=fake.workspace_id, base_url=server.url) as beam:
            yield beam
