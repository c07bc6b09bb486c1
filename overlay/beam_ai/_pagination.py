"""Lazy iteration over the API's `pageNum`/`pageSize` pages, one page in memory at a time.

Each list endpoint has its own envelope (`{agents, count}`, `{tasks, totalCount}`, records with a
`pageInfo`...), so a paginator is told how to fetch page n and how to read one page: its items and,
when the envelope says, the total. Iteration stops at an empty page, or when the total is reached;
without a total, at a short page. A short page is not trusted over the total: servers cap the page
size below what was asked (asked 100, got 20), so the next page is fetched while the total says more
exist. A page that repeats the previous one (a server ignoring `pageNum`) raises `PaginationError`
instead of looping or yielding duplicates. Nothing but a digest is kept between pages, so memory
stays constant.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from beam_ai_api.types import Unset

from ._errors import PaginationError

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


@dataclass(frozen=True, slots=True)
class PageReader(Generic[PageT, ItemT]):
    """How to read one page: its items, and the total across pages when the envelope gives it."""

    items: Callable[[PageT], Sequence[ItemT]]
    total: Callable[[PageT], Any] = lambda page: None
    """The envelope's total: an int, or None/UNSET when it has none (other types are coerced)."""


def _as_total(value: Any) -> int | None:
    """The envelope's total as an int; None when absent. A total that is not a count raises."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise PaginationError(f"the list's total is not a count: {type(value).__name__} {str(value)[:40]!r}")


def _digest(items: Sequence[Any]) -> bytes:
    """What identifies a page's contents: item ids where there are, else their reprs."""
    hasher = hashlib.blake2b(digest_size=16)
    for item in items:
        key = getattr(item, "id", None)
        hasher.update((key if isinstance(key, str) and key else repr(item)).encode())
        hasher.update(b"\0")
    return hasher.digest()


class _Walk:
    """Bookkeeping of one walk through the pages: items seen, the previous page's digest."""

    __slots__ = ("page_num", "previous", "seen")

    def __init__(self, first_page: int) -> None:
        self.page_num, self.seen = first_page, 0
        self.previous: bytes | None = None

    def is_last(self, items: Sequence[Any], page_size: int, total: Any) -> bool:
        """Count the page; True when it is the last. Raises `PaginationError` on a repeated page."""
        count = len(items)
        if count:
            digest = _digest(items)
            if digest == self.previous:
                raise PaginationError(
                    f"page {self.page_num} repeats page {self.page_num - 1} (the server seems to ignore"
                    f" pageNum); stopped after {self.seen} items instead of yielding them again"
                )
            self.previous = digest
        self.seen += count
        known = _as_total(total)
        if count == 0:
            return True
        if known is not None:
            return self.seen >= known
        return count < page_size


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
        walk = _Walk(self._first_page)
        while True:
            page = self._fetch(walk.page_num, self._page_size)
            last = walk.is_last(self._reader.items(page), self._page_size, self._reader.total(page))
            yield page
            del page  # before fetching the next: one page held at a time, not two
            if last:
                return
            walk.page_num += 1

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
        walk = _Walk(self._first_page)
        while True:
            page = await self._fetch(walk.page_num, self._page_size)
            last = walk.is_last(self._reader.items(page), self._page_size, self._reader.total(page))
            yield page
            del page  # before fetching the next: one page held at a time, not two
            if last:
                return
            walk.page_num += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = self._reader.items(page)
            del page
            for item in items:
                yield item
            del items  # the next page is fetched when the loop resumes `pages()`
