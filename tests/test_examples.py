"""Every example runs against the embedded fake (instant tasks), so none of them can rot."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from spec_tools import ROOT

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))

EXPECTED = {
    "run_task.py": "finished COMPLETED",
    "answer_a_task.py": "after answering: COMPLETED",
    "async_many_tasks.py": "as expected: 404",
    "list_everything.py": "tasks by status:",
    "upload_files.py": "refused before sending: file:",
    "batch_tickets.py": "all 5 rows done",
}


def test_every_example_has_an_expectation() -> None:
    assert sorted(p.name for p in EXAMPLES) == sorted(EXPECTED)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_against_the_fake(example: os.PathLike[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BEAM_")}
    env["BEAM_FAKE_TIME_SCALE"] = "0"
    result = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert EXPECTED[os.path.basename(example)] in result.stdout
