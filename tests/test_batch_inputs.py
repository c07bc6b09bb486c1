"""A batch checks every input and output before the first task is created; bad ones are usage errors.

Each case runs `beam-ai batch run` (which builds its client through `run_batch`) against the fake
and asserts exit 2, one line naming the file, and no `POST /agent-tasks` on the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from beam_ai import AsyncBeam, BeamValidationError
from beam_ai.batch import _store, arun_batch, checkpoint_path_for, read_rows, run_batch
from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)

CREATE = ("POST", "/agent-tasks")


@pytest.fixture(scope="module")
def quick_server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=0.005, run_seconds=0.01)) as server:
        yield server


@pytest.fixture
def env(quick_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    quick_server.fake.reset()
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", quick_server.url)
    return quick_server.fake


def jsonl(path: Path, count: int = 3) -> Path:
    path.write_text(
        "".join(json.dumps({"id": f"T{i}", "ticket": f"ticket {i}"}) + "\n" for i in range(count))
    )
    return path


def batch(rows: Path, out: Path | str, *extra: str) -> list[str]:
    return [
        "batch",
        "run",
        SUPPORT_AGENT_ID,
        str(rows),
        "--query",
        "Summarise: {ticket}",
        "--out",
        str(out),
        "--poll-interval",
        "0.01",
        *extra,
    ]


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the CLI, expect exit 2 with one `beam-ai: ...` line (no traceback); returns that line."""
    assert main(argv) == ExitCode.USAGE
    err = capsys.readouterr().err.strip()
    assert err.startswith("beam-ai: ") and "\n" not in err, err
    return err


# -- outputs ---------------------------------------------------------------------------------------


