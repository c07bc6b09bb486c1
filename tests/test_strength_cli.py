"""`beam tasks run --approve / --reject` really approve and reject a task that asks for consent.

Like tests/test_cli.py, the fake runs on a RealClock with tasks that finish in milliseconds (the CLI
has no clock to inject).
"""

from __future__ import annotations

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
    assert "USER_CONSENT_REQUIRED" in captured.out and "--approve" in captured.err
    assert _consent_requests(env) == []


def test_approve_and_reject_together_are_a_usage_error(env: FakeBeam) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["tasks", "run", SUPPORT_AGENT_ID, "x", "--approve", "--reject"])
    assert exited.value.code == ExitCode.USAGE
    assert len(env.requests) == 0
