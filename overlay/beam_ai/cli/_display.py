"""How the CLI shows progress: live on a terminal (rich, if installed), plain lines otherwise.

Progress goes to stderr so that stdout carries only the result (and stays valid JSON with --json).
"""

from __future__ import annotations

import sys
import time
from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .._task_events import TaskEvent


class Progress(Protocol):
    def __enter__(self) -> Progress: ...
    def __exit__(self, *exc: object) -> None: ...
    def event(self, event: TaskEvent) -> None: ...
    def note(self, text: str) -> None: ...


def _line(event: TaskEvent, started: float) -> str:
    message = f"  {event.message}" if event.message else ""
    return f"[{time.monotonic() - started:6.1f}s] {event.status:<24}{message}"


class PlainProgress:
    """One line per status change; for pipes, CI logs and terminals without rich."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._started = time.monotonic()

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def event(self, event: TaskEvent) -> None:
        print(_line(event, self._started), file=self._stream, flush=True)

    def note(self, text: str) -> None:
        print(text, file=self._stream, flush=True)


class LiveProgress:
    """A spinner with the current status under the printed history of steps."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console

        self._console = Console(file=stream)
        self._started = time.monotonic()
        self._status: Any = None

    def __enter__(self) -> LiveProgress:
        self._status = self._console.status("starting task...")
        self._status.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.__exit__(None, None, None)

    def event(self, event: TaskEvent) -> None:
        self._console.print(_line(event, self._started), highlight=False, markup=False)
        if self._status is not None:
            self._status.update(f"{event.status.lower().replace('_', ' ')}...")

    def note(self, text: str) -> None:
        self._console.print(text, highlight=False, markup=False)


def progress_for(stream: IO[str] | None = None, *, live: bool | None = None) -> Progress:
    stream = stream or sys.stderr
    if live is None:
        live = stream.isatty()
    if live:
        try:
            return LiveProgress(stream)
        except ImportError:  # the cli extra brings rich; without it, plain lines still work
            pass
    return PlainProgress(stream)
