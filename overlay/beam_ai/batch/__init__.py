"""Run an agent over many inputs: resumable, exactly-once task creation, parked questions.

    from beam_ai.batch import run_batch
    summary = run_batch("agent-id", "rows.jsonl", query="Summarise: {ticket}", out="results.jsonl")

`arun_batch` is the async core (`run_batch` wraps it). A SQLite checkpoint beside the output records
each row's state at every transition; a resumed run never starts a row's task twice (unknown
create outcomes are reconciled against the server, or parked for a person). Tasks that wait for
input or consent are parked; `answer_row` answers them and the run picks the answer up.
"""

from ._engine import BatchAborted, BatchProgress, BatchSummary
from ._rows import BatchRow, batch_rows, read_rows, write_results
from ._run import answer_row, arun_batch, batch_status, run_batch, settle_row
from ._store import Checkpoint, CheckpointError, RowRecord, RowState, checkpoint_path_for

__all__ = [
    "BatchAborted",
    "BatchProgress",
    "BatchRow",
    "BatchSummary",
    "Checkpoint",
    "CheckpointError",
    "RowRecord",
    "RowState",
    "answer_row",
    "arun_batch",
    "batch_rows",
    "batch_status",
    "checkpoint_path_for",
    "read_rows",
    "run_batch",
    "settle_row",
    "write_results",
]
