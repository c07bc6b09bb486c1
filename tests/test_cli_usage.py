"""The CLI never shows a traceback for a usage mistake, and says what a person needs to know.

Against a fake whose tasks run in milliseconds of real time (the CLI has no clock to inject).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import beam_ai
from beam_ai.batch import run_batch
from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)


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


def exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """argparse's refusal: exit 2 and a usage message, no traceback."""
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    assert excinfo.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def batch_run(tmp_path: Path, *extra: str) -> list[str]:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "a", "ticket": "printer"}) + "\n")
    return [
        "batch",
        "run",
        SUPPORT_AGENT_ID,
        str(rows),
        "--query",
        "{ticket}",
        "--out",
        str(tmp_path / "r.jsonl"),
        *extra,
    ]


def test_a_negative_limit_is_refused(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert "--limit" in exits_2(["agents", "list", "--limit", "-1"], capsys)
    assert env.requests.count("GET", "/agent") == 0


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--poll-interval", "inf"),
        ("--poll-interval", "nan"),
        ("--settle-delay", "nan"),
        ("--settle-delay", "inf"),
    ],
)
def test_batch_timings_must_be_finite(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    assert option in exits_2(batch_run(tmp_path, option, value), capsys)
    assert env.requests.count("POST", "/agent-tasks") == 0


@pytest.mark.parametrize(("option", "value"), [("poll_interval", math.inf), ("settle_delay", math.nan)])
def test_run_batch_refuses_the_same_timings(tmp_path: Path, option: str, value: float) -> None:
    arguments: dict[str, Any] = {option: value}
    with pytest.raises(beam_ai.BeamValidationError, match=option):
        run_batch(
            "agent",
            [{"t": "x"}],
            query="{t}",
            out=tmp_path / "r.jsonl",
            api_key="k",
            workspace_id="w",
            base_url="http://127.0.0.1:9",  # nothing listens: nothing may be sent anyway
            **arguments,
        )


def test_global_flags_work_after_the_command(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agents", "list", "--json", "--limit", "1"]) == ExitCode.OK
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["user", "--json", "--max-retries", "0"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["id"]
    # Given before the command, a flag is not reset by the command's parser.
    assert main(["--json", "agents", "list", "--limit", "1"]) == ExitCode.OK
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert excinfo.value.code == 0
    assert capsys.readouterr().out.strip() == f"beam-ai {beam_ai.__version__}"


@pytest.mark.parametrize(
    ("missing", "advice"),
    [("BEAM_API_KEY", "set the BEAM_API_KEY environment variable"), ("BEAM_WORKSPACE_ID", "--workspace")],
)
def test_missing_credentials_are_told_in_the_clis_words(
    env: FakeBeam,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    missing: str,
    advice: str,
) -> None:
    monkeypatch.delenv(missing)
    assert main(["agents", "list"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert advice in err and "=..." not in err


def test_ctrl_c_in_tasks_run_names_the_task_still_running(
    env: FakeBeam, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Interrupting:
        def __enter__(self) -> Interrupting:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def event(self, event: Any) -> None:
            raise KeyboardInterrupt  # Ctrl-C while the task runs

        def note(self, text: str) -> None:
            pass

    monkeypatch.setattr("beam_ai.cli._main.progress_for", lambda: Interrupting())
    assert main(["tasks", "run", SUPPORT_AGENT_ID, "Summarise", "--timeout", "30"]) == 130
    err = capsys.readouterr().err
    (task_id,) = (task.id for task in env.store.tasks.values() if task.query == "Summarise")
    assert f"task {task_id} keeps running" in err and f"beam-ai tasks get {task_id}" in err


def test_a_task_waiting_for_input_shows_its_question(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tasks", "run", SUPPORT_AGENT_ID, "[input] refund?", "--timeout", "30"]) == 1
    assert "asks: What should be processed?" in capsys.readouterr().err
    (task_id,) = (task.id for task in env.store.tasks.values() if task.query == "[input] refund?")
    assert main(["tasks", "get", task_id]) == ExitCode.OK
    assert "asks: What should be processed?" in capsys.readouterr().out


def test_a_batch_the_server_refuses_exits_with_the_auth_code(
    env: FakeBeam, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BEAM_API_KEY", "fake-key-the-server-does-not-know")
    assert main(batch_run(tmp_path)) == ExitCode.AUTH  # BatchAborted: its cause's code, not 1
    assert "beam-ai: the server refused the credentials" in capsys.readouterr().err
    assert env.requests.count("POST", "/agent-tasks") == 0
