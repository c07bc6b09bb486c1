"""`python -m beam_ai.testing --fault KIND:METHOD:PATH[:TIMES]`: faults for a fake in another process."""

from __future__ import annotations

import argparse

import pytest

from beam_ai.testing.__main__ import _fault


def test_fault_specs_parse() -> None:
    assert _fault("drop_after:POST:/agent-tasks:20") == ("drop_after", "POST", "/agent-tasks", 20)
    assert _fault("rate_limit:*:/agent-tasks/*") == ("rate_limit", "*", "/agent-tasks/*", None)


@pytest.mark.parametrize("spec", ["explode:POST:/x", "drop_after:POST", "drop_after:POST:/x:many"])
def test_bad_fault_specs_say_what_is_expected(spec: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"KIND:METHOD:PATH|whole number"):
        _fault(spec)
