"""The README's first command: one task run end to end against the embedded fake on loopback."""

from __future__ import annotations

import os
import subprocess
import sys

from spec_tools import ROOT


def test_demo_runs_a_task_to_completion_over_http_and_sse() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BEAM_")}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "run_task.py"),
            "--queue-seconds",
            "0",
            "--run-seconds",
            "0",
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
    assert any(line.startswith("Created task ") for line in lines)
    assert "  update: QUEUED  Task queued" in lines
    assert "  update: COMPLETED  Task completed" in lines
    assert lines[-1].startswith("Task ") and " finished COMPLETED" in lines[-1]
