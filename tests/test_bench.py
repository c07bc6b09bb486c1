"""The benchmarks run (smoke sizes, no timing asserted), the README table rewrite touches only the
text between its markers, and the per-call speed-ups keep httpx's behaviour."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from beam_ai._http import AsyncBeamHttpClient, BeamHttpClient, _MergedUrls

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.append(str(BENCH))

from _common import Row  # noqa: E402
from run_all import BENCHMARKS, END, START, MarkersMissing, markdown, replace_between_markers  # noqa: E402


@pytest.fixture(scope="module")
def quick_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[int, str, Any]]]:
    """Every benchmark with --quick, all started at once (each is mostly waiting on subprocesses)."""
    tmp = tmp_path_factory.mktemp("bench")
    running = {
        name: subprocess.Popen(
            [sys.executable, str(BENCH / f"{name}.py"), "--quick", "--json", str(tmp / f"{name}.json")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in BENCHMARKS
    }
    results = {}
    for name, process in running.items():
        output, _ = process.communicate(timeout=120)
        rows_file = tmp / f"{name}.json"
        rows = json.loads(rows_file.read_text()) if rows_file.exists() else None
        results[name] = (process.returncode, output, rows)
    yield results


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs_quick(quick_runs: dict[str, tuple[int, str, Any]], name: str) -> None:
    returncode, output, rows = quick_runs[name]
    assert returncode == 0, output
    assert rows, output
    for row in (Row(**r) for r in rows):
        assert not math.isnan(row.value), row.measure
        if row.compare == "==":  # correctness, not timing: one token renewal, identical regenerations
            assert row.status == "ok", f"{row.measure}: {row.value}\n{output}"


def test_readme_rewrite_touches_only_the_text_between_the_markers() -> None:
    rows = [
        Row("per_call", "a | b", 1.234, "x", 1.3),
        Row("concurrency", "renewals", 2, "", 1, compare="=="),
        Row("regen", "wall time", 2.5, "s"),
    ]
    table = markdown(rows, "2026-01-01 00:00 UTC", "some CPU, 2 cores", "scripts/bench.sh")
    assert "| per_call | a \\| b | 1.23x | ≤ 1.30x | ok |" in table
    assert "| concurrency | renewals | 2 | = 1 | MISSED |" in table
    readme = f"# Title\n\nbefore\n{START}\nold table\n{END}\nafter\n"
    rewritten = replace_between_markers(readme, table)
    assert rewritten == f"# Title\n\nbefore\n{START}\n{table}\n{END}\nafter\n"
    assert replace_between_markers(rewritten, table) == rewritten
    with pytest.raises(MarkersMissing):
        replace_between_markers("# Title\nno markers\n", table)
    with pytest.raises(MarkersMissing):
        replace_between_markers(f"{END}\n{START}\n", table)


# -- the per-call speed-ups in _http.py keep httpx's URL merging ------------------------------------


@pytest.mark.parametrize(
    "base_url", ["https://beam.test", "https://beam.test/prefix/", "http://127.0.0.1:8080/v"]
)
@pytest.mark.parametrize("path", ["/agent", "agent-tasks", "/agent-tasks/a%2Fb?x=1", "/v2/user/me", ""])
def test_merged_urls_equal_httpx(base_url: str, path: str) -> None:
    ours, plain = BeamHttpClient(base_url=base_url), httpx.Client(base_url=base_url)
    for _ in range(2):  # computed, then cached
        assert ours.build_request("GET", path).url == plain.build_request("GET", path).url
    absolute = "https://elsewhere.test/file?sig=1"
    assert ours.build_request("GET", absolute).url == httpx.URL(absolute)
    assert ours.build_request("GET", httpx.URL("/agent")).url == plain.build_request("GET", "/agent").url


def test_merged_urls_follow_a_new_base_url_and_stay_bounded() -> None:
    client = BeamHttpClient(base_url="https://one.test")
    assert client.build_request("GET", "/agent").url == "https://one.test/agent"
    client.base_url = httpx.URL("https://two.test/api")
    assert client.build_request("GET", "/agent").url == "https://two.test/api/agent"
    for i in range(_MergedUrls.MAX + 10):
        assert client.build_request("GET", f"/agent-tasks/{i}").url == f"https://two.test/api/agent-tasks/{i}"
    assert len(client._merged_urls._urls) <= _MergedUrls.MAX
    assert client.build_request("GET", "/agent").url == "https://two.test/api/agent"


def test_async_client_merges_urls_too() -> None:
    client = AsyncBeamHttpClient(base_url="https://beam.test/p")
    assert client.build_request("POST", "/agent-tasks").url == "https://beam.test/p/agent-tasks"
