"""Lazy iteration over the API's `pageNum`/`pageSize` pages, one page in memory at a time.

Each list endpoint has its own envelope (`{agents, count}`, `{tasks, totalCount}`, records with a
`pageInfo`...), so a paginator is told how to fetch page n and how to read one page: its items and,
when the envelope says, the total. Iteration stops at the first of: an empty page, a short page,
or the documented total reached. Nothing is retained between pages, so memory stays constant.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


@dataclass(frozen=True, slots=True)
class PageReader(Generic[PageT, ItemT]):
    """How to read one page: its items, and the total across pages when the envelope gives it."""

    items: Callable[[PageT], Sequence[ItemT]]
    total: Callable[[PageT], int | None] = lambda page: None


def _is_last(items: int, page_size: int, seen: int, total: int | None) -> bool:
    return items == 0 or items < page_size or (total is not None and seen >= total)


class Paginator(Generic[PageT, ItemT]):
    """`for item in paginator` walks every item; `paginator.pages()` yields whole pages."""

    def __init__(
        self,
        fetch: Callable[[int, int], PageT],
        reader: PageReader[PageT, ItemT],
        *,
        page_size: int,
        first_page: int = 1,
    ) -> None:
        self._fetch = fetch
        self._reader = reader
        self._page_size = page_size
        self._first_page = first_page

    def pages(self) -> Iterator[PageT]:
        page_num, seen = self._first_page, 0
        while True:
            page = self._fetch(page_num, self._page_size)
            count = len(self._reader.items(page))
            seen += count
            last = _is_last(count, self._page_size, seen, self._reader.total(page))
            yield page
            del page  # before fetching the next: one page held at a time, not two
            if last:
                return
            page_num += 1

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items = self._reader.items(page)
            del page
            yield from items
            del items  # the next page is fetched when the loop resumes `pages()`


class AsyncPaginator(Generic[PageT, ItemT]):
    """`async for item in paginator` walks every item; `paginator.pages()` yields whole pages."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[PageT]],
        reader: PageReader[PageT, ItemT],
        *,
        page_size: int,
        first_page: int = 1,
    ) -> None:
        self._fetch = fetch
        self._reader = reader
        self._page_size = page_size
        self._first_page = first_page

    async def pages(self) -> AsyncIterator[PageT]:
        page_num, seen = self._first_page, 0
        while True:
            page = await self._fetch(page_num, self._page_size)
            count = len(self._reader.items(page))
            seen += count
            last = _is_last(count, self._page_size, seen, self._reader.total(page))
            yield page
            del page  # before fetching the next: one page held at a time, not two
            if last:
                return
            page_num += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = self._reader.items(page)
            del page
            for item in items:
                yield item
            del item, items  # the next page is fetched when the loop resumes `pages()`
