"""The README's first command: one task run end to end against the embedded fake on loopback."""

from __future__ import annotations

import os
import subprocess
import sys

from spec_tools import ROOT


def test_demo_runs_a_task_to_completion_and_shows_its_progress() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BEAM_")}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "run_task.py"),
            "--queue-seconds",
            "0.05",
            "--run-seconds",
            "0.1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Started the embedded fake Beam API on http://127.0.0.1:")
    assert lines[1].startswith("Signed in as ")
    statuses = [line.split()[0] for line in lines if line.startswith("  ")]
    assert statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    assert lines[-1].startswith("Task ") and " finished COMPLETED: " in lines[-1]
