"""`beam-ai tasks list | answer | approve | reject | abort`: acting on tasks that already exist.

`tasks run` starts a task and `tasks get` shows one (`_main`); these act on an existing task, so a task
that waits for an answer is answered instead of being started again (a second, paid task). A task id
may be a link pasted from the app (`https://app.beam.ai/{workspace}/{agent}/tasks/{taskId}`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable
from typing import Any

from .._client import Beam
from ._confirm import confirm
from ._exit import ExitCode
from ._numbers import count


def add_task_commands(tasks: Any, common: argparse.ArgumentParser) -> None:
    """Add the commands to the `tasks` subparsers (`common`: the options every command takes)."""
    listing = tasks.add_parser("list", help="list tasks, newest first", parents=[common])
    listing.add_argument("--agent", help="only this agent's tasks")
    listing.add_argument("--status", action="append", help="only tasks in this status (repeatable)")
    listing.add_argument("--limit", type=count, default=20, help="stop after N tasks (default 20)")
    answer = tasks.add_parser("answer", help="answer a task that waits for input", parents=[common])
    answer.add_argument("task_id", help="task id or app link")
    answer.add_argument("text")
    for name, text in (
        ("approve", "approve a task that waits for consent"),
        ("reject", "reject a waiting task"),
    ):
        command = tasks.add_parser(name, help=text, parents=[common])
        command.add_argument("task_id", help="task id or app link")
        if name == "reject":
            command.add_argument("--yes", action="store_true", help="do not ask before rejecting")
    abort = tasks.add_parser("abort", help="stop a running task", parents=[common])
    abort.add_argument("task_id", help="task id or app link")
    abort.add_argument("--reason", default="", help="why (kept with the task)")
    abort.add_argument("--yes", action="store_true", help="do not ask before stopping it")


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _shown(task: Any, args: argparse.Namespace) -> ExitCode:
    if args.json:
        _print(_plain(task))
    else:
        print(f"task {task.id}: {str(task.status).upper()}")
    return ExitCode.OK


def _list(client: Beam, args: argparse.Namespace) -> ExitCode:
    filters: dict[str, Any] = {"agent_id": args.agent} if args.agent else {}
    if args.status:
        filters["statuses"] = args.status
    pages = client.agent_tasks.list_all(**filters, ordering="createdAt:desc")
    tasks = list(itertools.islice(pages, args.limit))
    if args.json:
        _print([_plain(task) for task in tasks])
        return ExitCode.OK
    for task in tasks:
        print(f"{task.id}  {str(task.status).upper():<24}  {task.task_summary or task.task_objective or ''}")
    print(f"{len(tasks)} task(s)", file=sys.stderr)
    return ExitCode.OK


def _answer(client: Beam, args: argparse.Namespace) -> ExitCode:
    task = client.agent_tasks.get(args.task_id)
    return _shown(client.agent_tasks.answer(task, args.text), args)


def _consent(approve: bool) -> Callable[[Beam, argparse.Namespace], ExitCode]:
    def run(client: Beam, args: argparse.Namespace) -> ExitCode:
        task = client.agent_tasks.get(args.task_id)
        if not approve:
            confirm(f"rejecting task {task.id}", yes=args.yes)
        return _shown(client.agent_tasks.consent(task, approve=approve), args)

    return run


def _abort(client: Beam, args: argparse.Namespace) -> ExitCode:
    confirm(f"stopping task {args.task_id}", yes=args.yes)
    client.agent_tasks.abort(args.task_id, reason=args.reason)
    return _shown(client.agent_tasks.get(args.task_id), args)


TASK_COMMANDS: dict[tuple[str, str | None], Callable[[Beam, argparse.Namespace], ExitCode]] = {
    ("tasks", "list"): _list,
    ("tasks", "answer"): _answer,
    ("tasks", "approve"): _consent(True),
    ("tasks", "reject"): _consent(False),
    ("tasks", "abort"): _abort,
}
