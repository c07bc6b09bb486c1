"""Uploads from a path, bytes or a file object; type, size and count checked before anything is sent."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest

from beam_ai import AsyncBeam, Beam, BeamValidationError
from beam_ai._files import ALLOWED_TYPES, MAX_FILE_SIZE, prepare_file
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.models import AgentContextFile, ChatFile

TASK_ID = SEEDED_TASK_IDS[0]


def _client(server: FakeBeamServer, fake: FakeBeam, **options: Any) -> Beam:
    return Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        **options,
    )


@pytest.fixture
def beam(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Any:
    with _client(fake_beam_server, fake_beam) as client:
        yield client


def _stored(fake: FakeBeam, name: str) -> bytes:
    (content,) = [data for key, data in fake.store.file_contents.items() if key.endswith(name)]
    return content


def test_upload_from_a_path(beam: Beam, fake_beam: FakeBeam, tmp_path: Path) -> None:
    path = tmp_path / "refunds.pdf"
    path.write_bytes(b"%PDF-1.4 refunds")
    result = beam.context_files.upload(SUPPORT_AGENT_ID, path, task_id=TASK_ID)
    assert result["name"] == "refunds.pdf"
    assert _stored(fake_beam, "refunds.pdf") == b"%PDF-1.4 refunds"
    (request,) = fake_beam.requests.filter("POST", f"/context/agent/{SUPPORT_AGENT_ID}/file")
    assert request.query == {"uploadSource": "FILE_UPLOAD", "taskId": TASK_ID}
    assert "multipart/form-data" in request.headers["content-type"]


def test_upload_from_a_string_path_with_another_filename(
    beam: Beam, fake_beam: FakeBeam, tmp_path: Path
) -> None:
    path = tmp_path / "export"
    path.write_bytes(b"a,b\n1,2\n")
    result = beam.context_files.upload(SUPPORT_AGENT_ID, str(path), filename="export.csv", task_id=TASK_ID)
    assert result["name"] == "export.csv"
    assert _stored(fake_beam, "export.csv") == b"a,b\n1,2\n"


def test_upload_from_bytes(beam: Beam, fake_beam: FakeBeam) -> None:
    result = beam.context_files.upload(SUPPORT_AGENT_ID, b"hello", filename="hello.txt", task_id=TASK_ID)
    assert result["name"] == "hello.txt"
    assert _stored(fake_beam, "hello.txt") == b"hello"


def test_upload_from_file_objects(beam: Beam, fake_beam: FakeBeam, tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG fake")
    with path.open("rb") as stream:
        beam.context_files.upload(SUPPORT_AGENT_ID, stream, task_id=TASK_ID)
    beam.context_files.upload(SUPPORT_AGENT_ID, io.BytesIO(b"memo"), filename="memo.txt", task_id=TASK_ID)
    assert _stored(fake_beam, "scan.png") == b"\x89PNG fake"
    assert _stored(fake_beam, "memo.txt") == b"memo"


def test_multi_file_uploads_mix_inputs(beam: Beam, fake_beam: FakeBeam, tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"docx bytes")
    files: list[Any] = [tmp_path / "a.docx", ("b.xlsx", b"xlsx bytes"), ("c.jpg", io.BytesIO(b"jpg bytes"))]
    chat = beam.agent_setup.upload_files(files, thread_id="th-1")
    assert [type(f) for f in chat] == [ChatFile] * 3
    assert [(f.name, f.mime_type) for f in chat] == [
        ("a.docx", ALLOWED_TYPES["docx"]),
        ("b.xlsx", ALLOWED_TYPES["xlsx"]),
        ("c.jpg", "image/jpeg"),
    ]
    added = beam.agent_setup.add_context_files(SUPPORT_AGENT_ID, tmp_path / "a.docx")  # one file, no list
    assert isinstance(added[0], AgentContextFile) and added[0].name == "a.docx"
    assert _stored(fake_beam, "b.xlsx") == b"xlsx bytes"


def test_ten_files_are_accepted(beam: Beam) -> None:
    chat = beam.agent_setup.upload_files([(f"f{i}.txt", b"x") for i in range(10)], thread_id="th-1")
    assert len(chat) == 10


def test_a_retried_upload_resends_the_whole_file(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with _client(fake_beam_server, fake_beam, sleep=lambda seconds: None) as client:
        fake_beam.faults.add(
            "rate_limit", method="POST", path=f"/agent-setup/{SUPPORT_AGENT_ID}/context-file", times=1
        )
        with io.BytesIO(b"policy text") as stream:
            client.agent_setup.add_context_files(SUPPORT_AGENT_ID, [("policy.txt", stream)])
    assert fake_beam.requests.count("POST", f"/agent-setup/{SUPPORT_AGENT_ID}/context-file") == 2
    assert _stored(fake_beam, "policy.txt") == b"policy text"


def test_async_upload(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"async notes")

    async def run() -> Any:
        async with AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=fake_beam.clock.now,
        ) as client:
            return await client.context_files.upload(SUPPORT_AGENT_ID, path, task_id=TASK_ID)

    assert asyncio.run(run())["name"] == "notes.txt"
    assert _stored(fake_beam, "notes.txt") == b"async notes"


# -- rejected before sending ---------------------------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


REJECTIONS: dict[str, tuple[Any, str, str]] = {
    # (how to call, given a client and tmp_path) -> field, a word of the message
    "wrong type by path": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, _touch(p / "run.exe"), task_id=TASK_ID),
        "file",
        ".exe",
    ),
    "no extension": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, b"x", filename="README", task_id=TASK_ID),
        "file",
        "no extension",
    ),
    "wrong type in a list": (
        lambda c, p: c.agent_setup.upload_files([("ok.txt", b"x"), ("bad.zip", b"x")], thread_id="th"),
        "files",
        "item 1 'bad.zip'",
    ),
    "bytes without a filename": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, b"x", task_id=TASK_ID),
        "file",
        "filename",
    ),
    "nameless file object": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, io.BytesIO(b"x"), task_id=TASK_ID),
        "file",
        "filename",
    ),
    "too large by path": (
        lambda c, p: c.context_files.upload(
            SUPPORT_AGENT_ID, _sparse(p / "big.pdf", MAX_FILE_SIZE + 1), task_id=TASK_ID
        ),
        "file",
        "larger than",
    ),
    "too large as bytes": (
        lambda c, p: c.agent_setup.add_context_files(
            SUPPORT_AGENT_ID, [("big.csv", b"x" * (MAX_FILE_SIZE + 1))]
        ),
        "files",
        "larger than",
    ),
    "too large as a stream": (
        lambda c, p: c.agent_setup.upload_files(
            [("big.txt", io.BytesIO(b"x" * (MAX_FILE_SIZE + 1)))], thread_id="th"
        ),
        "files",
        "larger than",
    ),
    "empty file": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, _touch(p / "empty.txt"), task_id=TASK_ID),
        "file",
        "empty",
    ),
    "missing path": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, p / "nope.pdf", task_id=TASK_ID),
        "file",
        "no such file",
    ),
    "a directory": (
        lambda c, p: c.context_files.upload(SUPPORT_AGENT_ID, _mkdir(p / "dir.pdf"), task_id=TASK_ID),
        "file",
        "no such file",
    ),
    "text-mode file object": (
        lambda c, p: c.context_files.upload(
            SUPPORT_AGENT_ID, io.StringIO("text"), filename="t.txt", task_id=TASK_ID
        ),
        "file",
        "binary",
    ),
    "no files": (lambda c, p: c.agent_setup.upload_files([], thread_id="th"), "files", "at least one"),
    "eleven files": (
        lambda c, p: c.agent_setup.add_context_files(SUPPORT_AGENT_ID, [("f.txt", b"x")] * 11),
        "files",
        "at most 10",
    ),
    "not a file at all": (
        lambda c, p: c.agent_setup.upload_files([42], thread_id="th"),
        "files",
        "item 0: expected",
    ),
    "text in a (name, content) pair": (
        lambda c, p: c.agent_setup.upload_files([("a.txt", b"x"), ("b.txt", "text")], thread_id="th"),
        "files",
        "item 1: expected",
    ),
}


def _touch(path: Path) -> Path:
    path.touch()
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("kind", sorted(REJECTIONS))
def test_rejected_before_sending(kind: str, beam: Beam, fake_beam: FakeBeam, tmp_path: Path) -> None:
    call, field, word = REJECTIONS[kind]
    with pytest.raises(BeamValidationError) as raised:
        call(beam, tmp_path)
    assert raised.value.field == field
    assert word in str(raised.value), str(raised.value)
    assert len(fake_beam.requests) == 0


def test_every_documented_type_is_accepted() -> None:
    for extension, media_type in ALLOWED_TYPES.items():
        prepared = prepare_file(b"x", filename=f"file.{extension.upper()}")
        assert prepared.mime_type == media_type
        assert prepared.payload.read() == b"x"
    assert set(ALLOWED_TYPES) == {
        *["txt", "csv", "pdf", "xls", "xlsx", "docx", "doc", "ppt", "pptx"],
        *["png", "jpeg", "jpg", "tiff", "heif", "bmp"],
    }
