"""The CLI builds only what the command line names: a group's commands when the group is named, a
namespace method's parser when the method is (not all 126 at every start, which cost about 0.3 s
of CPU). Counted through the factories the parsers are made by, and through the modules a fresh
process loaded, never by timing. `bench/cli_start.py` measures the start-up itself."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

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
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=0.005, run_seconds=0.01)) as server:
        yield server


@pytest.fixture
def env(quick_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    quick_server.fake.reset()
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", quick_server.url)
    return quick_server.fake


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The `prog` of every namespace group and namespace-method parser made from now on."""
    from beam_ai.cli import _generic, _main

    made: list[str] = []

    def counting(factory: Callable[..., Any]) -> Callable[..., Any]:
        def make(*args: Any) -> Any:
            made.append(args[-1])  # every factory takes the parser's prog last
            return factory(*args)

        return make

    monkeypatch.setattr(_main, "namespace_group", counting(_generic.namespace_group))
    monkeypatch.setattr(_generic, "method_parser", counting(_generic.method_parser))
    return made


def test_tasks_run_builds_no_namespace_command(env: FakeBeam, built: list[str]) -> None:
    assert main(["tasks", "run", SUPPORT_AGENT_ID, "Summarise ticket 7", "--timeout", "30"]) == ExitCode.OK
    assert env.requests.count("POST", "/agent-tasks") == 1
    assert main(["tasks", "list", "--limit", "1"]) == ExitCode.OK
    assert built == []


def test_a_namespace_method_builds_its_own_parser_only(
    env: FakeBeam, built: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["agents", "list", "--limit", "1"]) == ExitCode.OK
    assert built == []  # the agents group lists its generated commands, builds none
    capsys.readouterr()
    assert main(["agents", "get", SUPPORT_AGENT_ID]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["id"] == SUPPORT_AGENT_ID
    assert built == ["beam-ai agents get"]
    assert main(["notifications", "get-unread-counts"]) == ExitCode.OK
    assert built[1:] == ["beam-ai notifications", "beam-ai notifications get-unread-counts"]


def test_help_lists_the_commands_without_building_them(
    built: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["--help"], ["agent-tasks", "--help"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "learning-hub" in out and "client.learning_hub methods" in out
    assert "delete" in out and "(destructive: asks first)" in out  # agent-tasks delete, from the table
    assert built == ["beam-ai agent-tasks"]


def _modules_after(argv: list[str]) -> list[str]:
    """The modules a fresh process has loaded after `main(argv)` (help exits through SystemExit)."""
    probe = (
        "import json, sys\nfrom beam_ai.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout.splitlines()[-1]))


#: What no help needs: every namespace at once, a namespace's module, following tasks, the batch engine.
NOT_FOR_HELP = (
    "beam_ai.resources",
    "beam_ai._resources.",
    "beam_ai_api.surface.",
    "beam_ai._task_events",
    "beam_ai._task_follow",
    "beam_ai.batch",
    "asyncio",
)


@pytest.mark.parametrize("argv", [["--help"], ["tasks", "run", "--help"], ["agents", "list", "--help"]])
def test_help_imports_no_namespace_or_task_machinery(argv: list[str]) -> None:
    loaded = _modules_after(argv)
    allowed = ["beam_ai_api.surface.operations"] if argv[0] == "agents" else []  # lists the agents commands
    assert [m for m in loaded if m.startswith(NOT_FOR_HELP) and m not in allowed] == []
