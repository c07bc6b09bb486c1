"""How `beam-ai batch` shows a run: a live bar (rich) or periodic lines, then a summary table.

Everything goes to stderr; stdout carries only the JSON summary with --json.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import IO, Any, Protocol

from ..batch import BatchProgress, BatchSummary, RowRecord, RowState

PLAIN_EVERY = 5.0  # seconds between progress lines when not on a terminal


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def counts_text(counts: dict[RowState, int]) -> str:
    running = counts[RowState.CREATING] + counts[RowState.CREATED]
    return (
        f"done {counts[RowState.DONE]}  failed {counts[RowState.FAILED]}  parked {counts[RowState.PARKED]}  "
        f"running {running}  pending {counts[RowState.PENDING]}"
    )


class BatchDisplay(Protocol):
    def __enter__(self) -> BatchDisplay: ...
    def __exit__(self, *exc: object) -> None: ...
    def update(self, progress: BatchProgress) -> None: ...


class PlainBatchDisplay:
    def __init__(self, stream: IO[str], every: float = PLAIN_EVERY) -> None:
        self._stream = stream
        self._every = every
        self._last = float("-inf")

    def __enter__(self) -> PlainBatchDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, progress: BatchProgress) -> None:
        now = time.monotonic()
        if now - self._last < self._every and progress.remaining:
            return
        self._last = now
        finished = progress.total - progress.remaining
        print(
            f"[{_duration(progress.elapsed)}] {finished}/{progress.total} rows  {counts_text(progress.counts)}  "
            f"eta {_duration(progress.eta)}",
            file=self._stream,
            flush=True,
        )


class LiveBatchDisplay:
    """A rich progress bar: finished/total, counts per state, elapsed and ETA."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TextColumn("elapsed {task.fields[elapsed]}  eta {task.fields[eta]}"),
            console=Console(file=stream),
            transient=False,
        )
        self._task: Any = None

    def __enter__(self) -> LiveBatchDisplay:
        self._progress.__enter__()
        self._task = self._progress.add_task("batch", total=None, counts="", elapsed="", eta="--:--")
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(None, None, None)

    def update(self, progress: BatchProgress) -> None:
        self._progress.update(
            self._task,
            total=progress.total,
            completed=progress.total - progress.remaining,
            counts=counts_text(progress.counts),
            elapsed=_duration(progress.elapsed),
            eta=_duration(progress.eta),
        )


def batch_display_for(stream: IO[str] | None = None, *, live: bool | None = None) -> BatchDisplay:
    stream = stream or sys.stderr
    if live is None:
        live = stream.isatty()
    if live:
        try:
            return LiveBatchDisplay(stream)
        except ImportError:  # the cli extra brings rich; without it, plain lines still work
            pass
    return PlainBatchDisplay(stream)


def summary_rows(summary: BatchSummary) -> list[tuple[str, str]]:
    rows = [(state.value, str(summary.counts[state])) for state in RowState]
    rows.append(("tasks created by this run", str(summary.created)))
    if summary.adopted or summary.recreated or summary.parked_undecided:
        rows.append(
            (
                "unknown creations",
                f"{summary.adopted} found on the server, {summary.recreated} not created (sent again), "
                f"{summary.parked_undecided} undecided (parked)",
            )
        )
    rows.append(("time", _duration(summary.elapsed)))
    return rows


def print_summary(
    summary: BatchSummary, parked: Sequence[RowRecord], out: str, stream: IO[str] | None = None
) -> None:
    """The table at the end of a run, then what waits for a person and how to go on."""
    stream = stream or sys.stderr
    rows = summary_rows(summary)
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        width = max(len(name) for name, _ in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}", file=stream)
    else:
        table = Table(title=f"batch -> {out}")
        table.add_column("rows")
        table.add_column("count", justify="right")
        for name, value in rows:
            table.add_row(name, value)
        Console(file=stream).print(table)
    for record in parked[:20]:
        reason = record.question or record.error or ""
        task = f" (task {record.task_id})" if record.task_id else ""
        print(f"parked {record.key}{task}: {reason}", file=stream)
    if len(parked) > 20:
        print(f"... and {len(parked) - 20} more parked rows (beam-ai batch status {out})", file=stream)
    for key, problem in list(summary.problems.items())[:20]:
        print(f"unfinished {key}: {problem}", file=stream)
    if parked:
        print(
            f"answer with: beam-ai batch answer {out} KEY 'text' (or --approve / --reject), "
            f"then: beam-ai batch run ... --out {out} --resume",
            file=stream,
        )
