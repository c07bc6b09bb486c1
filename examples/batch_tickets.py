"""Run an agent over many inputs: resumable, each task created once, questions parked and answered.

Against the embedded fake (or the real API when BEAM_API_KEY is set: set BEAM_AGENT_ID too).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from beam_ai.batch import answer_row, batch_status, run_batch

TICKETS = [
    "Printer on floor 3 is on fire",
    "Refund for order 1234 [input]",  # the fake asks a question for this one
    "Password reset does not arrive",
    "Invoice shows the wrong VAT",
    "App crashes on login",
]


def run(agent_id: str, workdir: Path, **client: Any) -> int:
    rows = workdir / "tickets.jsonl"
    rows.write_text("".join(json.dumps({"id": f"T-{i}", "ticket": t}) + "\n" for i, t in enumerate(TICKETS)))
    out = workdir / "results.jsonl"
    options: dict[str, Any] = {"query": "Summarise: {ticket}", "out": out, "concurrency": 3, **client}

    summary = run_batch(agent_id, rows, **options)
    print(f"first run: {summary.done} done, {summary.parked} parked")
    for record in batch_status(out)[1]:
        print(f"  {record.key} asks: {record.question}")
        answer_row(out, record.key, "It was order 1234, refund to the card")

    summary = run_batch(agent_id, rows, resume=True, **options)  # sends the answer, follows to the end
    print(f"after answering: {summary.done} done, {summary.failed} failed, {summary.parked} parked")
    for line in out.read_text().splitlines():
        record = json.loads(line)
        print(f"  {record['key']}: {record['status']} {record['summary']}")
    if summary.complete and summary.done == len(TICKETS):
        print(f"all {len(TICKETS)} rows done")
        return 0
    return 1


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("BEAM_API_KEY"):
            return run(os.environ["BEAM_AGENT_ID"], Path(tmp))
        from _target import fake_beam

        from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeamServer

        fake = fake_beam(queue_seconds=0.2, run_seconds=0.5)
        with FakeBeamServer(fake) as server:
            client = {"api_key": fake.api_key, "workspace_id": fake.workspace_id, "base_url": server.url}
            return run(SUPPORT_AGENT_ID, Path(tmp), poll_interval=0.05, **client)


if __name__ == "__main__":
    sys.exit(main())
