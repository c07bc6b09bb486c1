"""`run_batch` / `arun_batch` end to end against the fake Beam server, sync and async entry points.

Tasks finish at once (the fake's queue and run times are 0 for these tests), and the client's
sleep moves the fake's clock, so Retry-After and polling never wait.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from beam_ai import AsyncBeam
from beam_ai.batch import CheckpointError, RowState, answer_row, arun_batch, batch_status, run_batch
from beam_ai.testing import FakeBeam, FakeBeamServer

TEMPLATE = "Summarise: {ticket}"


@pytest.fixture
def fake(fake_beam: FakeBeam, monkeypatch: pytest.MonkeyPatch) -> FakeBeam:
    monkeypatch.setattr(fake_beam, "queue_seconds", 0.0)
    monkeypatch.setattr(fake_beam, "run_seconds", 0.0)
    return fake_beam


def options(fake: FakeBeam, server: FakeBeamServer) -> dict[str, Any]:
    async def sleep(seconds: float) -> None:
        fake.advance(seconds)
        await asyncio.sleep(0)  # yield, as a real sleep would

    return {
        "api_key": fake.api_key,
        "workspace_id": fake.workspace_id,
        "base_url": server.url,
        "clock": fake.clock.now,
        "sleep": sleep,
    }


def agent_of(fake: FakeBeam) -> str:
    return next(iter(fake.store.agents))


def tasks_per_query(fake: FakeBeam) -> Counter[str]:
    return Counter(task.query for task in fake.store.tasks.values())


def rows(n: int, marker: dict[int, str] | None = None) -> list[dict[str, Any]]:
    marker = marker or {}
    return [{"id": f"t-{i}", "ticket": f"ticket {i}{marker.get(i, '')}"} for i in range(n)]


def results(path: Path) -> dict[str, dict[str, Any]]:
    return {record["key"]: record for record in map(json.loads, path.read_text().splitlines())}


# Each poll for stored answers moves the fake clock by this much: small, so tokens do not expire.
POLL = 0.01


def run_sync(fake: FakeBeam, server: FakeBeamServer, data: Any, out: Path, **kwargs: Any) -> Any:
    return run_batch(
        agent_of(fake), data, query=TEMPLATE, out=out, poll_interval=POLL, **kwargs, **options(fake, server)
    )


def run_async(fake: FakeBeam, server: FakeBeamServer, data: Any, out: Path, **kwargs: Any) -> Any:
    async def main() -> Any:
        async with AsyncBeam(**options(fake, server)) as client:
            return await arun_batch(
                client, agent_of(fake), data, query=TEMPLATE, out=out, poll_interval=POLL, **kwargs
            )

    return asyncio.run(main())


RUNNERS = {"sync": run_sync, "async": run_async}


@pytest.mark.parametrize("mode", sorted(RUNNERS))
def test_faults_on_creation_never_duplicate_a_task(
    mode: str, fake: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    fake.faults.add("drop_after", method="POST", path="/agent-tasks", times=3)
    fake.faults.add("rate_limit", method="POST", path="/agent-tasks", times=4, retry_after=2)
    out = tmp_path / "results.jsonl"
    summary = RUNNERS[mode](fake, fake_beam_server, rows(12, {5: " [fail]"}), out, concurrency=4)
    print(
        tasks_per_query(fake),
        summary,
        [(r.method, r.path, r.status, r.fault) for r in fake.requests if r.method == "POST"],
    )
    assert summary.adopted == 3 and summary.done == 11 and summary.failed == 1
    counts = tasks_per_query(fake)
    assert all(counts[f"Summarise: ticket {i}{' [fail]' if i == 5 else ''}"] == 1 for i in range(12))
    found = results(out)
    assert sorted(found) == sorted(f"t-{i}" for i in range(12))
    assert found["t-0"]["status"] == "COMPLETED" and found["t-0"]["summary"] == "Completed successfully"
    assert found["t-5"]["status"] == "FAILED" and found["t-5"]["error"] == "the task ended FAILED"
    assert {r["task_id"] for r in found.values()} <= set(fake.store.tasks)


def test_existing_checkpoint_needs_resume(
    fake: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    run_sync(fake, fake_beam_server, rows(2), out)
    with pytest.raises(CheckpointError, match="resume it"):
        run_sync(fake, fake_beam_server, rows(2), out)
    before = len(fake.store.tasks)
    summary = run_sync(fake, fake_beam_server, rows(3), out, resume=True)  # one new row only
    assert len(fake.store.tasks) == before + 1 and summary.done == 3


def test_parked_input_answered_then_resumed(
    fake: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    out = tmp_path / "results.csv"
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows(3, {1: " [input]", 2: " [consent]"})))
    summary = run_async(fake, fake_beam_server, data, out)
    assert (summary.done, summary.parked) == (1, 2)
    counts, parked = batch_status(out)
    assert counts[RowState.PARKED] == 2
    assert [(r.key, r.status) for r in parked] == [
        ("t-1", "USER_INPUT_REQUIRED"),
        ("t-2", "USER_CONSENT_REQUIRED"),
    ]
    answer_row(out, "t-1", "ACME Corp")
    with pytest.raises(CheckpointError, match="waits for consent"):
        answer_row(out, "t-2", "yes")  # would otherwise read as a refusal
    answer_row(out, "t-2", approve=True)
    summary = run_async(fake, fake_beam_server, data, out, resume=True)
    assert summary.done == 3 and summary.complete
    assert len(fake.store.tasks) - 4 == 3  # the seeded workspace has 4 tasks; no task was repeated
    answered = next(t for t in fake.store.tasks.values() if t.query.endswith("[input]"))
    assert answered.user_inputs and answered.user_inputs[0]["answer"] == "ACME Corp"
    assert "t-1," in out.read_text() and "USER_INPUT_REQUIRED" not in out.read_text()


def test_no_streams_allowed_means_polling(
    fake: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    summary = run_sync(fake, fake_beam_server, rows(3), tmp_path / "results.jsonl", max_streams=0)
    assert summary.done == 3
    assert not [r for r in fake.requests if r.path.endswith("/updates")]
    assert len([r for r in fake.requests if r.method == "GET" and r.path.startswith("/agent-tasks/")]) >= 3


def test_checkpoint_and_results_hold_no_secret(
    fake: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    fake.faults.add("drop_after", method="POST", path="/agent-tasks", times=1)  # errors get stored too
    out = tmp_path / "results.jsonl"
    run_sync(fake, fake_beam_server, rows(3, {1: " [input]"}), out)
    for path in tmp_path.iterdir():
        content = path.read_bytes()
        assert fake.api_key.encode() not in content, path.name
        assert b"eyJ" not in content, path.name  # no JWT (idToken / refreshToken)
