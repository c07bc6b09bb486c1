"""Argument parsing and the commands themselves."""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._client import Beam
from .._config import API_KEY_ENV, WORKSPACE_ENV
from .._errors import BeamConfigError, BeamError
from .._version import __version__
from ._batch import BATCH_COMMANDS, add_batch_commands
from ._confirm import Declined
from ._display import progress_for
from ._exit import ExitCode, exit_code_for
from ._generic import add_namespace_commands, namespace_group, namespace_tags, run_generic
from ._lazy import add_lazy_subcommands
from ._numbers import count, seconds_or_zero
from ._tasks import TASK_COMMANDS, add_task_commands

if TYPE_CHECKING:
    from .._task_events import TaskEvent


def _global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """The options every command takes, before or after the command's name.

    Added to the top-level parser with their defaults, and to each command's parser without
    (`SUPPRESS`), so `beam-ai agents list --json` works and never resets a flag given earlier.
    """

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    flag_default = False if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--json", action="store_true", default=flag_default, help="print the result as JSON on stdout"
    )
    parser.add_argument(
        "--workspace", default=default(None), help="workspace id (default: BEAM_WORKSPACE_ID)"
    )
    parser.add_argument(
        "--base-url", default=default(None), help="API root (default: BEAM_BASE_URL or the production API)"
    )
    parser.add_argument(
        "--auth-mode",
        choices=["auto", "token", "api_key"],
        default=default("auto"),
        help="auto (default: what each route accepts), token exchange, or x-api-key",
    )
    parser.add_argument(
        "--max-retries", type=count, default=default(2), help="retries of retryable failures (default 2)"
    )


def _parser() -> argparse.ArgumentParser:
    """The top-level parser; a group's commands are added when the command line names the group,
    a namespace method's arguments when it names the method (`_lazy`)."""
    parser = argparse.ArgumentParser(
        prog="beam-ai",
        description="Beam AI from the command line. Credentials: BEAM_API_KEY, BEAM_WORKSPACE_ID, BEAM_BASE_URL.",
    )
    parser.add_argument("--version", action="version", version=f"beam-ai {__version__}")
    _global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, defaults=False)
    groups = add_lazy_subcommands(
        parser, dest="group", required=True, metavar="{agents,tasks,user,batch,<namespace>}"
    )
    groups.add_lazy("agents", functools.partial(_agents_group, common), help="agents in the workspace")
    groups.add_lazy("tasks", functools.partial(_tasks_group, common), help="agent tasks")
    groups.add_parser("user", help="the authenticated user", parents=[common])
    add_batch_commands(groups, common)
    for tag in namespace_tags():
        group = tag.replace("_", "-")
        if group not in groups.choices:  # else hand-written (`user`), or extended by hand (`agents`)
            groups.add_lazy(
                group, functools.partial(namespace_group, tag, common), help=f"client.{tag} methods"
            )
    return parser


def _agents_group(common: argparse.ArgumentParser, prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog)
    agents = add_lazy_subcommands(parser, dest="command", required=True)
    agents_list = agents.add_parser("list", help="list agents (every page)", parents=[common])
    agents_list.add_argument("--search", help="only agents whose name matches")
    agents_list.add_argument("--limit", type=count, default=None, help="stop after N agents")
    add_namespace_commands(agents, "agents", common)
    return parser


def _tasks_group(common: argparse.ArgumentParser, prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog)
    tasks = parser.add_subparsers(dest="command", required=True)
    run = tasks.add_parser("run", help="start a task and follow it to the end", parents=[common])
    run.add_argument("agent_id")
    run.add_argument("query")
    run.add_argument(
        "--timeout", type=seconds_or_zero, default=None, help="give up following after S seconds"
    )
    run.add_argument("--answer", help="answer to give if the task asks for input")
    consent = run.add_mutually_exclusive_group()
    consent.add_argument("--approve", action="store_true", help="approve if the task asks for consent")
    consent.add_argument("--reject", action="store_true", help="reject if the task asks for consent")
    get = tasks.add_parser("get", help="show one task", parents=[common])
    get.add_argument("task_id", help="task id or app link")
    add_task_commands(tasks, common)
    return parser


