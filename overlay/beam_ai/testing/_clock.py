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
    """A clock that moves only when told to: by :meth:`advance`, or, with ``autojump``, by whoever waits.

    Manual (``autojump=False``, the default): time stands still until a test calls :meth:`advance`.
    Coroutines waiting in :meth:`sleep_until` (possibly on the server's event loop in another thread)
    are woken on every advance, so an SSE stream progresses exactly when the test moves time.

    Autojump (``autojump=True``; what the pytest plugin's ``beam`` / ``async_beam`` fixtures switch
    on): a wait ends at once, the clock jumping to its end. A task streamed by the server jumps
    QUEUED -> IN_PROGRESS -> COMPLETED in no real time, and a client built with
    ``clock=fake_clock, sleep=fake_clock.sleep`` backs off, polls and honours ``Retry-After``
    without sleeping. Nothing moves while nobody waits: a task read twice in a row shows the same
    status.

    The clock is callable (``clock()`` is ``now()``), so it can be handed to ``Beam(clock=...)``.
    """

    def __init__(self, start: float | None = None, *, autojump: bool = False) -> None:
        self._start = float(int(time.time())) if start is None else start
        self._now = self._start
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.autojump = self._autojump = autojump

    def now(self) -> float:
        with self._lock:
            return self._now

    def __call__(self) -> float:
        return self.now()

    def sleep(self, seconds: float) -> None:
        """A client's ``sleep``: moves the clock instead of waiting (whatever ``autojump`` says)."""
        if seconds > 0:
            self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        """An async client's ``sleep``: moves the clock, then lets other coroutines run once."""
        self.sleep(seconds)
        await asyncio.sleep(0)

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
        """Return to the start time and the mode it was built with (used between tests: a test that
        switched ``autojump`` on leaves the next one the manual clock)."""
        with self._lock:
            self._now = self._start
        self.autojump = self._autojump

    async def sleep_until(self, deadline: float) -> None:
        if self.autojump:
            self.advance(max(deadline - self.now(), 0.0))  # wakes any waiter still on manual time
            await asyncio.sleep(0)
            return
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
