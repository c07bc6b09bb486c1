"""Memory while auto-paginating 100,000 tasks: `client.agent_tasks.list_all(...)` must stay flat.

Run: python bench/memory.py [--quick] [--tasks N] [--page-size N] [--json PATH]

An `httpx.MockTransport` builds each `GET /agent-tasks` page on the fly in the real envelope
(`{data: [{groupId, tasks: [...]}], totalCount}`, every task a full `MinimalAgentTask` with its task
nodes), so nothing but the page in flight exists at any time. The loop keeps only a counter.
Two passes over all pages:
  RSS          the process's resident set, sampled at every page, peak minus the start
  tracemalloc  peak of Python allocations during the walk, minus what was allocated before it
Target: growth < 20 MB (the first page is fetched before measuring, so the client, its token
and the imports of the models are not counted).
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import httpx
from _common import API_KEY, BASE_URL, WORKSPACE_ID, Row, finish, parser, task_page_body, token_pair_body

from beam_ai import Beam

TARGET_MB = 20.0
_STATUS = Path("/proc/self/status")


def rss_bytes() -> int:
    """Current resident set size (Linux /proc), else the peak so far (getrusage) as an upper bound."""
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class Pages:
    """The transport's handler: pages of `total` tasks, generated per request; samples RSS."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.token = token_pair_body(time.time() + 24 * 3600)
        self.pages = 0
        self.peak_rss = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access-token":
            return httpx.Response(200, content=self.token, headers={"content-type": "application/json"})
        self.peak_rss = max(self.peak_rss, rss_bytes())
        self.pages += 1
        page_num = int(request.url.params["pageNum"])
        page_size = int(request.url.params["pageSize"])
        body = task_page_body(page_num, page_size, self.total)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def walk(total: int, page_size: int, traced: bool) -> tuple[int, float, int]:
    """(tasks seen, seconds, growth in bytes) for one walk over every page."""
    pages = Pages(total)
    with Beam(
        api_key=API_KEY, workspace_id=WORKSPACE_ID, base_url=BASE_URL, transport=httpx.MockTransport(pages)
    ) as beam:
        beam.agent_tasks.list(page_num=1, page_size=page_size)  # token, imports, caches: not counted
        gc.collect()
        if traced:
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
        else:
            pages.peak_rss = before = rss_bytes()
        seen = 0
        start = time.perf_counter()
        for task in beam.agent_tasks.list_all(page_size=page_size):
            seen += 1 if task.id else 0
        seconds = time.perf_counter() - start
        if traced:
            growth = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.stop()
        else:
            growth = max(pages.peak_rss, rss_bytes()) - before
    expected_pages = -(-total // page_size) + 1
    assert pages.pages == expected_pages, f"{pages.pages} pages fetched, expected {expected_pages}"
    return seen, seconds, growth


def run(total: int, page_size: int) -> list[Row]:
    seen, seconds, rss = walk(total, page_size, traced=False)
    assert seen == total, f"iterated {seen} tasks, expected {total}"
    seen, _, traced = walk(total, page_size, traced=True)
    assert seen == total, f"iterated {seen} tasks, expected {total}"
    pages = -(-total // page_size)
    return [
        Row(
            "memory",
            f"RSS growth iterating {total:,} tasks ({pages:,} pages of {page_size})",
            rss / 2**20,
            "MB",
            TARGET_MB,
            f"{total / seconds:,.0f} tasks/s parsed into models",
        ),
        Row(
            "memory",
            f"tracemalloc peak growth iterating {total:,} tasks",
            traced / 2**20,
            "MB",
            TARGET_MB,
            "Python allocations: about one page of models and JSON",
        ),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--tasks", type=int, help="tasks to iterate (default 100000; --quick 500)")
    p.add_argument("--page-size", type=int, default=100, help="tasks per page (default 100, the maximum)")
    args = p.parse_args(argv)
    total = args.tasks or (500 if args.quick else 100_000)
    return finish("memory during auto-pagination", run(total, args.page_size), args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
