"""The client inside a real multi-process worker engine: Celery's prefork pool against the fake API.

The worker (a subprocess running tests/celery_jobs.py) creates its client at import, before its
pool forks four children; 100 jobs go through kombu's filesystem broker and come back through the
file result backend: results, and typed errors with their details, and one token exchange in all.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from celery.exceptions import TimeoutError as CeleryTimeoutError

from beam_ai import NotFoundError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent
JOBS = 100
CONCURRENCY = 4
RESULTS_WITHIN = 240.0


@pytest.fixture
def celery_env(
    fake_beam_server: FakeBeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    env = {
        "BEAM_API_KEY": FAKE_API_KEY,
        "BEAM_WORKSPACE_ID": FAKE_WORKSPACE_ID,
        "BEAM_BASE_URL": fake_beam_server.url,
        "BEAM_TEST_CELERY_DIR": str(tmp_path / "celery"),
        "BEAM_TEST_CACHE": "1",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    yield {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}


def _jobs_module() -> ModuleType:
    """tests/celery_jobs.py configured for this test's folder (the sending side of the queue)."""
    if "celery_jobs" in sys.modules:
        return importlib.reload(sys.modules["celery_jobs"])
    return importlib.import_module("celery_jobs")


def test_celery_prefork_workers_run_100_jobs_with_one_token_exchange(
    fake_beam: FakeBeam, celery_env: dict[str, str]
) -> None:
    started = time.perf_counter()
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "celery_jobs",
            "worker",
            "--pool=prefork",
            f"--concurrency={CONCURRENCY}",
            "--loglevel=WARNING",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        env=celery_env,
        cwd=TESTS,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    timed_out = False
    try:
        jobs = _jobs_module()
        pending = [jobs.look_up.delay(job) for job in range(JOBS)]
        results, errors = [], []
        for job, result in enumerate(pending):
            try:
                # One budget for all the jobs (7 s on a quiet machine), generous for a loaded CI
                # machine where starting Celery and forking its pool alone can take a minute.
                results.append(result.get(timeout=max(1.0, started + RESULTS_WITHIN - time.perf_counter())))
            except NotFoundError as error:
                errors.append((job, error))
    except CeleryTimeoutError:
        timed_out = True
    finally:
        worker.terminate()
        try:
            output, _ = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            output, _ = worker.communicate()
    wall = time.perf_counter() - started
    print(f"celery prefork: {JOBS} jobs in {wall:.1f} s (worker start and stop included)")
    assert not timed_out, f"no results within {RESULTS_WITHIN} s; the worker said:\n{output}"

    assert sorted(r["job"] for r in results) == [j for j in range(JOBS) if j % 10]
    assert {r["email"] for r in results} == {"fake.user@example.com"}
    assert len({r["pid"] for r in results}) > 1, "the jobs ran in more than one pool process"
    assert worker.pid not in {r["pid"] for r in results}
    assert [job for job, _ in errors] == list(range(0, JOBS, 10))
    for job, error in errors:
        assert type(error) is NotFoundError and error.status_code == 404
        assert error.body["message"] == f"Agent task with id missing-{job} not found"
        assert "authorization" not in error.request.headers
    assert fake_beam.requests.count("POST", "/auth/access-token") == 1, output
    assert fake_beam.requests.count("POST", "/auth/refresh-token") == 0
