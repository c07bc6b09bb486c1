"""pytest fixtures: ``fake_beam_server`` (one per session) and ``fake_beam`` (reset for every test).

Enable with ``pytest_plugins = ["beam_ai.testing.pytest_plugin"]`` in a root conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._clock import FakeClock
from ._fake import FakeBeam
from ._server import FakeBeamServer


@pytest.fixture(scope="session")
def fake_beam_server() -> Iterator[FakeBeamServer]:
    """A fake Beam API on a free local port, driven by a FakeClock."""
    with FakeBeamServer(FakeBeam(clock=FakeClock())) as server:
        yield server


@pytest.fixture
def fake_beam(fake_beam_server: FakeBeamServer) -> Iterator[FakeBeam]:
    """The running fake, reset to the seeded workspace with no faults and an empty request log."""
    fake = fake_beam_server.fake
    fake.reset()
    yield fake
    fake.reset()
