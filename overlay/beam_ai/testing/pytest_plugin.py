"""pytest fixtures for testing your own code against the fake Beam API.

Enable with ``pytest_plugins = ["beam_ai.testing.pytest_plugin"]`` in a root conftest.py.

- ``beam`` / ``async_beam``: a ``Beam`` / ``AsyncBeam`` signed in to the fake, with the fake's
  clock in autojump mode: every wait (the server streaming a task's next status, the client's
  backoff, polling or ``Retry-After``) ends at once, so ``agent_tasks.run()`` returns in
  milliseconds and a 429 costs no real time.
- ``fake_beam``: the running fake (state, faults, request log, clock), reset for every test.
- ``fake_beam_server``: the server (one per session), for clients you build yourself.

Before every test the process-wide rate limiters are reset, so a 429 in one test never slows the
next. Tests that use only ``fake_beam`` keep the manual clock: time moves when the test calls
``fake_beam.advance(seconds)``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .._client import AsyncBeam, Beam
from .._rate_limiter import reset_shared_limiters
from ._clock import FakeClock
from ._fake import FakeBeam
from ._seed import FAKE_API_KEY, FAKE_WORKSPACE_ID
from ._server import FakeBeamServer


@pytest.fixture(scope="session")
def fake_beam_server() -> Iterator[FakeBeamServer]:
    """A fake Beam API on a free local port, driven by a FakeClock."""
    with FakeBeamServer(FakeBeam(clock=FakeClock())) as server:
        yield server


@pytest.fixture(autouse=True)
def _beam_fresh_rate_limits() -> None:
    """Every test starts with no shared 429 pause or learned pace from an earlier test."""
    reset_shared_limiters()


@pytest.fixture
def fake_beam(fake_beam_server: FakeBeamServer) -> Iterator[FakeBeam]:
    """The running fake, reset to the seeded workspace with no faults and an empty request log."""
    fake = fake_beam_server.fake
    fake.reset()
    yield fake
    fake.reset()


def _autojump_clock(fake: FakeBeam) -> FakeClock:
    if not isinstance(fake.clock, FakeClock):
        raise TypeError(f"the beam fixtures need the fake on a FakeClock, not {type(fake.clock).__name__}")
    return fake.clock


@pytest.fixture
def beam(fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> Iterator[Beam]:
    """A `Beam` client signed in to the fake, on the fake's clock in autojump mode (see the module)."""
    clock = _autojump_clock(fake_beam)
    clock.autojump = True
    try:
        with Beam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=clock,
            sleep=clock.sleep,
        ) as client:
            yield client
    finally:
        clock.autojump = False


@pytest.fixture
def async_beam(fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> Iterator[AsyncBeam]:
    """An `AsyncBeam` twin of the `beam` fixture.

    A plain fixture, so it works with any async test runner (pytest-asyncio, anyio) or with
    `asyncio.run` inside a sync test: its connections are not kept alive between requests, so
    nothing is left bound to a test's event loop when the test ends.
    """
    clock = _autojump_clock(fake_beam)
    clock.autojump = True
    try:
        yield AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=clock,
            sleep=clock.asleep,
            transport=httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0)),
        )
    finally:
        clock.autojump = False
