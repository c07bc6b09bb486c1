import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Test helpers (spec_tools, drivers, mock_api) live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))
pytest_plugins = ["beam_ai.testing.pytest_plugin", "pytester"]

from drivers import Driver  # noqa: E402


@pytest.fixture(params=["sync", "async"])
def make_driver(request: pytest.FixtureRequest) -> Iterator[Callable[..., Driver]]:
    """Factory for a `Driver` over `Beam` (sync) or `AsyncBeam` (async); closed after the test."""
    made: list[Driver] = []

    def make(**client_kwargs: Any) -> Driver:
        driver = Driver(request.param, **client_kwargs)
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()
