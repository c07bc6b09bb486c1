"""The fake's routes and the spec's operations are the same set, both ways.

Every spec operation is answered (by a hand-written route where Beam has behaviour, else by one the
fake builds from the spec), and every hand-written route is a spec operation (besides the fake's own
stand-ins under `/_fake/`, such as the pre-signed download URL): one the spec dropped or
renamed fails here, naming it, instead of lingering in the test kit.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from beam_ai.testing import FakeBeam, FakeClock
from beam_ai.testing._app import endpoints_for, hand_endpoints
from beam_ai.testing._endpoint import OWN_PREFIX
from beam_ai.testing._routes_spec import template
from spec_tools import load_spec


def _operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), template(path))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict)
    }


def route_problems(spec: dict[str, Any]) -> list[str]:
    """`METHOD /path` of each spec operation without a route and each hand route the spec lacks."""
    operations = _operations(spec)
    served = {(e.method, template(e.path)) for e in endpoints_for(FakeBeam(clock=FakeClock(), spec=spec))}
    unrouted = [f"no route for {m} {p}" for m, p in sorted(operations - served)]
    stale = [
        f"hand route {e.method} {e.path} is not in the spec"
        for e in hand_endpoints()
        if (e.method, template(e.path)) not in operations and not e.path.startswith(OWN_PREFIX)
    ]
    return unrouted + stale


def test_every_spec_operation_has_a_route_and_every_route_is_a_spec_operation() -> None:
    assert route_problems(load_spec()) == []


def test_a_hand_route_the_spec_dropped_is_named() -> None:
    spec = copy.deepcopy(load_spec())
    del spec["paths"]["/agent-tasks/analytics"]["get"]
    assert route_problems(spec) == ["hand route GET /agent-tasks/analytics is not in the spec"]


def test_an_operation_nobody_wrote_a_route_for_is_answered_from_the_spec() -> None:
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/agent/{agentId}/stats"] = {"get": {"operationId": "getAgentStats", "responses": {}}}
    assert route_problems(spec) == []
    routes = {(e.method, e.path) for e in endpoints_for(FakeBeam(clock=FakeClock(), spec=spec))}
    assert ("GET", "/agent/{agentId}/stats") in routes


@pytest.mark.parametrize("path", ["/agent-tasks/{taskId}/updates", "/agent-tasks", "/agent-graphs/{agentId}"])
def test_behaviour_stays_hand_written(path: str) -> None:
    """Tasks, their update stream and graphs keep their hand routes (the spec cannot say what they do)."""
    assert any(e.path == path for e in hand_endpoints())
