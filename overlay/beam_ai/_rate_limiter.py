"""A back-off shared by every client in a process that talks to the same API.

Without it each client discovers a rate limit alone: fifty threads each get their own 429, each
sleep their own `Retry-After`, and all wake together to be refused again. With it, the first 429
with a `Retry-After` pauses every sibling until then, and the limiter learns the rate the server
allowed just before refusing (the successes of the last `Retry-After` window), then spaces request
starts to a little under that rate. That rate can be an underestimate (the callers may not have
kept the server busy), so the pace quickens by a tenth after every 10 s without a 429, which also
finds a raised limit again; a 429 while pacing slows it by a quarter. A quota known in advance can be set
(`Beam(rate_limit=10)`): requests are then paced from the first one, so not even the first burst
of a crowd of callers is refused.

Until the first 429 a request pays a clock read and two comparisons. Limiters are shared per
(API origin, clock, sleep kind): clients with the real clock share one; a test that injects its own
clock or sleep gets its own, so tests cannot slow each other down.
"""

from __future__ import annotations

import math
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable

from ._fork import ForkLocal

# Pace at this share of the rate measured before the first 429: a margin for clock drift.
SAFETY = 0.97
RELAX_AFTER = 10.0  # seconds without a 429 before the pace is relaxed
RELAX_FACTOR = 0.9
MIN_EVIDENCE = 3  # admitted requests in the window before a 429 needed to learn a pace from it
SLOW_DOWN_FACTOR = 1.25
LEARNING_WINDOW = 1.0  # at least this many seconds of successes before a 429 measure the rate


class RateLimiter:
    """Shared pause and pace for requests to one API origin (thread-safe; async tasks use it too)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._locks = ForkLocal(threading.Lock)
        self._paused_until = -math.inf
        self._interval = 0.0  # seconds between request starts; 0 until a 429 was seen
        self._floor = 0.0  # the spacing a configured rate (`set_rate`) never goes below
        self._next_start = -math.inf
        self._epoch = 0  # bumped by each new pause: a slot reserved before it is void
        self._last_429 = -math.inf
        self._relaxed_at = -math.inf
        self._accepted: deque[float] = deque(maxlen=1024)
        self.keep_alive: object = None  # what the shared registry's key refers to by identity

    @property
    def interval(self) -> float:
        """The learned spacing between request starts in seconds (0: not pacing)."""
        return self._interval

    def set_rate(self, per_second: float) -> None:
        """Never start more than `per_second` requests a second (a quota known in advance)."""
        with self._locks.get():
            self._floor = max(self._floor, 1.0 / per_second)
            self._interval = max(self._interval, self._floor)

    def now(self) -> float:
        return self._clock()

    def idle(self) -> bool:
        """True while there is neither a pause nor a pace: a request goes at once (the hot path)."""
        return self._interval == 0.0 and self._clock() >= self._paused_until

    def reserve(self, not_before: float | None = None) -> tuple[float, int]:
        """Seconds to wait before sending, with the epoch of the reservation (see `still_valid`).

        `not_before`: when a retry's own backoff ends (it has already slept until then, though an
        injected sleep may not have moved the clock); its own `Retry-After` is not waited twice.
        """
        now = self._clock()
        if not_before is not None and not_before > now:
            now = not_before
        if self._interval == 0.0 and now >= self._paused_until:
            return 0.0, self._epoch
        with self._locks.get():
            if self._interval and now - max(self._last_429, self._relaxed_at) > RELAX_AFTER:
                self._interval = max(self._floor, self._interval * RELAX_FACTOR)
                self._relaxed_at = now
            start = max(now, self._paused_until, self._next_start)
            self._next_start = start + self._interval
            return start - now, self._epoch

    def reset(self) -> None:
        """Forget every pause, learned pace and measurement; a configured `set_rate` stays."""
        with self._locks.get():
            self._paused_until = self._next_start = self._last_429 = self._relaxed_at = -math.inf
            self._interval = self._floor
            self._epoch += 1
            self._accepted.clear()

    def still_valid(self, epoch: int) -> bool:
        """False when a pause began after the slot was reserved: reserve again."""
        return epoch == self._epoch

    def record(self, status_code: int, retry_after: float | None) -> None:
        """Note a response: successes measure the rate, a 429 sets the pace and, when it says
        `Retry-After`, pauses everyone until then (without one, each request backs off alone)."""
        now = self._clock()
        if status_code != 429:
            self._accepted.append(now)
            return
        window = max(retry_after or 0.0, LEARNING_WINDOW)
        with self._locks.get():
            new_episode = now - self._last_429 > window
            self._last_429 = now
            if retry_after is not None and now + retry_after > self._paused_until:
                self._paused_until = now + retry_after
                self._next_start = self._paused_until
                self._epoch += 1
            if not new_episode:
                return  # the rest of one burst of refusals: already accounted for
            if self._interval:
                self._interval *= SLOW_DOWN_FACTOR
                return
            recent = sum(1 for accepted in self._accepted if accepted >= now - window)
            if recent >= MIN_EVIDENCE:  # a lone 429 says little about the rate: just pause
                self._interval = window / recent / SAFETY


_shared: weakref.WeakValueDictionary[tuple[object, ...], RateLimiter] = weakref.WeakValueDictionary()
_shared_lock = ForkLocal(threading.Lock)


def _real_sleep(sleep: object) -> bool:
    if sleep is None or sleep is time.sleep:
        return True
    import sys

    asyncio = sys.modules.get("asyncio")
    return asyncio is not None and sleep is asyncio.sleep


def _key_part(value: object) -> object:
    """`value` itself when hashable (bound methods of one object are equal), else its identity."""
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))  # the limiter keeps `value` alive, so the id is not reused meanwhile
    return value


def shared_limiter(
    origin: str, clock: Callable[[], float], sleep: object, rate_limit: float | None = None
) -> RateLimiter:
    """The process-wide limiter for `origin` among clients on this clock and kind of sleep."""
    sleep_kind = "real" if _real_sleep(sleep) else sleep
    key = (origin, _key_part(clock), _key_part(sleep_kind))
    with _shared_lock.get():
        limiter = _shared.get(key)
        if limiter is None:
            limiter = RateLimiter(clock)
            limiter.keep_alive = sleep_kind
            _shared[key] = limiter
    if rate_limit is not None:
        limiter.set_rate(rate_limit)
    return limiter


def reset_shared_limiters() -> None:
    """Reset every process-wide limiter (the pytest plugin does, so one test's 429 never slows the next)."""
    with _shared_lock.get():
        limiters = list(_shared.values())
    for limiter in limiters:
        limiter.reset()


def resume_time(limiter: RateLimiter | None, delay: float) -> float | None:
    """When a retry that is about to sleep `delay` seconds may go again (see `RateLimiter.reserve`)."""
    return None if limiter is None else limiter.now() + delay


def wait_turn(limiter: RateLimiter, sleep: Callable[[float], None], not_before: float | None = None) -> None:
    """Block until the shared limiter lets this request go."""
    if not_before is None and limiter.idle():
        return
    while True:
        delay, epoch = limiter.reserve(not_before)
        not_before = None
        if delay <= 0:
            return
        sleep(delay)
        if limiter.still_valid(epoch):
            return


async def await_turn(
    limiter: RateLimiter, sleep: Callable[[float], Awaitable[None]], not_before: float | None = None
) -> None:
    """Async twin of `wait_turn`."""
    if not_before is None and limiter.idle():
        return
    while True:
        delay, epoch = limiter.reserve(not_before)
        not_before = None
        if delay <= 0:
            return
        await sleep(delay)
        if limiter.still_valid(epoch):
            return
