"""Pagination never silently drops or repeats items (issue 12, Medium).

End to end against the fake with its page-size cap (a server serving 20 per page whatever was asked),
and the walking rules on their own with scripted pages for what no sane fake does (a server ignoring
`pageNum`, a total of an odd type).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from drivers import Driver

from beam_ai import PaginationError
from beam_ai._pagination import AsyncPaginator, PageReader, Paginator
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]
Page = dict[str, Any]
READER: PageReader[Page, str] = PageReader(items=lambda page: page["items"], total=lambda page: page["total"])


def _add_tasks(fake: FakeBeam, count: int) -> int:
    with fake.store.lock:
        for n in range(count):
            fake.store.create_task(SUPPORT_AGENT_ID, f"q{n}", "", fake.clock.now())
        return len(fake.store.tasks)


def test_a_capped_page_size_still_yields_every_item(
    make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    total = _add_tasks(fake_beam, 95 - len(fake_beam.store.tasks))
    assert total == 95
    fake_beam.quirks.max_page_size = 20  # asked 100, served 20
    driver = make_driver(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url)
    paginator = driver.client.agent_tasks.list_all(page_size=100)
    if isinstance(paginator, Paginator):
        ids = [task.id for task in paginator]
    else:

        async def collect() -> list[Any]:
            return [task.id async for task in paginator]

        ids = driver._run(collect())
    assert len(ids) == 95 and len(set(ids)) == 95
    assert fake_beam.requests.count("GET", "/agent-tasks") == 5


def _pages(*pages: Page) -> Callable[[int, int], Page]:
    def fetch(page_num: int, page_size: int) -> Page:
        return pages[min(page_num, len(pages)) - 1]

    return fetch


def walk(kind: str, fetch: Callable[[int, int], Page], page_size: int = 3) -> list[str]:
    if kind == "sync":
        return list(Paginator(fetch, READER, page_size=page_size))

    async def afetch(page_num: int, size: int) -> Page:
        return fetch(page_num, size)

    async def collect() -> list[str]:
        return [item async for item in AsyncPaginator(afetch, READER, page_size=page_size)]

    return asyncio.run(collect())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_a_page_repeating_the_previous_one_raises_instead_of_looping(kind: str) -> None:
    same = {"items": ["a", "b", "c"], "total": 9}  # the server ignores pageNum
    asked: list[int] = []

    def fetch(page_num: int, page_size: int) -> Page:
        asked.append(page_num)
        assert page_num <= 3, "kept fetching a repeating page"
        return same

    with pytest.raises(PaginationError, match="repeats page 1"):
        walk(kind, fetch)
    assert asked == [1, 2]


@KINDS
@pytest.mark.parametrize(("total", "expected"), [("5", 5), (5.0, 5), (None, 5)])
def test_a_total_of_another_type_is_coerced(kind: str, total: Any, expected: int) -> None:
    fetch = _pages({"items": ["a", "b", "c"], "total": total}, {"items": ["d", "e"], "total": total})
    assert len(walk(kind, fetch)) == expected


@KINDS
@pytest.mark.parametrize("total", ["many", [5], 2.5, True])
def test_a_total_that_is_not_a_count_raises_a_beam_error(kind: str, total: Any) -> None:
    fetch = _pages({"items": ["a", "b", "c"], "total": total})
    with pytest.raises(PaginationError, match="total") as caught:
        walk(kind, fetch)
    # The message shows what came instead, so the user can tell a server bug from a proxy page.
    assert f"{type(total).__name__} {str(total)!r}" in str(caught.value)


@KINDS
def test_a_list_of_nothing_is_empty(kind: str) -> None:
    assert walk(kind, _pages({"items": [], "total": 0})) == []