def _plain(value: Any) -> Any:
    """A model as JSON-ready data (its own `to_dict`, camelCase as on the wire)."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def _agents_list(client: Beam, args: argparse.Namespace) -> ExitCode:
    filters = {"search_query": args.search} if args.search else {}
    agents = list(itertools.islice(client.agents.list_all(**filters), args.limit))
    if args.json:
        _print_json([_plain(agent) for agent in agents])
        return ExitCode.OK
    width = max((len(_text(agent.id)) for agent in agents), default=2)
    for agent in agents:
        print(f"{_text(agent.id):<{width}}  {_text(agent.name)}  ({_text(agent.type_)})")
    print(f"{len(agents)} agent(s)", file=sys.stderr)
    return ExitCode.OK


def _task_outcome(task: Any, as_json: bool) -> ExitCode:
    status = _text(task.status).upper()
    if as_json:
        _print_json(_plain(task))
    else:
        print(f"task {_text(task.id)}: {status}")
        summary = _text(getattr(task, "task_summary", None))
        if summary:
            print(summary)
    return ExitCode.OK if status == "COMPLETED" else ExitCode.TASK_NOT_COMPLETED


def _tasks_run(client: Beam, args: argparse.Namespace) -> ExitCode:
    from .._task_questions import pending_questions

    answer = args.answer
    consent = True if args.approve else False if args.reject else None
    started: list[str] = []  # the task's id, once an event names it

    def on_event(event: TaskEvent) -> None:
        if not started:
            started.append(event.task_id)
        progress.event(event)

    with progress_for() as progress:
        try:
            task = client.agent_tasks.run(
                agent_id=args.agent_id,
                query=args.query,
                timeout=args.timeout,
                on_event=on_event,
                on_input_required=(lambda task: answer) if answer is not None else None,
                on_consent_required=(lambda task: consent) if consent is not None else None,
            )
        except KeyboardInterrupt:
            raise Interrupted(
                f"interrupted: task {started[0]} keeps running on the server (beam-ai tasks get {started[0]})"
                if started
                else "interrupted before the task was confirmed: it may have been created; check in Beam"
            ) from None
        status = _text(task.status).upper()
        asked = "".join(f"\n  asks: {question}" for question in pending_questions(task))
        if status == "USER_INPUT_REQUIRED":
            progress.note(
                f"the task waits for input: rerun with --answer, or: beam-ai tasks answer {_text(task.id)} 'text'"
                f"{asked}"
            )
        elif status == "USER_CONSENT_REQUIRED":
            progress.note(
                f"the task waits for consent: rerun with --approve/--reject, or: beam-ai tasks approve"
                f" {_text(task.id)} (or reject){asked}"
            )
    return _task_outcome(task, args.json)


def _tasks_get(client: Beam, args: argparse.Namespace) -> ExitCode:
    from .._task_questions import pending_questions

    task = client.agent_tasks.get(args.task_id)
    if args.json:
        _print_json(_plain(task))
    else:
        print(f"task {_text(task.id)}: {_text(task.status).upper()}")
        for label, value in (("query", task.original_task_query), ("summary", task.task_summary)):
            if _text(value):
                print(f"  {label}: {_text(value)}")
        for question in pending_questions(task):
            print(f"  asks: {question}")
    return ExitCode.OK


def _user(client: Beam, args: argparse.Namespace) -> ExitCode:
    user = client.user.get()
    if args.json:
        _print_json(_plain(user))
    else:
        data = _plain(user)
        print(f"{data.get('name') or data.get('email') or data.get('id')}")
    return ExitCode.OK


_COMMANDS = {
    ("agents", "list"): _agents_list,
    ("tasks", "run"): _tasks_run,
    ("tasks", "get"): _tasks_get,
    ("user", None): _user,
    **TASK_COMMANDS,
}


def _run(args: argparse.Namespace) -> int:
    key: tuple[str, str | None] = (args.group, getattr(args, "command", None))
    batch_command = BATCH_COMMANDS.get((args.group, args.command)) if args.group == "batch" else None
    if batch_command is not None and args.command != "run":  # status/answer: the checkpoint only
        return int(batch_command(args))
    _check_credentials(args)
    if batch_command is not None:  # builds its own (async) client
        return int(batch_command(args))
    with Beam(
        workspace_id=args.workspace,
        base_url=args.base_url,
        auth_mode=args.auth_mode,
        max_retries=args.max_retries,
    ) as client:
        if getattr(args, "generic", None) is not None:
            return int(run_generic(client, args))
        return int(_COMMANDS[key](client, args))


def _check_credentials(args: argparse.Namespace) -> None:
    """Missing credentials, in the CLI's own words (the client's say `api_key=...`)."""
    if not os.environ.get(API_KEY_ENV, "").strip():
        raise BeamConfigError(f"no API key: set the {API_KEY_ENV} environment variable")
    if not (args.workspace or os.environ.get(WORKSPACE_ENV, "")).strip():
        raise BeamConfigError(
            f"no workspace: set the {WORKSPACE_ENV} environment variable, or pass --workspace"
        )


class Interrupted(Exception):
    """Ctrl-C, with what the user should know about what keeps running."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (see `ExitCode`)."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BeamError as error:  # a TaskTimeoutError too: TASK_NOT_COMPLETED (see `exit_code_for`)
        print(f"beam-ai: {error}", file=sys.stderr)
        return exit_code_for(error)
    except Declined as error:
        print(f"beam-ai: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except Interrupted as interrupted:
        print(f"beam-ai: {interrupted}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("beam-ai: interrupted (a started task keeps running on the server)", file=sys.stderr)
        return 130
