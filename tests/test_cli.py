"""The `beam-ai` command against a fake server whose tasks run in a few milliseconds of real time.

The CLI follows tasks in real time (it has no clock to inject), so this fake runs on a RealClock
with tiny queue/run durations instead of the suite's FakeClock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    FOREIGN_WORKSPACE_ID,
    SEEDED_AGENT_IDS,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)


@pytest.fixture(scope="module")
def quick_server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=0.01, run_seconds=0.02)) as server:
        yield server


@pytest.fixture
def env(quick_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    quick_server.fake.reset()
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", quick_server.url)
    return quick_server.fake


def test_agents_list_prints_every_agent(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agents", "list"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert all(agent_id in out for agent_id in SEEDED_AGENT_IDS)


def test_agents_list_json_is_machine_readable(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "agents", "list", "--limit", "1"]) == ExitCode.OK
    agents = json.loads(capsys.readouterr().out)
    assert len(agents) == 1 and agents[0]["id"] in SEEDED_AGENT_IDS


def test_tasks_run_shows_progress_and_the_completed_task(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tasks", "run", SUPPORT_AGENT_ID, "Summarise ticket 7", "--timeout", "30"]) == ExitCode.OK
    captured = capsys.readouterr()
    assert "COMPLETED" in captured.out
    assert "IN_PROGRESS" in captured.err and "COMPLETED" in captured.err  # progress on stderr
    assert env.requests.count("POST", "/agent-tasks") == 1


def test_tasks_run_json_then_tasks_get(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "tasks", "run", SUPPORT_AGENT_ID, "hello", "--timeout", "30"]) == ExitCode.OK
    task = json.loads(capsys.readouterr().out)
    assert task["status"] == "COMPLETED"
    assert main(["--json", "tasks", "get", task["id"]]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["id"] == task["id"]


def test_a_failed_task_exits_1(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["tasks", "run", SUPPORT_AGENT_ID, "[fail] please", "--timeout", "30"])
        == ExitCode.TASK_NOT_COMPLETED
    )
    assert "FAILED" in capsys.readouterr().out


def test_input_is_answered_from_the_command_line(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["tasks", "run", SUPPORT_AGENT_ID, "[input] which account?", "--answer", "ACME", "--timeout", "30"]
    assert main(argv) == ExitCode.OK
    assert env.requests.count("POST", "/agent-tasks") == 1


def test_a_task_waiting_for_input_without_an_answer_exits_1_and_says_how(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["tasks", "run", SUPPORT_AGENT_ID, "[input] which?", "--timeout", "30"])
        == ExitCode.TASK_NOT_COMPLETED
    )
    assert "--answer" in capsys.readouterr().err


def test_exit_codes_tell_usage_auth_and_api_errors_apart(
    env: FakeBeam, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--workspace", FOREIGN_WORKSPACE_ID, "agents", "list"]) == ExitCode.AUTH
    assert main(["tasks", "get", "no-such-task"]) == ExitCode.API
    monkeypatch.setenv("BEAM_API_KEY", "not-a-key")
    assert main(["agents", "list"]) == ExitCode.AUTH
    monkeypatch.delenv("BEAM_WORKSPACE_ID")
    assert main(["agents", "list"]) == ExitCode.USAGE
    assert "BEAM_WORKSPACE_ID" in capsys.readouterr().err
    with pytest.raises(SystemExit) as excinfo:
        main(["tasks", "frobnicate"])
    assert excinfo.value.code == ExitCode.USAGE


def test_connection_failures_exit_5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", "http://127.0.0.1:9")  # discard port: nothing listens
    assert main(["--max-retries", "0", "agents", "list"]) == ExitCode.CONNECTION


@pytest.mark.parametrize("module", ["beam_ai", "beam_ai.cli"])
def test_the_module_runs_as_a_program(env: FakeBeam, module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", module, "--json", "user"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"]


@pytest.mark.parametrize("live", [True, False])
def test_progress_display_prints_each_step(live: bool) -> None:
    import io

    from beam_ai._task_events import TaskEvent
    from beam_ai.cli._display import LiveProgress, PlainProgress, progress_for

    stream = io.StringIO()
    with progress_for(stream, live=live) as progress:
        assert isinstance(progress, LiveProgress if live else PlainProgress)
        progress.event(TaskEvent(task_id="t", status="IN_PROGRESS", message="Reading the ticket"))
        progress.event(TaskEvent(task_id="t", status="COMPLETED"))
    lines = [line for line in stream.getvalue().splitlines() if line.strip()]
    assert "IN_PROGRESS" in lines[0] and "Reading the ticket" in lines[0]
    assert "COMPLETED" in lines[1]
