"""A missing tenant is an error, never another tenant; header values that cannot travel are refused
at construction (issue 12, High). Nothing is sent in any of these cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import AsyncBeam, Beam, BeamConfigError

MakeDriver = Callable[..., Driver]
SECRET_KEY = "sk-fake-\r\nX-Injected: 1"


def _mock() -> MockBeam:
    return MockBeam(lambda request: json_response(200, {"id": "u1"}))


def _client(make_driver: MakeDriver, mock: MockBeam, **kwargs: Any) -> Driver:
    options: dict[str, Any] = {"api_key": "k", "workspace_id": "ws-1", "base_url": MOCK_BASE_URL}
    return make_driver(transport=mock.transport(), **{**options, **kwargs})


@pytest.mark.parametrize(
    "derive",
    [
        lambda client: client.with_workspace(None),
        lambda client: client.with_options(workspace_id=None),
        lambda client: client.with_workspace(""),
        lambda client: client.with_workspace("  "),
    ],
    ids=["with_workspace(None)", "with_options(workspace_id=None)", "empty", "blank"],
)
def test_a_missing_workspace_raises_instead_of_reusing_the_parent(
    make_driver: MakeDriver, derive: Callable[[Any], Any]
) -> None:
    driver = _client(make_driver, _mock())
    with pytest.raises(BeamConfigError, match="workspace_id"):
        derive(driver.client)


def test_with_options_without_a_workspace_keeps_the_parents(make_driver: MakeDriver) -> None:
    driver = _client(make_driver, _mock())
    assert driver.client.with_options(max_retries=0).workspace_id == "ws-1"


@pytest.mark.parametrize("bad", ["ws-1\r\nX-Evil: 1", "ws\n1", "ws\x00-1", "ws-1\rx", "wś-1", "ws\x1b1"])
def test_workspace_ids_with_line_breaks_or_nul_are_refused_at_construction(
    make_driver: MakeDriver, bad: str
) -> None:
    mock = _mock()
    with pytest.raises(BeamConfigError, match="workspace_id"):
        _client(make_driver, mock, workspace_id=bad)
    driver = _client(make_driver, mock)
    with pytest.raises(BeamConfigError, match="workspace_id"):
        driver.client.with_workspace(bad)
    assert mock.requests == []


@pytest.mark.parametrize("cls", [Beam, AsyncBeam])
def test_header_values_and_keys_that_cannot_travel_are_refused_without_echoing(cls: type[Any]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    with pytest.raises(BeamConfigError, match="headers") as bad_header:
        cls(
            api_key="k",
            workspace_id="w",
            base_url=MOCK_BASE_URL,
            headers={"x-t": "a\r\nb"},
            transport=transport,
        )
    assert "a\r\nb" not in str(bad_header.value)
    with pytest.raises(BeamConfigError, match="api_key") as bad_key:
        cls(api_key=SECRET_KEY, workspace_id="w", base_url=MOCK_BASE_URL, transport=transport)
    assert "sk-fake" not in str(bad_key.value) and "Injected" not in str(bad_key.value)
