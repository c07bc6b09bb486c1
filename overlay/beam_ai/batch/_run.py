"""The entry points: `arun_batch` (async core), `run_batch` (sync), answers and status for a run."""

from __future__ import annotations

import asyncio
import math
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._client import AsyncBeam
from .._errors import BeamValidationError
from ._engine import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_STREAMS,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_SETTLE_DELAY,
    BatchEngine,
    BatchProgress,
    BatchSummary,
)
from ._rows import batch_rows, check_output, key_column_for, read_rows, write_results
from ._store import (
    Checkpoint,
    CheckpointError,
    RowRecord,
    RowState,
    RunLock,
    RunSpec,
    check_no_sibling_run,
    checkpoint_path_for,
    explained,
)
from ._tasks_api import ClientTaskApi

Rows = str | os.PathLike[str] | Sequence[Mapping[str, Any]]


def _load(rows: Rows) -> Sequence[Mapping[str, Any]]:
    return read_rows(rows) if isinstance(rows, str | os.PathLike) else rows


def _check_options(concurrency: int, max_streams: int, poll_interval: float, settle_delay: float) -> None:
    """Before anything is read or sent: each bad option named."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise BeamValidationError("concurrency", f"must be a whole number >= 1, got {concurrency!r}")
    if isinstance(max_streams, bool) or not isinstance(max_streams, int) or max_streams < 0:
        raise BeamValidationError("max_streams", f"must be a whole number >= 0, got {max_streams!r}")
    # Finite, too: an infinite poll interval never polls; a NaN settle delay compares false with
    # everything and would skip the wait that keeps an unknown creation from being made twice.
    if not _seconds(poll_interval) or not poll_interval > 0:
        raise BeamValidationError("poll_interval", f"must be a number of seconds > 0, got {poll_interval!r}")
    if not _seconds(settle_delay) or not settle_delay >= 0:
        raise BeamValidationError("settle_delay", f"must be a number of seconds >= 0, got {settle_delay!r}")


def _seconds(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


def run_spec(agent_id: str, query: str, key_column: str | None) -> RunSpec:
    return RunSpec(agent_id=agent_id, query_template=query, options={"key": key_column})


async def arun_batch(
    client: AsyncBeam,
    agent_id: str,
    rows: Rows,
    *,
    query: str,
    out: str | os.PathLike[str],
    key: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    resume: bool = False,
    retry_failed: bool = False,
    max_streams: int = DEFAULT_MAX_STREAMS,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    settle_delay: float = DEFAULT_SETTLE_DELAY,
    on_progress: Callable[[BatchProgress], object] | None = None,
) -> BatchSummary:
    """Run agent `agent_id` once per row, each task created exactly once, resumably.

    Every row's state is checkpointed at each step, so a crashed or killed run continues with
    `resume=True` without creating any task twice. Tasks that wait for a person are parked and free
    their slot; answer them with `answer_row` (a running batch picks the answer up, else the next
    `resume`).

    Args:
        client: The `AsyncBeam` the tasks are created and followed with.
        agent_id: The agent every row runs.
        rows: A `.jsonl` or `.csv` path, or a sequence of mappings (one per input row).
        query: The task's query, a `str.format` template over the row's fields
            (`"Summarise: {ticket}"`); a field the template names but a row lacks is refused.
        out: Where the results go (`.jsonl` or `.csv`, by extension): one record per row with
            `key`, `task_id`, `status`, `summary`, `output`, `error`, written when the run ends.
            The checkpoint lives beside it (`<out>.checkpoint.sqlite`).
        key: The column naming each row (stable across resumes); default `id` when every row
            has one, else the row's position.
        concurrency: Tasks in flight at once. Default 20.
        resume: Continue the run recorded in the checkpoint (or start one if there is none).
            Without it, an existing checkpoint is refused rather than overwritten.
        retry_failed: With `resume`, give rows whose task failed a new task.
        max_streams: Tasks followed over their update stream at once; the others are polled.
            Default 50.
        poll_interval: Seconds between reads of a polled task. Default 2 s.
        settle_delay: Seconds after an attempt whose outcome is unknown (a dropped create, a
            killed process) before the agent's tasks are listed to decide whether it created one
            (so a request the server is still processing shows up). Default 5 s.
        on_progress: Called with a `BatchProgress` (rows per state, finished, elapsed) as rows
            change state, for progress displays.

    Returns:
        A `BatchSummary`: rows per state (`COMPLETED`, `FAILED`, `PARKED`, ...), how many tasks
        were created or adopted after an unknown outcome, and the problems per row.

    Raises:
        BeamValidationError: An option, the query template or a row is malformed (nothing was sent).
        CheckpointError: The checkpoint exists and `resume` is not set, belongs to another run
            (other agent, query or key), or is in use by a running batch.
    """
    _check_options(concurrency, max_streams, poll_interval, settle_delay)
    for name, value in (("agent_id", agent_id), ("query", query)):
        if not isinstance(value, str) or not value.strip():
            raise BeamValidationError(name, f"must be a non-empty string, got {value!r}")
    # Every input and output is checked before the first task is created (nothing paid for yet).
    check_output(out, rows if isinstance(rows, str | os.PathLike) else None)
    loaded = _load(rows)
    column = key_column_for(loaded, key)
    prepared = batch_rows(loaded, query, column)
    checkpoint_path = checkpoint_path_for(out)
    with RunLock(checkpoint_path):
        if checkpoint_path.exists() and not resume:
            raise CheckpointError(
                f"a checkpoint of an earlier run exists at {checkpoint_path}: resume it (resume=True, "
                "--resume), or write to another output"
            )
        if not checkpoint_path.exists():
            check_no_sibling_run(out)
        with Checkpoint.create_or_open(checkpoint_path, run_spec(agent_id, query, column)) as store:
            with explained(checkpoint_path):
                store.add_rows((row.key, row.position, row.query) for row in prepared)
                if retry_failed:
                    store.retry_failed()
            api = ClientTaskApi(client, poll_interval=poll_interval, sleep=client.sleep, clock=client.clock)
            engine = BatchEngine(
                api,
                store,
                agent_id=agent_id,
                concurrency=concurrency,
                max_streams=max_streams,
                answer_poll_interval=poll_interval,
                settle_delay=settle_delay,
                clock=client.clock,
                sleep=client.sleep,
                on_progress=on_progress,
            )
            try:
                return await engine.run()
            finally:
                _write_results(out, store)


def _write_results(out: str | os.PathLike[str], store: Checkpoint) -> None:
    """The results file from the checkpoint; if it cannot be written now, say where they are kept."""
    try:
        write_results(out, (record.result() for record in store.rows()))
    except OSError as error:
        raise CheckpointError(
            f"the results could not be written to {out} ({error.strerror or error}); they are kept in "
            f"the checkpoint {store.path}: fix the cause and resume the run (nothing is created again)"
        ) from None


def run_batch(
    agent_id: str,
    rows: Rows,
    *,
    query: str,
    out: str | os.PathLike[str],
    key: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    resume: bool = False,
    retry_failed: bool = False,
    max_streams: int = DEFAULT_MAX_STREAMS,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    settle_delay: float = DEFAULT_SETTLE_DELAY,
    on_progress: Callable[[BatchProgress], object] | None = None,
    **client_options: Any,
) -> BatchSummary:
    """Run agent `agent_id` once per row, each task created exactly once, resumably (blocking).

    The sync entry point of `arun_batch`: it runs the batch on its own event loop with an
    `AsyncBeam` built from `client_options`.

    Args:
        agent_id: The agent every row runs.
        rows: A `.jsonl` or `.csv` path, or a sequence of mappings (one per input row).
        query: The task's query, a `str.format` template over the row's fields
            (`"Summarise: {ticket}"`); a field the template names but a row lacks is refused.
        out: Where the results go (`.jsonl` or `.csv`, by extension): one record per row with
            `key`, `task_id`, `status`, `summary`, `output`, `error`, written when the run ends.
            The checkpoint lives beside it (`<out>.checkpoint.sqlite`).
        key: The column naming each row (stable across resumes); default `id` when every row
            has one, else the row's position.
        concurrency: Tasks in flight at once. Default 20.
        resume: Continue the run recorded in the checkpoint (or start one if there is none).
            Without it, an existing checkpoint is refused rather than overwritten.
        retry_failed: With `resume`, give rows whose task failed a new task.
        max_streams: Tasks followed over their update stream at once; the others are polled.
            Default 50.
        poll_interval: Seconds between reads of a polled task. Default 2 s.
        settle_delay: Seconds after an attempt whose outcome is unknown (a dropped create, a
            killed process) before the agent's tasks are listed to decide whether it created one
            (so a request the server is still processing shows up). Default 5 s.
        on_progress: Called with a `BatchProgress` (rows per state, finished, elapsed) as rows
            change state, for progress displays.
        **client_options: `AsyncBeam` arguments (`api_key`, `workspace_id`, `base_url`, ...);
            by default the `BEAM_*` environment variables.

    Returns:
        A `BatchSummary`: rows per state (`COMPLETED`, `FAILED`, `PARKED`, ...), how many tasks
        were created or adopted after an unknown outcome, and the problems per row.

    Raises:
        BeamValidationError: An option, the query template or a row is malformed (nothing was sent).
        CheckpointError: The checkpoint exists and `resume` is not set, belongs to another run
            (other agent, query or key), or is in use by a running batch.
        BeamConfigError: The client cannot be configured (e.g. no API key).
    """

    async def main() -> BatchSummary:
        async with AsyncBeam(**client_options) as client:
            return await arun_batch(
                client,
                agent_id,
                rows,
                query=query,
                out=out,
                key=key,
                concurrency=concurrency,
                resume=resume,
                retry_failed=retry_failed,
                max_streams=max_streams,
                poll_interval=poll_interval,
                settle_delay=settle_delay,
                on_progress=on_progress,
            )

    return asyncio.run(main())


def answer_row(
    out: str | os.PathLike[str],
    key: str,
    answer: str | None = None,
    *,
    approve: bool | None = None,
) -> RowRecord:
    """Answer a parked row: input text for a task that waits for input, or consent.

    The answer is stored in the checkpoint; the running batch submits it (or the next `resume`
    does). Give exactly one of `answer` and `approve`.

    Args:
        out: The output path of the run (its checkpoint is found beside it).
        key: The parked row's key.
        answer: The text for a task waiting for input (`USER_INPUT_REQUIRED`).
        approve: For a task waiting for consent (`USER_CONSENT_REQUIRED`): True approves,
            False rejects.

    Returns:
        The row's `RowRecord` with the answer stored.

    Raises:
        ValueError: Neither or both of `answer` and `approve` were given.
        CheckpointError: No checkpoint for `out`, no row `key` in it, or the row does not wait
            for this kind of answer.
    """
    if (answer is None) == (approve is None):
        raise ValueError("give either an answer text or approve=True/False")
    text = answer if answer is not None else ("approve" if approve else "reject")
    path = checkpoint_path_for(out)
    with Checkpoint.open_existing(path) as store, explained(path):
        return store.set_answer(key, text)


def settle_row(out: str | os.PathLike[str], key: str, *, task_id: str | None) -> RowRecord:
    """Decide a row parked because its create outcome was unknown: it made `task_id`, or nothing (None)."""
    path = checkpoint_path_for(out)
    with Checkpoint.open_existing(path) as store, explained(path):
        store.release_unknown(key, task_id=task_id)
        return store.row(key)


def batch_status(out: str | os.PathLike[str]) -> tuple[dict[RowState, int], list[RowRecord]]:
    """Rows per state of the run writing `out`, and the parked rows (with their questions)."""
    path = checkpoint_path_for(out)
    with Checkpoint.open_existing(path, read_only=True) as store, explained(path):
        return store.counts(), store.rows(RowState.PARKED)
