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
    """Run agent `agent_id` once per row, `query` filled from the row (`"Summarise: {ticket}"`).

    `rows`: a `.jsonl`/`.csv` path or a sequence of mappings. Results go to `out` (JSONL or CSV,
    one record per row: key, task_id, status, summary, output, error), written when the run ends;
    the checkpoint lives beside it (`<out>.checkpoint.sqlite`). `resume=True` continues a run from
    its checkpoint (and starts one if there is none); without it an existing checkpoint is refused.
    `retry_failed` gives failed rows a new task. Tasks that wait for a person are parked; answer
    them with `answer_row` (picked up by a running run, or the next one). A create whose outcome
    is unknown is checked against the server `settle_delay` seconds after the attempt.
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
    """Sync entry point of `arun_batch`; `client_options` build the `AsyncBeam` (api_key, ...)."""

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
    """Answer a parked row of the run writing `out`: input text, or `approve=True/False` for consent.

    The answer is stored in the checkpoint; the running batch submits it (or the next `resume`).
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
