"""The batch checkpoint (SQLite), input rows and result files, and the pure reconcile rule."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from beam_ai import BeamValidationError
from beam_ai.batch import Checkpoint, CheckpointError, RowState, batch_rows, read_rows, write_results
from beam_ai.batch._reconcile import Action, Attempt, ServerTask, reconcile
from beam_ai.batch._run import run_spec

TEMPLATE = "Summarise: {ticket}"


def store_at(tmp_path: Path, template: str = TEMPLATE, agent: str = "agent-1") -> Checkpoint:
    return Checkpoint.create_or_open(tmp_path / "cp.sqlite", run_spec(agent, template, "id"))


def test_checkpoint_for_another_query_is_refused_with_what_differs(tmp_path: Path) -> None:
    store_at(tmp_path).close()
    with pytest.raises(CheckpointError) as raised:
        store_at(tmp_path, template="Translate: {ticket}")
    message = str(raised.value)
    assert "query_template" in message and "'Summarise: {ticket}'" in message
    assert "'Translate: {ticket}'" in message and "agent_id" not in message
    with pytest.raises(CheckpointError, match="agent_id"):
        store_at(tmp_path, agent="agent-2")
    store_at(tmp_path).close()  # the same run opens fine


def test_each_transition_is_committed_and_visible_to_another_connection(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.add_rows([("a", 1, "q-a")])
    store.mark_creating("a", 100.0)
    # Another process (here: a plain sqlite3 connection) sees "creating" before any POST goes out.
    other = sqlite3.connect(tmp_path / "cp.sqlite")
    assert other.execute("SELECT state, attempts, attempt_at FROM rows").fetchone() == ("creating", 1, 100.0)
    store.mark_created("a", "task-1")
    assert other.execute("SELECT state, task_id FROM rows").fetchone() == ("created", "task-1")
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    other.close()
    store.close()


def test_illegal_transitions_are_refused(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.add_rows([("a", 1, "q-a")])
    with pytest.raises(CheckpointError, match="expected one of creating"):
        store.mark_created("a", "task-1")  # never marked creating: no task may be recorded
    store.mark_creating("a", 1.0)
    with pytest.raises(CheckpointError, match="not pending"):
        store.mark_creating("a", 2.0)  # a second create while the first is unknown
    with pytest.raises(CheckpointError, match="does not wait for an answer"):
        store.set_answer("a", "hi")
    store.close()


def test_rows_keep_their_query(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    assert store.add_rows([("a", 1, "q-a"), ("b", 2, "q-b")]) == 2
    assert store.add_rows([("a", 1, "q-a"), ("c", 3, "q-c")]) == 1  # resumed with one more row
    with pytest.raises(CheckpointError, match="row 'b' changed"):
        store.add_rows([("b", 2, "q-other")])
    assert [r.key for r in store.rows()] == ["a", "b", "c"]
    assert store.counts()[RowState.PENDING] == 3
    store.close()


def test_keys_default_to_id_else_line_number() -> None:
    with_id = batch_rows([{"id": 7, "ticket": "x"}, {"id": 9, "ticket": "y"}], TEMPLATE)
    assert [(r.key, r.query) for r in with_id] == [("7", "Summarise: x"), ("9", "Summarise: y")]
    without = batch_rows([{"ticket": "x"}, {"ticket": "y"}], TEMPLATE)
    assert [r.key for r in without] == ["1", "2"]
    named = batch_rows([{"id": 1, "email": "a@x", "ticket": "x"}], TEMPLATE, key="email")
    assert named[0].key == "a@x"


def test_bad_rows_and_templates_name_the_problem() -> None:
    with pytest.raises(BeamValidationError, match="share the key '1'"):
        batch_rows([{"id": 1, "ticket": "x"}, {"id": 1, "ticket": "y"}], TEMPLATE)
    with pytest.raises(BeamValidationError, match="row '2' has no field 'ticket'"):
        batch_rows([{"ticket": "x"}, {"body": "y"}], TEMPLATE)
    with pytest.raises(BeamValidationError, match="must name a row field"):
        batch_rows([{"ticket": "x"}], "Summarise: {}")
    with pytest.raises(BeamValidationError, match="row 1 has no 'email'"):
        batch_rows([{"ticket": "x"}], TEMPLATE, key="email")


def test_jsonl_and_csv_in_and_out(tmp_path: Path) -> None:
    (tmp_path / "rows.jsonl").write_text('{"id": "a", "ticket": "x"}\n\n{"id": "b", "ticket": "y"}\n')
    assert read_rows(tmp_path / "rows.jsonl") == [{"id": "a", "ticket": "x"}, {"id": "b", "ticket": "y"}]
    (tmp_path / "rows.csv").write_text('id,ticket\na,x\nb,"y, z"\n')
    assert read_rows(tmp_path / "rows.csv")[1] == {"id": "b", "ticket": "y, z"}
    (tmp_path / "bad.jsonl").write_text('{"id": "a"}\n[1]\n')
    with pytest.raises(BeamValidationError, match=r"bad.jsonl:2: expected a JSON object"):
        read_rows(tmp_path / "bad.jsonl")

    record = {
        "key": "a",
        "task_id": "t",
        "status": "COMPLETED",
        "summary": "s",
        "output": {"n": 1},
        "error": None,
    }
    write_results(tmp_path / "out.jsonl", [record])
    assert json.loads((tmp_path / "out.jsonl").read_text()) == record
    write_results(tmp_path / "out.csv", [record])
    with (tmp_path / "out.csv").open(newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row == {
        "key": "a",
        "task_id": "t",
        "status": "COMPLETED",
        "summary": "s",
        "output": '{"n": 1}',
        "error": "",
    }
    with pytest.raises(BeamValidationError, match=r"expected a \.jsonl or \.csv"):
        write_results(tmp_path / "out.txt", [record])


def test_reconcile_rules() -> None:
    attempts = [Attempt("a", "q1", 1000.0), Attempt("b", "q2", 1000.0), Attempt("c", "q3", 1000.0)]
    server = [
        ServerTask("t-a", 1001.0, "q1"),  # a's attempt made it
        ServerTask("t-old", 100.0, "q2"),  # b's query, but long before the attempt: not b's
        ServerTask("t-owned", 1002.0, "q3"),  # c's query, but another row owns it
    ]
    decisions = {d.key: d for d in reconcile(attempts, server, {"t-owned"}, skew=60)}
    assert (decisions["a"].action, decisions["a"].task_id) == (Action.ADOPT, "t-a")
    assert decisions["b"].action is Action.RECREATE
    assert decisions["c"].action is Action.RECREATE


def test_reconcile_rows_sharing_a_query() -> None:
    twins = [Attempt("x", "q", 10.0), Attempt("y", "q", 11.0)]
    one = reconcile(twins, [ServerTask("t1", 10.5, "q")], set(), skew=0)
    assert [(d.key, d.action, d.task_id) for d in one] == [
        ("x", Action.ADOPT, "t1"),
        ("y", Action.RECREATE, None),
    ]
    three = reconcile(twins, [ServerTask(f"t{i}", 12.0, "q") for i in range(3)], set(), skew=0)
    assert {d.action for d in three} == {Action.PARK}
    skewed = reconcile([Attempt("x", "q", 100.0)], [ServerTask("t", 95.0, "q")], set(), skew=10)
    assert skewed[0].action is Action.ADOPT  # a server clock 5 s behind ours still matches


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("concurrency", 0),
        ("concurrency", 2.5),
        ("max_streams", -1),
        ("poll_interval", 0),
        ("poll_interval", "1"),
        ("settle_delay", -1),
        ("agent_id", " "),
        ("query", ""),
    ],
)
def test_bad_options_are_named_before_anything_is_read(tmp_path: Path, option: str, value: object) -> None:
    from beam_ai.batch import run_batch

    out = tmp_path / "out.jsonl"
    kwargs: dict[str, Any] = {"agent_id": "agent-1", "query": TEMPLATE, option: value}
    with pytest.raises(BeamValidationError) as raised:
        run_batch(rows=tmp_path / "missing.jsonl", out=out, api_key="k", workspace_id="w", **kwargs)
    assert raised.value.field == option
    assert not out.exists() and not (tmp_path / "out.jsonl.checkpoint.sqlite").exists()


def test_result_records_say_what_is_unfinished(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.add_rows([("a", 1, "q-a"), ("b", 2, "q-b")])
    store.mark_creating("a", 1.0)
    store.mark_created("a", "task-a")
    store.mark_parked("a", status="USER_INPUT_REQUIRED", question="the task waits for input", error=None)
    records = {r.key: r.result() for r in store.rows()}
    assert records["a"] == {
        "key": "a",
        "task_id": "task-a",
        "status": "USER_INPUT_REQUIRED",
        "summary": None,
        "output": None,
        "error": "the task waits for input",
    }
    assert records["b"]["error"] == "not finished (pending): resume the run"
    store.close()


def test_one_run_per_checkpoint_at_a_time(tmp_path: Path) -> None:
    from beam_ai.batch._store import RunLock

    checkpoint = tmp_path / "out.jsonl.checkpoint.sqlite"
    first = RunLock(checkpoint).__enter__()
    # A second run (here: a second lock on the same file) must not create from it meanwhile.
    with pytest.raises(CheckpointError, match="another run is using"), RunLock(checkpoint):
        pass
    first.__exit__(None, None, None)
    with RunLock(checkpoint):  # released when the first run ends
        pass
