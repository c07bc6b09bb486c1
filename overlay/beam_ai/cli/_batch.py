"""`beam-ai batch run | status | answer`: an agent over every row of a JSONL/CSV file, resumable."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import Any

from .._errors import BeamError
from ._exit import ExitCode, exit_code_for
from ._lazy import LazySubcommands
from ._numbers import count, seconds, seconds_or_zero

RUN_HELP = """\
Create one task per row (the query is a template over the row's fields, e.g. "Summarise: {ticket}")
and write one result per row to --out (JSONL or CSV: key, task_id, status, summary, output, error).
A checkpoint beside the output (OUT.checkpoint.sqlite) makes the run resumable: --resume never
starts a row's task twice."""


def add_batch_commands(groups: LazySubcommands, common: argparse.ArgumentParser) -> None:
    """The batch commands, added when the command line names `batch`; `common` carries the global
    options (so they work after the command too)."""
    groups.add_lazy("batch", functools.partial(_batch_group, common), help="run an agent over many inputs")


def _batch_group(common: argparse.ArgumentParser, prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog)
    batch = parser.add_subparsers(dest="command", required=True)
    run = batch.add_parser("run", help="run an agent once per row", description=RUN_HELP, parents=[common])
    run.add_argument("agent_id")
    run.add_argument("rows", help="input rows: a .jsonl or .csv file")
    run.add_argument(
        "--query", required=True, help='query template over row fields, e.g. "Summarise: {ticket}"'
    )
    run.add_argument("--out", required=True, help="results file (.jsonl or .csv)")
    run.add_argument(
        "--key", help="column naming each row (default: id when every row has it, else the line)"
    )
    run.add_argument("--concurrency", type=count, default=20, help="tasks in flight at once (default 20)")
    run.add_argument(
        "--resume", action="store_true", help="continue the run recorded beside --out (or start it)"
    )
    run.add_argument("--retry-failed", action="store_true", help="give failed rows a new task")
    run.add_argument(
        "--max-streams",
        type=count,
        default=50,
        help="tasks followed over SSE at once; the rest are watched from the task list",
    )
    run.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between status polls")
    run.add_argument(
        "--settle-delay",
        type=seconds_or_zero,
        default=5.0,
        help="seconds after a create with an unknown outcome before the server is checked (default 5)",
    )

    status = batch.add_parser("status", help="where a run stands (by its output file)", parents=[common])
    status.add_argument("out", help="the run's results file (its checkpoint lies beside it)")

    answer = batch.add_parser(
        "answer",
        help="answer a parked row; a running batch picks it up (else the next --resume)",
        parents=[common],
    )
    answer.add_argument("out", help="the run's results file")
    answer.add_argument("key", help="the row's key")
    answer.add_argument("text", nargs="?", help="the answer, for a task waiting for input")
    choice = answer.add_mutually_exclusive_group()
    choice.add_argument("--approve", action="store_true", help="give consent")
    choice.add_argument("--reject", action="store_true", help="refuse consent")
    choice.add_argument(
        "--created", metavar="TASK_ID", help="an undecided creation did make this task (checked in Beam)"
    )
    choice.add_argument(
        "--not-created", action="store_true", help="an undecided creation made no task: create it on resume"
    )
    return parser


def _client_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "workspace_id": args.workspace,
        "base_url": args.base_url,
        "auth_mode": args.auth_mode,
        "max_retries": args.max_retries,
    }


def batch_run(args: argparse.Namespace) -> ExitCode:
    from ..batch import BatchAborted, batch_status, run_batch
    from ._batch_display import batch_display_for, print_summary

    try:
        with batch_display_for() as display:
            summary = run_batch(
                args.agent_id,
                args.rows,
                query=args.query,
                out=args.out,
                key=args.key,
                concurrency=args.concurrency,
                resume=args.resume,
                retry_failed=args.retry_failed,
                max_streams=args.max_streams,
                poll_interval=args.poll_interval,
                settle_delay=args.settle_delay,
                on_progress=display.update,
                **_client_options(args),
            )
    except BatchAborted as error:  # stopped early: the exit code says why (its cause)
        print(f"beam-ai: {error}", file=sys.stderr)
        cause = error.__cause__
        return exit_code_for(cause) if isinstance(cause, BeamError) else ExitCode.API
    _, parked = batch_status(args.out)
    print_summary(summary, parked, args.out)
    if args.json:
        counts = {state.value: count for state, count in summary.counts.items()}
        json.dump({"out": args.out, "counts": counts, "created": summary.created}, sys.stdout)
        sys.stdout.write("\n")
    return ExitCode.OK if summary.complete and summary.failed == 0 else ExitCode.TASK_NOT_COMPLETED


def batch_status_command(args: argparse.Namespace) -> ExitCode:
    from ..batch import batch_status
    from ._batch_display import counts_text

    counts, parked = batch_status(args.out)
    if args.json:
        rows = [
            {"key": r.key, "task_id": r.task_id, "status": r.status, "question": r.question, "error": r.error}
            for r in parked
        ]
        json.dump({"counts": {s.value: n for s, n in counts.items()}, "parked": rows}, sys.stdout)
        sys.stdout.write("\n")
        return ExitCode.OK
    total = sum(counts.values())
    print(f"{total} rows  {counts_text(counts)}")
    for record in parked:
        waiting = " (answer stored, not sent yet)" if record.answer is not None else ""
        task = f" task {record.task_id}" if record.task_id else ""
        print(f"  parked {record.key}{task}: {record.question or record.error}{waiting}")
    return ExitCode.OK


def batch_answer(args: argparse.Namespace) -> ExitCode:
    from ..batch import answer_row, settle_row

    if args.created or args.not_created:
        record = settle_row(args.out, args.key, task_id=args.created)
        print(f"row {record.key} is now {record.state.value}; resume the run to go on")
        return ExitCode.OK
    if args.approve or args.reject:
        record = answer_row(args.out, args.key, approve=bool(args.approve))
    elif args.text is not None:
        record = answer_row(args.out, args.key, args.text)
    else:
        print("beam-ai: give the answer text, or --approve / --reject", file=sys.stderr)
        return ExitCode.USAGE
    print(f"answer stored for row {record.key} (task {record.task_id}); the run sends it")
    return ExitCode.OK


BATCH_COMMANDS = {
    ("batch", "run"): batch_run,
    ("batch", "status"): batch_status_command,
    ("batch", "answer"): batch_answer,
}
