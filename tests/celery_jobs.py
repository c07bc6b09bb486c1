"""A Celery app for tests/test_worker_engine.py, started as `celery -A celery_jobs worker`.

It follows the README's "Running in workers" recipe: the client is created when the worker imports
this module, before the prefork pool forks its children, which then share one token through the
file cache. Broker (kombu's filesystem transport) and result backend (files) need no server; their
folder comes from BEAM_TEST_CELERY_DIR, the fake API from the usual BEAM_* variables.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from celery import Celery

from beam_ai import Beam, FileTokenCache

FOLDER = Path(os.environ["BEAM_TEST_CELERY_DIR"])
for sub in ("queue", "processed", "results", "control"):
    (FOLDER / sub).mkdir(parents=True, exist_ok=True)

app = Celery("celery_jobs")
app.conf.update(
    broker_url="filesystem://",
    broker_transport_options={
        "data_folder_in": str(FOLDER / "queue"),
        "data_folder_out": str(FOLDER / "queue"),
        "data_folder_processed": str(FOLDER / "processed"),
        "control_folder": str(FOLDER / "control"),  # broadcast exchanges (default: ./control)
        "polling_interval": 0.05,
    },
    result_backend=f"file://{FOLDER / 'results'}",
    # Pickled results bring typed errors back (BeamError subclasses pickle without credentials).
    task_serializer="json",
    result_serializer="pickle",
    accept_content=["json"],  # task messages stay JSON (a worker accepting pickle must not run as root)
    result_accept_content=["json", "pickle"],
    worker_prefetch_multiplier=1,
)

# Created once per worker, before the pool forks; each child gets its own connections and locks.
beam = Beam(
    token_cache=FileTokenCache(FOLDER / "beam-token.json") if os.environ.get("BEAM_TEST_CACHE") else None
)


@app.task(name="celery_jobs.look_up")
def look_up(job: int) -> dict[str, Any]:
    """Job `job`: every tenth asks for a task that does not exist (a NotFoundError comes back)."""
    if job % 10 == 0:
        beam.request("GET", f"/agent-tasks/missing-{job}")
    user = beam.request("GET", "/v2/user/me").json()
    return {"job": job, "email": user["email"], "pid": os.getpid()}
