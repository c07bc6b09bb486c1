"""Give an agent files to work with: from a path, from bytes, and what happens with a bad file."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _target import beam_client

from beam_ai import BeamValidationError


def main() -> int:
    with beam_client(quiet=True) as beam, tempfile.TemporaryDirectory() as folder:
        agent_id = str(beam.agents.list().agents[0].id)
        task = beam.agent_tasks.create(agent_id=agent_id, query="Reconcile these invoices")

        notes = Path(folder) / "notes.txt"
        notes.write_text("Invoices 1-20 are paid; 21 is disputed.\n")
        uploaded = beam.context_files.upload(agent_id, notes, task_id=str(task.id))
        print(f"from a path: {uploaded['name']} ({uploaded['uploadStatus']})")
        rows = b"id,amount\n1,10\n"
        uploaded = beam.context_files.upload(agent_id, rows, filename="rows.csv", task_id=str(task.id))
        print(f"from bytes: {uploaded['name']} ({uploaded['uploadStatus']})")
        try:  # checked before anything is sent
            beam.context_files.upload(agent_id, b"MZ...", filename="setup.exe", task_id=str(task.id))
        except BeamValidationError as error:
            print(f"refused before sending: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
