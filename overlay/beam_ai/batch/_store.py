"""The checkpoint: one SQLite file (stdlib `sqlite3`, WAL) beside the output, one row per input.

Every state change of a row is one committed transaction, so a process killed at any instant leaves
each row in exactly one of these states:

- ``pending``: nothing sent yet (or provably not created).
- ``creating``: marked *before* the `POST /agent-tasks`; the outcome is unknown until the task id is
  stored. A resumed run reconciles such rows against the server before anything is re-sent.
- ``created``: the task exists (its id is stored); the run follows it to its end.
- ``done`` / ``failed``: the task ended (COMPLETED / anything else), or the server refused it.
- ``parked``: waits for a person: the task asks for input or consent (``question``), or the create
  outcome could not be decided (``error`` says why). An ``answer`` stored here is picked up by a run.

A fingerprint of what decides the tasks (agent, query template, options) is stored with the rows; a
checkpoint written for something else is refused with a message saying what differs.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import BeamConfigError

SCHEMA_VERSION = 1
CHECKPOINT_SUFFIX = ".checkpoint.sqlite"


class RowState(enum.StrEnum):
    PENDING = "pending"
    CREATING = "creating"
    CREATED = "created"
    DONE = "done"
    FAILED = "failed"
    PARKED = "parked"


class CheckpointError(BeamConfigError):
    """The checkpoint cannot be used as asked (written for another run, row changed, unknown key...)."""


CheckpointError.__module__ = "beam_ai.batch"  # its public home, in tracebacks and pickles


BUSY_TIMEOUT = 10.0  # seconds a write waits for another connection's (a `batch answer`, say)


@contextlib.contextmanager
def explained(path: Path) -> Iterator[None]:
    """SQLite's errors as a `CheckpointError` naming the checkpoint and what to do about it."""
    try:
        yield
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            raise CheckpointError(
                f"the checkpoint {path} is locked by another program ({text}); close whatever has it "
                "open (an sqlite3 shell, a backup tool) and run again"
            ) from None
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise CheckpointError(
                f"the checkpoint {path} cannot be written ({text}); give it and its folder write "
                "permission (`beam-ai batch status` reads it as it is)"
            ) from None
        raise _damaged(path, error) from None
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from None


def _damaged(path: Path, error: sqlite3.Error) -> CheckpointError:
    return CheckpointError(
        f"the checkpoint {path} is damaged ({error}); restore it from a backup, or move it away to start "
        "over. Starting over creates every row's task again: check in Beam which tasks it had started"
    )


class RunLock:
    """One run per checkpoint at a time: two runs creating from one checkpoint could start a task twice.

    An advisory `flock` on `<checkpoint>.lock`; the OS releases it when the process dies, even by
    SIGKILL. (Where `fcntl` does not exist, no lock is taken.)
    """

    def __init__(self, checkpoint: Path) -> None:
        self.path = checkpoint.with_name(checkpoint.name + ".lock")
        self._handle: Any = None

    def __enter__(self) -> RunLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return self
        try:
            handle = self.path.open("a")
        except OSError as error:
            raise CheckpointError(
                f"cannot lock the checkpoint {checkpoint_path_name(self.path)} ({error.strerror or error}); "
                "give its folder write permission, or write to another output"
            ) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise CheckpointError(
                f"another run is using the checkpoint {checkpoint_path_name(self.path)} right now; "
                "wait for it to end (answers can be given meanwhile with `beam-ai batch answer`)"
            ) from None
        self._handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock
            self._handle = None


def checkpoint_path_name(lock: Path) -> str:
    return str(lock.with_name(lock.name.removesuffix(".lock")))


def checkpoint_path_for(output: str | os.PathLike[str]) -> Path:
    """Where the checkpoint of a run writing `output` lives: beside it."""
    path = Path(output)
    return path.with_name(path.name + CHECKPOINT_SUFFIX)


