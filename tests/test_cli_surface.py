"""`beam-ai tasks list | answer | approve | reject | abort` and `beam-ai <namespace> <method>` against the fake."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_AGENT_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)
from beam_ai_api.surface.operations import OPERATIONS


@pytest.fixture(scope="module")
def slow_server() -> Iterator[FakeBeamServer]:
    """Tasks stay QUEUED for a minute: long enough to act on them."""
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=60, run_seconds=60)) as server:
        yield server


@pytest.fixture
def env(slow_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    slow_server.fake.reset()
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", slow_server.url)
    return slow_server.fake


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_tasks_list_and_answer_an_existing_task(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "list", "--agent", INVOICE_AGENT_ID, "--json"]) == ExitCode.OK  # options after, too
    listed = _json(capsys)
    assert isinstance(listed, list) and {t["id"] for t in listed} == {
        INPUT_WAITING_TASK_ID,
        CONSENT_WAITING_TASK_ID,
    }
    link = f"https://app.beam.ai/{FAKE_WORKSPACE_ID}/{INVOICE_AGENT_ID}/tasks/{INPUT_WAITING_TASK_ID}"
    assert main(["tasks", "answer", link, "PO-123"]) == ExitCode.OK
    assert env.task_status(INPUT_WAITING_TASK_ID) == "IN_PROGRESS"
    assert env.requests.count("POST", "/agent-tasks") == 0  # answered, not started again


def test_tasks_approve_and_reject(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "approve", CONSENT_WAITING_TASK_ID]) == ExitCode.OK
    assert env.task_status(CONSENT_WAITING_TASK_ID) == "IN_PROGRESS"
    assert main(["tasks", "reject", INPUT_WAITING_TASK_ID]) == ExitCode.USAGE  # not a terminal: needs --yes
    assert env.task_status(INPUT_WAITING_TASK_ID) == "USER_INPUT_REQUIRED"
    assert main(["tasks", "reject", INPUT_WAITING_TASK_ID, "--yes"]) == ExitCode.OK
    assert env.task_status(INPUT_WAITING_TASK_ID) == "STOPPED"


def test_tasks_abort_asks_first_unless_yes(
    env: FakeBeam, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with env.store.lock:
        task_id = env.store.create_task(SUPPORT_AGENT_ID, "long", "", env.clock.now()).id

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["tasks", "abort", task_id, "--reason", "typo"]) == ExitCode.USAGE
    assert "cannot be undone" in capsys.readouterr().err
    assert env.requests.count("POST", f"/agent-tasks/{task_id}/abort") == 0
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["tasks", "abort", task_id, "--reason", "typo"]) == ExitCode.OK
    assert env.task_status(task_id) == "STOPPED"


def test_every_namespace_method_is_a_command() -> None:
    """Listed from the operation table, each command's parser (made only when named) calls its method."""
    from beam_ai.cli._main import _parser

    groups = next(a for a in _parser()._actions if a.dest == "group").choices
    for operation in OPERATIONS.values():
        if operation.tag == "user":
            continue  # `beam-ai user` is the hand-written command
        group = groups[operation.tag.replace("_", "-")]
        commands = next(a for a in group._actions if a.dest == "command").choices
        command = operation.name.replace("_", "-")
        assert command in commands, operation.operation_id
        if (operation.tag, command) == ("agents", "list"):
            continue  # hand-written
        destructive = operation.safety == "destructive-write"
        assert commands[command].get_default("generic") == (operation.tag, operation.name, destructive)


def test_generic_command_prints_json(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agents", "get", SUPPORT_AGENT_ID]) == ExitCode.OK
    assert _json(capsys)["id"] == SUPPORT_AGENT_ID  # type: ignore[index]
    args = [
        "triggers",
        "create",
        "--title",
        "t",
        "--agent-id",
        SUPPORT_AGENT_ID,
        "--agent-graph-node-id",
        "n",
    ]
    assert main([*args, "--configuration", '{"beamAction": "Timer"}']) == ExitCode.OK
    created = _json(capsys)
    assert created["id"] and env.store.triggers[created["id"]]["configuration"] == {"beamAction": "Timer"}  # type: ignore[index]


def test_generic_destructive_command_needs_yes(env: FakeBeam, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agent-tasks", "delete", SEEDED_TASK_IDS[0]]) == ExitCode.USAGE
    assert SEEDED_TASK_IDS[0] in env.store.tasks
    assert main(["agent-tasks", "delete", SEEDED_TASK_IDS[0], "--yes"]) == ExitCode.OK
    assert SEEDED_TASK_IDS[0] not in env.store.tasks
