"""Multipart uploads cannot be split by their own content: every request gets a fresh random boundary.

The generator's template used the fixed boundary `+++`, so a file with a `--+++` line was cut into extra
form parts on the wire. Each upload operation sends such content, and content holding the boundary of
an earlier request, to the fake server, which must store exactly the bytes sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from beam_ai import Beam
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SEEDED_TASK_IDS,
    SEEDED_THREAD_ID,
    SUPPORT_AGENT_ID,
    SUPPORT_WEBHOOK_ID,
    FakeBeam,
    FakeBeamServer,
)

UPLOAD_PATHS = (
    "/context/agent/",
    "/agent-setup/upload",
    "/agent-setup/agent-context/",
    "/agent-tasks/webhook",
)
EVIL = (
    b"line one\r\n--+++\r\n"
    b'Content-Disposition: form-data; name="file"; filename="evil.txt"\r\n\r\n'
    b"injected part\r\n--+++--\r\nlast line\n"
)


@pytest.fixture
def beam(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Iterator[Beam]:
    with Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    ) as client:
        yield client


def _boundaries(fake: FakeBeam) -> list[str]:
    found = []
    for request in fake.requests:
        if request.method == "POST" and request.headers.get("content-type", "").startswith("multipart/"):
            match = re.search(r"boundary=([^;\s]+)", request.headers["content-type"])
            assert match, request.headers["content-type"]
            found.append(match.group(1))
    return found


def _send_files(beam: Beam, content: bytes) -> None:
    beam.context_files.upload(SUPPORT_AGENT_ID, content, filename="a.txt", task_id=SEEDED_TASK_IDS[0])
    beam.agent_setup.upload_files([("b.txt", content)], thread_id=SEEDED_THREAD_ID)
    beam.agent_setup.add_context_files(SUPPORT_AGENT_ID, [("c.txt", content)])


def _stored(fake: FakeBeam, before: set[str]) -> list[bytes]:
    return [data for key, data in fake.store.file_contents.items() if key not in before]


@pytest.mark.parametrize("kind", ["fixed-boundary lines", "an earlier request's boundary"])
def test_file_content_comes_back_byte_identical(beam: Beam, fake_beam: FakeBeam, kind: str) -> None:
    content = EVIL
    if kind == "an earlier request's boundary":
        _send_files(beam, b"warm-up")
        earlier = _boundaries(fake_beam)[-1].encode()
        content = (
            b"before\r\n--"
            + earlier
            + b"\r\nContent-Type: text/plain\r\n\r\nfake\r\n--"
            + earlier
            + b"--\r\n"
        )
    before = set(fake_beam.store.file_contents)
    _send_files(beam, content)
    assert _stored(fake_beam, before) == [content, content, content]


def test_webhook_form_text_comes_back_identical(beam: Beam, fake_beam: FakeBeam) -> None:
    text = EVIL.decode()
    created = beam.agent_tasks.trigger_webhook(SUPPORT_AGENT_ID, SUPPORT_WEBHOOK_ID, task=text)
    assert beam.agent_tasks.get(created["id"]).original_task_query == text


def test_each_multipart_request_has_its_own_random_boundary(beam: Beam, fake_beam: FakeBeam) -> None:
    _send_files(beam, b"one")
    _send_files(beam, b"two")
    beam.agent_tasks.trigger_webhook(SUPPORT_AGENT_ID, SUPPORT_WEBHOOK_ID, task="t")
    boundaries = _boundaries(fake_beam)
    assert len(boundaries) == 7
    assert len(set(boundaries)) == 7
    assert all(len(boundary) >= 16 and "+++" not in boundary for boundary in boundaries)
