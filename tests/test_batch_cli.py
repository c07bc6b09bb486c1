"""`beam-ai batch run | status | answer` against a fake whose tasks take milliseconds of real time.

Like tests/test_cli.py: the CLI has no clock to inject, so the fake runs on a RealClock with tiny
queue/run durations.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quick_server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=0.005, run_seconds=0.01)) as server:
        yield server


@pytest.fixture
def env(quick_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    quick_server.fake.reset()
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", quick_server.url)
    return quick_server.fake


def write_rows(path: Path, tickets: list[str]) -> Path:
    path.write_text(
        "".join(json.dumps({"ticket_no": f"T{i}", "ticket": t}) + "\n" for i, t in enumerate(tickets))
    )
    return path


def run_args(rows: Path, out: Path, *extra: str) -> list[str]:
    return [
        "batch",
        "run",
        SUPPORT_AGENT_ID,
        str(rows),
        "--query",
        "Summarise: {ticket}",
        "--out",
        str(out),
        "--key",
        "ticket_no",
        "--concurrency",
        "4",
        "--poll-interval",
        "0.01",
        *extra,
    ]


def test_run_park_answer_resume(env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", ["printer on fire", "refund please [input]", "hello", "bye"])
    out = tmp_path / "results.csv"
    assert main(run_args(rows, out)) == ExitCode.TASK_NOT_COMPLETED  # one row waits for an answer
    err = capsys.readouterr().err
    assert "done" in err and "parked T1" in err and "beam-ai batch answer" in err

    assert main(["batch", "status", str(out)]) == ExitCode.OK
    status = capsys.readouterr().out
    assert "4 rows" in status and "parked T1" in status and "waits for input" in status

    assert main(["batch", "answer", str(out), "T1", "order 1234"]) == ExitCode.OK
    assert "answer stored" in capsys.readouterr().out
    assert main(run_args(rows, out, "--resume")) == ExitCode.OK

    with out.open(newline="") as handle:
        records = {r["key"]: r for r in csv.DictReader(handle)}
    assert sorted(records) == ["T0", "T1", "T2", "T3"]
    assert {r["status"] for r in records.values()} == {"COMPLETED"}
    per_query = Counter(task.query for task in env.store.tasks.values() if task.query.startswith("Summarise"))
    assert set(per_query.values()) == {1} and len(per_query) == 4
    answered = next(
        task for task in env.store.tasks.values() if task.query == "Summarise: refund please [input]"
    )
    assert answered.user_inputs[0]["answer"] == "order 1234"


def test_resume_with_another_query_is_a_usage_error(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", ["a"])
    out = tmp_path / "results.jsonl"
    assert main(run_args(rows, out)) == ExitCode.OK
    changed = [arg if arg != "Summarise: {ticket}" else "Translate: {ticket}" for arg in run_args(rows, out)]
    assert main([*changed, "--resume"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "written for a different run" in err and "query_template" in err
    assert main(run_args(rows, out)) == ExitCode.USAGE  # a checkpoint exists and --resume is missing
    assert "--resume" in capsys.readouterr().err


def test_answer_needs_a_parked_row(env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "status", str(tmp_path / "none.jsonl")]) == ExitCode.USAGE
    assert "no checkpoint" in capsys.readouterr().err
    rows = write_rows(tmp_path / "rows.jsonl", ["a"])
    out = tmp_path / "results.jsonl"
    main(run_args(rows, out))
    assert main(["batch", "answer", str(out), "T0", "hi"]) == ExitCode.USAGE
    assert "does not wait for an answer" in capsys.readouterr().err


def test_console_script_is_beam_ai_not_beam() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"beam-ai": "beam_ai.cli:main"}  # `beam` is Beam's own official CLI


def test_python_m_beam_ai_shows_the_batch_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "beam_ai", "batch", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "usage: beam-ai batch" in result.stdout and "answer" in result.stdout


@pytest.mark.parametrize("live", [True, False])
def test_progress_shows_counts_and_eta(live: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setenv("COLUMNS", "160")  # a terminal wide enough for the whole line
    from beam_ai.batch import BatchProgress, RowState
    from beam_ai.cli._batch_display import batch_display_for

    stream = io.StringIO()
    counts = dict.fromkeys(RowState, 0) | {RowState.DONE: 30, RowState.CREATED: 10, RowState.PENDING: 60}
    with batch_display_for(stream, live=live) as display:
        display.update(BatchProgress(total=100, counts=counts, finished_this_run=30, elapsed=60.0))
    text = stream.getvalue()
    assert "30/100" in text and "done 30" in text and "running 10" in text and "pending 60" in text
    assert "eta 02:20" in text  # 70 rows left at 30 rows a minute


def test_undecided_creation_is_settled_by_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from beam_ai.batch import Checkpoint, RowState, checkpoint_path_for
    from beam_ai.batch._run import run_spec

    out = tmp_path / "results.jsonl"
    with Checkpoint.create_or_open(checkpoint_path_for(out), run_spec("agent", "{t}", None)) as store:
        store.add_rows([("1", 1, "a"), ("2", 2, "b")])
        for key in ("1", "2"):
            store.mark_creating(key, 1.0)
            store.mark_parked(key, status=None, question=None, error="create outcome unknown: listing failed")
    assert main(["batch", "status", str(out)]) == ExitCode.OK
    assert "parked 1: create outcome unknown" in capsys.readouterr().out
    assert main(["batch", "answer", str(out), "1", "--not-created"]) == ExitCode.OK
    assert main(["batch", "answer", str(out), "2", "--created", "task-9"]) == ExitCode.OK
    assert "resume the run" in capsys.readouterr().out
    with Checkpoint.open_existing(checkpoint_path_for(out)) as store:
        assert store.row("1").state is RowState.PENDING and store.row("1").task_id is None
        assert store.row("2").state is RowState.CREATED and store.row("2").task_id == "task-9"
    assert main(["batch", "answer", str(out), "2", "--not-created"]) == ExitCode.USAGE
    assert "no undecided creation" in capsys.readouterr().err
