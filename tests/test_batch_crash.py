"""A batch killed with SIGKILL 20 times and resumed each time: no task twice, no row lost.

The fake Beam server and the batch each run as their own process on loopback (see
bench/batch_crash.py, which also runs the 1,000-row version). The first creations are dropped by the
fake after it acted, so some unknown outcomes come from the network and some from the kills.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.append(str(BENCH))

from batch_crash import crash_test  # noqa: E402


def test_sigkill_twenty_times_then_resume_creates_each_task_once(tmp_path: Path) -> None:
    report = crash_test(40, 20, seed=14, concurrency=8, drops=4, slow_creations=True, workdir=tmp_path)
    assert report.problems == []
    assert report.kills == 20 and report.kills_during_creation >= 5
    assert report.final_exit_code == 0
    assert report.server_tasks == 40 and report.duplicates == 0 and report.rows_without_task == 0
    assert report.lost_rows == 0 and report.results_not_completed == 0
    assert report.results_naming_unknown_tasks == 0
