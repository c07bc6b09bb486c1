"""A small real run of the shared 429 back-off (bench/rate_limit.py is the full-size one, ~100 s).

Real time on purpose: the limiter's pacing is about wall-clock rates. Each run is about 2 s.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from beam_ai.testing import FakeBeam, FakeBeamServer
from beam_ai.testing._clock import RealClock

sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))
from rate_limit import run

pytestmark = pytest.mark.slow

RATE = 50.0
CALLERS = 10
REQUESTS = 100


@pytest.fixture
def server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=RealClock())) as server:
        yield server


def test_with_the_quota_given_no_request_is_refused_and_the_rate_is_used(server: FakeBeamServer) -> None:
    result = run(server, requests=REQUESTS, callers=CALLERS, rate=RATE, shared=True, configured=True)
    assert result["failed"] == 0
    assert result["refused"] <= 1
    assert result["throughput"] >= 0.6 * RATE  # 0.99 at full size (bench); slack for a loaded machine


def test_learning_the_rate_costs_only_the_first_burst(server: FakeBeamServer) -> None:
    result = run(server, requests=REQUESTS, callers=CALLERS, rate=RATE, shared=True)
    assert result["failed"] == 0
    # At most one request per caller is in flight when the first 429 arrives; after that, paced.
    assert result["refused"] <= CALLERS + 2
