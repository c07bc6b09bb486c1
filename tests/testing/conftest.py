"""Clients for the running fake (the ``fake_beam`` fixture comes from beam_ai.testing.pytest_plugin)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from beam_ai.testing import FakeBeam


@pytest.fixture
def client(fake_beam: FakeBeam) -> Iterator[httpx.Client]:
    """Authenticated with the API key and scoped to the seeded workspace."""
    assert fake_beam.url is not None
    headers = {"x-api-key": fake_beam.api_key, "current-workspace-id": fake_beam.workspace_id}
    with httpx.Client(base_url=fake_beam.url, headers=headers, timeout=5.0) as http:
        yield http


@pytest.fixture
def anon(fake_beam: FakeBeam) -> Iterator[httpx.Client]:
    """No credentials at all."""
    assert fake_beam.url is not None
    with httpx.Client(base_url=fake_beam.url, timeout=5.0) as http:
        yield http