def test_out_equal_to_the_input_is_refused_and_the_input_kept(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    before = rows.read_bytes()
    err = usage_error(batch(rows, rows), capsys)
    assert "out" in err and "input file" in err
    assert rows.read_bytes() == before
    assert env.requests.count(*CREATE) == 0


def test_out_with_a_wrong_extension_is_refused_before_paying_and_the_rerun_creates_each_task_once(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    err = usage_error(batch(rows, tmp_path / "results.txt"), capsys)
    assert "results.txt" in err and ".jsonl or .csv" in err
    assert env.requests.count(*CREATE) == 0
    assert not checkpoint_path_for(tmp_path / "results.txt").exists()

    assert main(batch(rows, tmp_path / "results.jsonl")) == ExitCode.OK
    assert env.requests.count(*CREATE) == 3


def test_out_whose_parent_is_a_file_is_refused(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    (tmp_path / "reports").write_text("a file, not a folder")
    err = usage_error(batch(rows, tmp_path / "reports" / "sub" / "results.jsonl"), capsys)
    assert "is a file, not a folder" in err
    assert env.requests.count(*CREATE) == 0


def test_out_that_is_a_folder_is_refused(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    (tmp_path / "results.jsonl").mkdir()
    assert "is a folder" in usage_error(batch(rows, tmp_path / "results.jsonl"), capsys)
    assert env.requests.count(*CREATE) == 0


def test_another_extension_for_the_same_output_never_creates_the_tasks_again(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    assert main(batch(rows, tmp_path / "results.jsonl")) == ExitCode.OK
    capsys.readouterr()
    for extra in ((), ("--resume",)):
        err = usage_error(batch(rows, tmp_path / "results.csv", *extra), capsys)
        assert "results.jsonl.checkpoint.sqlite" in err and "rename it to" in err
    assert env.requests.count(*CREATE) == 3
    # Doing what the message says goes on with the same tasks, writing the new format.
    checkpoint_path_for(tmp_path / "results.jsonl").rename(checkpoint_path_for(tmp_path / "results.csv"))
    assert main(batch(rows, tmp_path / "results.csv", "--resume")) == ExitCode.OK
    assert env.requests.count(*CREATE) == 3
    assert (tmp_path / "results.csv").read_text().count("COMPLETED") == 3


@pytest.mark.parametrize("entry", ["run_batch", "arun_batch"])
def test_both_entry_points_check_the_output_first(env: FakeBeam, tmp_path: Path, entry: str) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    for out in (rows, tmp_path / "results.txt", tmp_path / "tickets.jsonl" / "results.jsonl"):
        with pytest.raises(BeamValidationError, match=r"^out: "):
            if entry == "run_batch":
                run_batch(SUPPORT_AGENT_ID, rows, query="{ticket}", out=out)
            else:

                async def main(out: Path) -> None:
                    async with AsyncBeam() as client:
                        await arun_batch(client, SUPPORT_AGENT_ID, rows, query="{ticket}", out=out)

                asyncio.run(main(out))
    assert env.requests.count(*CREATE) == 0


# -- inputs ----------------------------------------------------------------------------------------


def test_a_missing_input_file_is_a_usage_error(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = usage_error(batch(tmp_path / "nope.jsonl", tmp_path / "results.jsonl"), capsys)
    assert "nope.jsonl" in err and "cannot read it" in err
    assert env.requests.count(*CREATE) == 0


@pytest.mark.parametrize("name", ["tickets.jsonl", "tickets.csv"])
def test_input_that_is_not_utf8_names_file_and_line(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    rows = tmp_path / name
    if name.endswith(".csv"):  # with a byte-order mark: the byte named is still the right one
        rows.write_bytes(b"\xef\xbb\xbfid,ticket\nT1,fine\nT2,caf\xe9 latin-1\n")
    else:
        rows.write_bytes(b'{"id": "T1", "ticket": "fine"}\n{"id": "T2", "ticket": "caf\xe9"}\n')
    err = usage_error(batch(rows, tmp_path / "results.jsonl"), capsys)
    line = 3 if name.endswith(".csv") else 2
    assert f"{rows}:{line}: not UTF-8 text (byte 0xe9)" in err
    assert env.requests.count(*CREATE) == 0


def test_a_csv_with_a_byte_order_mark_keeps_its_first_column(tmp_path: Path) -> None:
    rows = tmp_path / "excel.csv"
    rows.write_bytes("id,ticket\r\nT1,printer\r\nT2,café\r\n".encode("utf-8-sig"))
    assert read_rows(rows) == [{"id": "T1", "ticket": "printer"}, {"id": "T2", "ticket": "café"}]


def test_a_short_csv_row_is_refused_naming_row_and_column(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "tickets.csv"
    rows.write_text("id,ticket\nT1,printer\nT2\n")
    err = usage_error(batch(rows, tmp_path / "results.jsonl"), capsys)
    assert f"{rows}:3: row 2 has no value for column 'ticket'" in err
    assert env.requests.count(*CREATE) == 0


# -- the checkpoint --------------------------------------------------------------------------------


def finished_run(tmp_path: Path) -> tuple[Path, Path]:
    rows = jsonl(tmp_path / "tickets.jsonl")
    out = tmp_path / "results.jsonl"
    assert main(batch(rows, out)) == ExitCode.OK
    return rows, out


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_checkpoint_is_explained_and_nothing_is_created_again(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    rows, out = finished_run(tmp_path)
    checkpoint = checkpoint_path_for(out)
    content = checkpoint.read_bytes()
    checkpoint.write_bytes(b"not a database at all " * 200 if damage == "garbage" else content[:2000])
    capsys.readouterr()
    for argv in (batch(rows, out, "--resume"), ["batch", "status", str(out)]):
        err = usage_error(argv, capsys)
        assert str(checkpoint) in err and "damaged" in err and "move it away" in err
    assert env.requests.count(*CREATE) == 3


def test_a_checkpoint_locked_by_another_program_is_explained(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows, out = finished_run(tmp_path)
    capsys.readouterr()
    monkeypatch.setattr(_store, "BUSY_TIMEOUT", 0.01, raising=False)  # instead of waiting 10 s for the holder
    holder = sqlite3.connect(checkpoint_path_for(out), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        err = usage_error(batch(rows, out, "--resume"), capsys)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(checkpoint_path_for(out)) in err and "locked by another program" in err
    assert env.requests.count(*CREATE) == 3


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` made unwritable: by its mode, or (root ignores modes) by the immutable attribute."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: nothing is read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_a_read_only_checkpoint_can_be_read_but_a_run_says_what_to_do(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows, out = finished_run(tmp_path)
    checkpoint = checkpoint_path_for(out)
    capsys.readouterr()
    with read_only(checkpoint):
        assert main(["batch", "status", str(out)]) == ExitCode.OK
        assert "3 rows" in capsys.readouterr().out
        jsonl(rows, 4)  # one more row: the run has to write the checkpoint
        err = usage_error(batch(rows, out, "--resume"), capsys)
    assert str(checkpoint) in err and "write permission" in err
    assert env.requests.count(*CREATE) == 3


def test_results_that_cannot_be_written_at_the_end_stay_in_the_checkpoint_and_a_resume_writes_them(
    env: FakeBeam, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = jsonl(tmp_path / "tickets.jsonl")
    out = tmp_path / "results.jsonl"

    def disk_full(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("beam_ai.batch._run.write_results", disk_full)
        assert main(batch(rows, out)) == ExitCode.USAGE  # after the run: its progress was shown
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert (
        err.startswith("beam-ai: ")
        and "No space left on device" in err
        and str(checkpoint_path_for(out)) in err
        and "resume" in err
    )
    assert main(batch(rows, out, "--resume")) == ExitCode.OK
    assert out.read_text().count("COMPLETED") == 3
    assert env.requests.count(*CREATE) == 3
