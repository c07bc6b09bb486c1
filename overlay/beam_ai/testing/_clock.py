"""Clocks for the fake server: a controllable one for tests and a real one for standalone use.

The fake server never reads ``time.time()`` directly; everything time-based (task progress, token expiry)
goes through a clock so tests can move time forward instead of sleeping.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Protocol


class Clock(Protocol):
    """What the fake server needs from a clock."""

    def now(self) -> float:
        """Seconds since the epoch."""
        ...

    async def sleep_until(self, deadline: float) -> None:
        """Return once ``now() >= deadline``."""
        ...


class RealClock:
    """Wall-clock time; tasks progress on their own."""

    def now(self) -> float:
        return time.time()

    async def sleep_until(self, deadline: float) -> None:
        delay = deadline - time.time()
        if delay > 0:
            await asyncio.sleep(delay)


class FakeClock:
    """A clock that only moves when a test calls :meth:`advance`.

    Coroutines waiting in :meth:`sleep_until` (possibly on the server's event loop in another thread) are
    woken on every advance, so an SSE stream progresses exactly when the test moves time.
    """

    def __init__(self, start: float | None = None) -> None:
        self._start = float(int(time.time())) if start is None else start
        self._now = self._start
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward and wake every waiter."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += seconds
            waiters = list(self._waiters)
        for loop, event in waiters:
            if not loop.is_closed():
                loop.call_soon_threadsafe(event.set)

    def reset(self) -> None:
        """Return to the start time (used between tests)."""
        with self._lock:
            self._now = self._start

    async def sleep_until(self, deadline: float) -> None:
        event = asyncio.Event()
        key = (asyncio.get_running_loop(), event)
        with self._lock:
            self._waiters.add(key)
        try:
            while self.now() < deadline:
                await event.wait()
                event.clear()
        finally:
            with self._lock:
                self._waiters.discard(key)
