"""`python -m beam_ai.testing --fault KIND:METHOD:PATH[:TIMES]`: faults for a fake in another process."""

from __future__ import annotations

import argparse
import re

import pytest
from starlette.routing import Route

from beam_ai.testing import FakeBeam, create_app
from beam_ai.testing.__main__ import _fault, _routed, main
from beam_ai_api.surface.operations import OPERATIONS


def test_fault_specs_parse() -> None:
    assert _fault("drop_after:POST:/agent-tasks:20") == ("drop_after", "POST", "/agent-tasks", 20)
    assert _fault("rate_limit:*:/agent-tasks/*") == ("rate_limit", "*", "/agent-tasks/*", None)


@pytest.mark.parametrize("spec", ["explode:POST:/x", "drop_after:POST", "drop_after:POST:/x:many"])
def test_bad_fault_specs_say_what_is_expected(spec: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"KIND:METHOD:PATH|whole number"):
        _fault(spec)


def test_a_fault_on_a_path_the_fake_does_not_serve_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "rate_limit:POST:/agent-task"])  # misspelt: would never fire
    assert exit_info.value.code == 2
    assert "no route for POST /agent-task" in capsys.readouterr().err


def test_faults_on_every_spec_operation_and_on_globs_are_accepted() -> None:
    """Derived from the spec's operations (with ids filled in), so a route the fake gains is accepted."""
    routes = [route for route in create_app(FakeBeam()).routes if isinstance(route, Route)]
    for operation in OPERATIONS.values():
        path = re.sub(r"\{[^}]+\}", "some-id", operation.path)
        assert _routed(routes, operation.method, path), (operation.method, path)
        assert _routed(routes, "*", path), path
    assert _routed(routes, "*", "/agent-tasks/*")
    assert _routed(routes, "POST", "*")
    assert not _routed(routes, "DELETE", "/agent-tasks")
