"""Fork safety: per-process state (connection pools, locks) is rebuilt in a forked child on first use.

A client created before `os.fork()` (gunicorn's preload, Celery's prefork pool, multiprocessing's
fork start method) is copied into the child with its parent's pooled sockets and its locks in
whatever state they were at that instant. Reusing a copied socket lets parent and child read each
other's responses; a lock another thread held at the fork stays held forever in the child, which has
no such thread.

`ForkLocal` holds such a value and builds a fresh one the first time it is used in a new process.
The check is an integer comparison against a counter that an `os.register_at_fork` hook bumps in
the child, so the request path pays no system call. What the parent left behind is dropped without
being closed: closing a copied TLS connection would end the parent's session with the server.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

_generation = 0
_rebuild_lock = threading.Lock()


def _after_fork_in_child() -> None:
    global _generation, _rebuild_lock
    _generation += 1
    _rebuild_lock = threading.Lock()  # the parent's may have been held by a thread that is gone


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


def fork_generation() -> int:
    """How many forks separate this process from the one that imported this module first."""
    return _generation


class ForkLocal(Generic[T]):
    """A value built by `factory`, and built again in each forked child before its first use there."""

    __slots__ = ("_factory", "_generation", "_value")

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._value = factory()
        self._generation = _generation

    def get(self) -> T:
        if self._generation != _generation:
            with _rebuild_lock:
                if self._generation != _generation:
                    self._value = self._factory()
                    self._generation = _generation
        return self._value

    def current(self) -> T | None:
        """The value if it belongs to this process, else None (what the parent left is not ours)."""
        return self._value if self._generation == _generation else None


class ForkSafeTransport(httpx.BaseTransport):
    """A connection pool that a forked child replaces with its own before sending anything."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._pools = ForkLocal(factory)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pools.get().handle_request(request)

    def close(self) -> None:
        pool = self._pools.current()
        if pool is not None:
            pool.close()


class AsyncForkSafeTransport(httpx.AsyncBaseTransport):
    """Async twin of `ForkSafeTransport`, which also gets a new pool in each new event loop.

    An async connection belongs to the loop that opened it: one `AsyncBeam` used by successive
    `asyncio.run()` calls would otherwise reuse sockets of a closed loop ("Event loop is closed").
    The old loop's pool is dropped, not closed (closing needs that loop).
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._pools = ForkLocal(factory)
        self._loop: object = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._this_loops_pool().handle_async_request(request)

    def _this_loops_pool(self) -> httpx.AsyncBaseTransport:
        import asyncio  # already loaded: this runs in an event loop

        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            if self._loop is not None:
                self._pools = ForkLocal(self._factory)
            self._loop = loop
        return self._pools.get()

    async def aclose(self) -> None:
        pool = self._pools.current()
        if pool is not None:
            await self._this_loops_pool().aclose()  # an earlier loop's pool is dropped instead