def check_no_sibling_run(output: str | os.PathLike[str]) -> None:
    """Refuse to start afresh beside the checkpoint of a run writing the same name, other extension.

    The checkpoint is named after the output file, so `--out results.csv` after a run with
    `--out results.jsonl` would not see that run's checkpoint and create every task again.
    """
    path = Path(output)
    own = checkpoint_path_for(path).name
    prefix = path.stem + "."
    try:
        names = sorted(entry.name for entry in os.scandir(path.parent or "."))
    except OSError:
        return
    for name in names:
        middle = name[len(prefix) : -len(CHECKPOINT_SUFFIX)]
        if name == own or not (name.startswith(prefix) and name.endswith(CHECKPOINT_SUFFIX)):
            continue
        if middle and "." not in middle:
            found = path.with_name(name)
            raise CheckpointError(
                f"the checkpoint {found} belongs to a run writing {path.with_name(path.stem + '.' + middle)}; "
                f"its tasks were already started. To go on with it writing {path}, rename it to "
                f"{checkpoint_path_for(path)} and resume (--resume); to start over, move it away first"
            )


@dataclass(frozen=True, slots=True)
class RunSpec:
    """What decides which tasks a run creates; its fingerprint guards the checkpoint."""

    agent_id: str
    query_template: str
    options: Mapping[str, Any]

    def describe(self) -> dict[str, Any]:
        return {
            "agent_id": self.agent_id,
            "query_template": self.query_template,
            "options": dict(sorted(self.options.items())),
        }

    @property
    def fingerprint(self) -> str:
        text = json.dumps(self.describe(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RowRecord:
    """One input row as the checkpoint knows it."""

    key: str
    position: int
    query: str
    state: RowState
    task_id: str | None = None
    attempt_at: float | None = None
    attempts: int = 0
    status: str | None = None
    summary: str | None = None
    output: Any = None
    error: str | None = None
    question: str | None = None
    answer: str | None = None

    def result(self) -> dict[str, Any]:
        """The record written to the results file for this row."""
        if self.state is RowState.PARKED:
            error = self.question or self.error
        elif self.state in (RowState.DONE, RowState.FAILED):
            error = self.error
        else:
            error = f"not finished ({self.state.value}): resume the run"
        return {
            "key": self.key,
            "task_id": self.task_id,
            "status": self.status,
            "summary": self.summary,
            "output": self.output,
            "error": error,
        }


_COLUMNS = (
    "key, position, query, state, task_id, attempt_at, attempts, status, summary, output, error, "
    "question, answer"
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    query TEXT NOT NULL,
    state TEXT NOT NULL,
    task_id TEXT,
    attempt_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    summary TEXT,
    output TEXT,
    error TEXT,
    question TEXT,
    answer TEXT
);
CREATE INDEX IF NOT EXISTS rows_state ON rows (state);
CREATE UNIQUE INDEX IF NOT EXISTS rows_task ON rows (task_id) WHERE task_id IS NOT NULL;
"""


def _record(row: tuple[Any, ...]) -> RowRecord:
    output = json.loads(row[9]) if row[9] is not None else None
    return RowRecord(
        key=row[0],
        position=row[1],
        query=row[2],
        state=RowState(row[3]),
        task_id=row[4],
        attempt_at=row[5],
        attempts=row[6],
        status=row[7],
        summary=row[8],
        output=output,
        error=row[10],
        question=row[11],
        answer=row[12],
    )


def _mismatch(stored: Mapping[str, Any], wanted: Mapping[str, Any]) -> str:
    differing = [name for name in wanted if stored.get(name) != wanted.get(name)]
    lines = [
        f"  {name}: checkpoint has {stored.get(name)!r}, this run has {wanted.get(name)!r}"
        for name in differing
    ]
    return "\n".join(lines)


class Checkpoint:
    """The checkpoint store. Each method is one atomic transition (one committed transaction)."""

    def __init__(self, path: str | os.PathLike[str], connection: sqlite3.Connection) -> None:
        self.path = Path(path)
        self._db = connection

    # -- opening -----------------------------------------------------------------------------------

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        with explained(path):
            if read_only:
                # `mode=ro` never writes; a file nobody may write (nor its -shm) is read as immutable.
                uri = f"{path.resolve().as_uri()}?mode=ro"
                if not os.access(path, os.W_OK):
                    uri += "&immutable=1"
                db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)
                db.execute("SELECT COUNT(*) FROM meta").fetchone()  # fails now if it is not a checkpoint
                return db
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                # NORMAL in WAL mode: a killed process loses nothing committed (only a power cut could).
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
            except BaseException:
                db.close()
                raise
            return db

    @classmethod
    def create_or_open(cls, path: str | os.PathLike[str], spec: RunSpec) -> Checkpoint:
        """Open the checkpoint for `spec`, creating it if missing; refuse one written for another run."""
        path = Path(path)
        db = cls._connect(path)
        wanted = spec.describe()
        try:
            with explained(path), _transaction(db):
                stored = dict(db.execute("SELECT name, value FROM meta").fetchall())
                if not stored:
                    db.executemany(
                        "INSERT INTO meta (name, value) VALUES (?, ?)",
                        [
                            ("schema", str(SCHEMA_VERSION)),
                            ("fingerprint", spec.fingerprint),
                            ("spec", json.dumps(wanted, sort_keys=True)),
                        ],
                    )
        except BaseException:
            db.close()
            raise
        if stored and stored.get("fingerprint") != spec.fingerprint:
            db.close()
            raise CheckpointError(
                f"the checkpoint {path} was written for a different run:\n"
                f"{_mismatch(json.loads(stored.get('spec', '{}')), wanted)}\n"
                "Resume with the same agent, query and options, or write to another output. "
                "Deleting the checkpoint starts over: rows it already started would run again."
            )
        return cls(path, db)

    @classmethod
    def open_existing(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Checkpoint:
        """Open a checkpoint that must exist already (answers; `read_only` for status)."""
        path = Path(path)
        if not path.exists():
            raise CheckpointError(f"no checkpoint at {path}: has a batch been run with this output?")
        return cls(path, cls._connect(path, read_only=read_only))

    def spec(self) -> dict[str, Any]:
        row = self._db.execute("SELECT value FROM meta WHERE name = 'spec'").fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Checkpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rows ----------------------------------------------------------------------------------------

    def add_rows(self, rows: Iterable[tuple[str, int, str]]) -> int:
        """Register input rows `(key, position, query)` as pending; known rows must be unchanged.

        Returns how many rows were new.
        """
        added = 0
        with _transaction(self._db):
            for key, position, query in rows:
                found = self._db.execute("SELECT query FROM rows WHERE key = ?", (key,)).fetchone()
                if found is None:
                    self._db.execute(
                        "INSERT INTO rows (key, position, query, state) VALUES (?, ?, ?, ?)",
                        (key, position, query, RowState.PENDING.value),
                    )
                    added += 1
                elif found[0] != query:
                    raise CheckpointError(
                        f"row {key!r} changed since the checkpoint was written (its query was "
                        f"{found[0]!r}, now {query!r}); keys must keep naming the same input"
                    )
        return added

    def row(self, key: str) -> RowRecord:
        found = self._db.execute(f"SELECT {_COLUMNS} FROM rows WHERE key = ?", (key,)).fetchone()
        if found is None:
            raise CheckpointError(f"no row with key {key!r} in {self.path}")
        return _record(found)

    def rows(self, *states: RowState) -> list[RowRecord]:
        """Rows in input order, only those in `states` if given."""
        if states:
            marks = ", ".join("?" for _ in states)
            cursor = self._db.execute(
                f"SELECT {_COLUMNS} FROM rows WHERE state IN ({marks}) ORDER BY position",
                [state.value for state in states],
            )
        else:
            cursor = self._db.execute(f"SELECT {_COLUMNS} FROM rows ORDER BY position")
        return [_record(row) for row in cursor.fetchall()]

    def counts(self) -> dict[RowState, int]:
        found = dict(self._db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
        return {state: int(found.get(state.value, 0)) for state in RowState}

    def task_ids(self) -> set[str]:
        cursor = self._db.execute("SELECT task_id FROM rows WHERE task_id IS NOT NULL")
        return {row[0] for row in cursor.fetchall()}

    # -- transitions ---------------------------------------------------------------------------------

    def _move(self, key: str, source: Iterable[RowState], target: RowState, **values: Any) -> None:
        sources = [state.value for state in source]
        assignments = ", ".join([f"{name} = ?" for name in values] + ["state = ?"])
        marks = ", ".join("?" for _ in sources)
        parameters = [*values.values(), target.value, key, *sources]
        with _transaction(self._db):
            cursor = self._db.execute(
                f"UPDATE rows SET {assignments} WHERE key = ? AND state IN ({marks})", parameters
            )
            if cursor.rowcount != 1:
                current = self._db.execute("SELECT state FROM rows WHERE key = ?", (key,)).fetchone()
                raise CheckpointError(
                    f"row {key!r} cannot move to {target.value}: it is "
                    f"{current[0] if current else 'missing'}, expected one of {', '.join(sources)}"
                )

    def mark_creating(self, key: str, at: float) -> None:
        """Committed before the POST: from here on the outcome counts as unknown until recorded."""
        with _transaction(self._db):
            cursor = self._db.execute(
                "UPDATE rows SET state = ?, attempt_at = ?, attempts = attempts + 1, error = NULL "
                "WHERE key = ? AND state = ?",
                (RowState.CREATING.value, at, key, RowState.PENDING.value),
            )
            if cursor.rowcount != 1:
                raise CheckpointError(f"row {key!r} is not pending; it cannot be created again")

    def mark_created(self, key: str, task_id: str) -> None:
        self._move(key, [RowState.CREATING], RowState.CREATED, task_id=task_id, error=None)

    def mark_not_created(self, key: str, error: str | None = None) -> None:
        """The server provably did not create the task (429, refused connection): pending again."""
        self._move(key, [RowState.CREATING], RowState.PENDING, error=error)

    def mark_done(self, key: str, *, status: str, summary: str | None, output: Any) -> None:
        self._move(
            key,
            [RowState.CREATED],
            RowState.DONE,
            status=status,
            summary=summary,
            output=json.dumps(output, default=str),
            error=None,
            question=None,
        )

    def mark_failed(
        self,
        key: str,
        *,
        error: str,
        status: str | None = None,
        summary: str | None = None,
        output: Any = None,
    ) -> None:
        """The task ended without completing, or the server refused to create it."""
        self._move(
            key,
            [RowState.CREATING, RowState.CREATED],
            RowState.FAILED,
            status=status,
            summary=summary,
            output=None if output is None else json.dumps(output, default=str),
            error=error,
            question=None,
        )

    def mark_parked(self, key: str, *, status: str | None, question: str | None, error: str | None) -> None:
        """Waits for a person: a task asking for input/consent, or a create outcome nobody can decide."""
        self._move(
            key,
            [RowState.CREATING, RowState.CREATED, RowState.PARKED],
            RowState.PARKED,
            status=status,
            question=question,
            error=error,
            answer=None,
        )

    def set_answer(self, key: str, answer: str) -> RowRecord:
        """Store a person's answer for a parked task; a run (this one or the next) submits it."""
        record = self.row(key)
        if record.state is not RowState.PARKED or record.task_id is None:
            raise CheckpointError(
                f"row {key!r} does not wait for an answer (it is {record.state.value}"
                f"{'' if record.task_id else ', with no task'})"
            )
        if record.status == "USER_CONSENT_REQUIRED" and answer not in ("approve", "reject"):
            raise CheckpointError(
                f"row {key!r} waits for consent: answer approve or reject (--approve / --reject)"
            )
        with _transaction(self._db):
            self._db.execute(
                "UPDATE rows SET answer = ? WHERE key = ? AND state = ?",
                (answer, key, RowState.PARKED.value),
            )
        return self.row(key)

    def mark_answered(self, key: str) -> None:
        """The stored answer reached the server: follow the task again."""
        self._move(key, [RowState.PARKED], RowState.CREATED, question=None, answer=None, status=None)

    def release_unknown(self, key: str, *, task_id: str | None) -> None:
        """A person decided a parked undecidable create: it made `task_id`, or (None) it made nothing."""
        record = self.row(key)
        if record.state is not RowState.PARKED or record.task_id is not None:
            raise CheckpointError(f"row {key!r} has no undecided creation to settle")
        if task_id is None:
            self._move(key, [RowState.PARKED], RowState.PENDING, error=None, status=None)
        else:
            self._move(key, [RowState.PARKED], RowState.CREATED, task_id=task_id, error=None, status=None)

    def retry_failed(self) -> int:
        """Failed rows become pending again (a new task each); returns how many."""
        with _transaction(self._db):
            cursor = self._db.execute(
                "UPDATE rows SET state = ?, task_id = NULL, status = NULL, summary = NULL, output = NULL, "
                "error = NULL WHERE state = ?",
                (RowState.PENDING.value, RowState.FAILED.value),
            )
        return int(cursor.rowcount)


class _transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT` (rollback on error): one write at a time across processes."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def iter_results(checkpoint: Checkpoint) -> Iterator[dict[str, Any]]:
    for record in checkpoint.rows():
        yield record.result()
