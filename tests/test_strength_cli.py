"""The CLI does what its flags say: `--approve`/`--reject`, `--search`, `--timeout`, the connection
flags; output on stdout, errors on stderr.

Like tests/test_cli.py, the fake runs on a RealClock with tasks that finish in milliseconds (the CLI
has no clock to inject).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

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


def _consent_requests(fake: FakeBeam) -> list[tuple[str, object]]:
    return [
        (r.path.rsplit("/", 1)[-1], r.body.get("consent") if isinstance(r.body, dict) else None)
        for r in fake.requests
        if r.method == "POST" and r.path.endswith(("/user-consent", "/rejection"))
    ]


def test_approve_approves_and_the_task_completes(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["tasks", "run", SUPPORT_AGENT_ID, "[consent] Send the invoice", "--approve", "--timeout", "30"]
    assert main(argv) == ExitCode.OK
    assert "COMPLETED" in capsys.readouterr().out
    assert _consent_requests(env) == [("user-consent", True)]
    assert env.requests.count("POST", "/agent-tasks") == 1


def test_reject_rejects_and_the_task_stops(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["tasks", "run", SUPPORT_AGENT_ID, "[consent] Send the invoice", "--reject", "--timeout", "30"]
    assert main(argv) == ExitCode.TASK_NOT_COMPLETED
    assert "STOPPED" in capsys.readouterr().out
    assert _consent_requests(env) == [("rejection", None)]


def test_without_approve_or_reject_the_waiting_task_is_left_alone(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["tasks", "run", SUPPORT_AGENT_ID, "[consent] Send the invoice", "--timeout", "30"]
    assert main(argv) == ExitCode.TASK_NOT_COMPLETED
    captured = capsys.readouterr()
    [task_id] = list(env.store.tasks)[-1:]
    assert captured.out.splitlines()[0] == f"task {task_id}: USER_CONSENT_REQUIRED"
    assert "--approve" in captured.err and task_id in captured.err  # how to answer, and which task
    assert _consent_requests(env) == []


def test_approve_and_reject_together_are_a_usage_error(env: FakeBeam) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["tasks", "run", SUPPORT_AGENT_ID, "x", "--approve", "--reject"])
    assert exited.value.code == ExitCode.USAGE
    assert len(env.requests) == 0


# -- what each flag and command does, and where its output goes (mutation survivors) -------------


def test_agents_list_search_filters_on_the_server_and_prints_id_name_type(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["agents", "list", "--search", "Support"]) == ExitCode.OK
    out, err = capsys.readouterr()
    [request] = env.requests.filter("GET", "/agent")
    assert request.query["searchQuery"] == "Support"
    [line] = out.splitlines()
    agent_id, name, kind = (part.strip() for part in line.split("  ") if part.strip())
    assert agent_id == SUPPORT_AGENT_ID and name == "Support Triage" and kind.startswith("(")
    assert err.strip() == "1 agent(s)"


def test_tasks_get_and_run_print_status_query_and_summary(
    env: FakeBeam, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--json", "tasks", "run", SUPPORT_AGENT_ID, "Summarise ticket 7", "--timeout", "30"]) == 0
    task_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["tasks", "get", task_id]) == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        f"task {task_id}: COMPLETED",
        "  query: Summarise ticket 7",
        "  summary: Completed successfully",
    ]
    assert main(["tasks", "run", SUPPORT_AGENT_ID, "Another", "--timeout", "30"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0].startswith("task ")
        and lines[0].endswith(": COMPLETED")
        and lines[1:] == ["Completed successfully"]
    )


def test_user_prints_the_users_name_or_json(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["user"]) == ExitCode.OK
    assert capsys.readouterr().out == "Fake User\n"
    assert main(["--json", "user"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["name"] == "Fake User"


def test_tasks_run_timeout_is_honoured(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["tasks", "run", SUPPORT_AGENT_ID, "Summarise", "--timeout", "0"]) == ExitCode.TASK_NOT_COMPLETED
    )
    out, err = capsys.readouterr()
    # A deadline already passed: the run stops before sending anything, saying which timeout ran
    # out. (It used to send the token request with 1 ms to live; the fake could log it after the
    # next test had reset it, and that test then counted an exchange it never made.)
    assert out == "" and "0.0 s" in err and "no task was created" in err
    assert len(env.requests) == 0


def test_connection_flags_are_used(
    env: FakeBeam, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = os.environ["BEAM_BASE_URL"]
    monkeypatch.delenv("BEAM_BASE_URL")
    assert main(["--base-url", url, "--auth-mode", "api_key", "user"]) == ExitCode.OK
    assert env.requests.count("POST", "/auth/access-token") == 0  # x-api-key, no token exchange
    assert env.requests.filter("GET", "/v2/user/me")[-1].headers.get("x-api-key") == "***"
    assert main(["--base-url", url, "--auth-mode", "token", "user"]) == ExitCode.OK
    assert env.requests.count("POST", "/auth/access-token") == 1

    env.faults.add("server_error", method="GET", path="/v2/user/me", times=1)
    assert main(["--base-url", url, "--max-retries", "0", "user"]) == ExitCode.API
    out, err = capsys.readouterr()
    assert "503" in err and "503" not in out  # errors go to stderr, stdout stays clean for --json
    env.faults.add("server_error", method="GET", path="/v2/user/me", times=1)
    assert main(["--base-url", url, "user"]) == ExitCode.OK  # retried by default


@pytest.mark.parametrize("argv", [[], ["agents"], ["tasks"]])
def test_a_missing_command_is_a_usage_error(env: FakeBeam, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == ExitCode.USAGE


def test_interrupted_says_the_task_keeps_running(
    env: FakeBeam, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from beam_ai.cli import _main

    def interrupted(client: object, args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(_main._COMMANDS, ("user", None), interrupted)
    assert main(["user"]) == 130
    out, err = capsys.readouterr()
    assert out == "" and "keeps running" in err
