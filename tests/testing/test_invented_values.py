"""How many operations' answers carry a value the fake made up for an optional field.

Every operation of the spec is called the way tests/test_namespaces.py calls it (the call derived
from the spec, or the hand-written one where it needs state), with `Spec.invent` counted: every
value the fake makes up for an optional field comes from there. A real server omits what it has no
value for, so by default no answer carries one; `quirks.full_bodies` serves every field of every
schema, as the fake did before it followed real servers (and shows the count can fail).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_namespaces import OPERATIONS, case_for

from beam_ai import Beam
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer
from beam_ai.testing._schema import Spec


@pytest.fixture
def inventions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """One entry per optional value made up while the test runs."""
    made: list[int] = []
    invent = Spec.invent

    def counted(self: Spec, schema: Any, now: float, depth: int = 0) -> Any:
        made.append(depth)
        return invent(self, schema, now, depth)

    monkeypatch.setattr(Spec, "invent", counted)
    yield made


def _inventing(server: FakeBeamServer, fake: FakeBeam, made: list[int], *, full: bool) -> set[str]:
    """The operations whose call (its prerequisites included) made up an optional value."""
    found = set()
    for operation_id in sorted(OPERATIONS):
        fake.reset()
        fake.quirks.full_bodies = full
        made.clear()
        with Beam(
            api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
        ) as client:
            case = case_for(operation_id)
            assert case.check(case.call(client, fake)), operation_id
        if made:
            found.add(operation_id)
    return found


@pytest.mark.slow
def test_no_answer_carries_a_made_up_optional_value(
    fake_beam_server: FakeBeamServer,
    fake_beam: FakeBeam,
    inventions: list[int],
    request: pytest.FixtureRequest,
) -> None:
    by_default = _inventing(fake_beam_server, fake_beam, inventions, full=False)
    full = _inventing(fake_beam_server, fake_beam, inventions, full=True)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    line = (
        f"invented optional values: {len(by_default)} of {len(OPERATIONS)} operations by default, "
        f"{len(full)} with quirks.full_bodies"
    )
    if reporter is not None:
        reporter.write_line(line)
    assert by_default == set()
    # Tasks, graphs, the user and views are served through their schemas: full bodies fill them.
    assert {"getTask", "listTasks", "getAgentGraph", "getCurrentUser", "getView"} <= full, sorted(full)
