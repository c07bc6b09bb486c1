"""A back-off shared by every client in a process that talks to the same API as the same tenant.

Without it each client discovers a rate limit alone: fifty threads each get their own 429, each
sleep their own `Retry-After`, and all wake together to be refused again. With it, the first 429
with a `Retry-After` pauses every sibling until then, and the limiter learns the rate the server
allowed just before refusing (the successes of the last `Retry-After` window), then spaces request
starts to a little under that rate. A quota known in advance can be set (`Beam(rate_limit=10)`):
requests are then paced from the first one.

Before the storm: while a limiter is cold (its first `WARM_AFTER` answers), requests that start
while others are still in flight are spaced `COLD_SPACING` apart, so fifty callers starting
together reach the server over a few milliseconds instead of all at once, and the first 429 comes
back while only one or two more are on their way (instead of fifty). A lone caller never waits, and
against a server that takes longer than the spacing per request the spacing costs nothing. Once
warm, until a 429 a request pays a clock read and a few comparisons (no lock).

After learning: the learned rate may be an underestimate, so after `RELAX_AFTER` seconds without a
429 the limiter probes a step faster (`RELAX_STEP`); a 429 during a probe goes back to the last rate
that held, and the next probe waits twice as long with half the step, so a steady limit costs a
handful of refusals an hour. A 429 at a rate that had held means the limit dropped: slow down by
`SLOW_DOWN_FACTOR`.

Every wait is bounded by the caller's patience (its timeout, or its deadline's time left): a pause
that outlasts it is waited only that long, then the caller gets `LimiterTimeout` (the transport
raises it as a timeout). Waits use the client's sleep, so async waits are cancellable.

Limiters are shared per (API origin, credential, workspace, clock, sleep kind): what the server
counts is a tenant's requests, so one tenant's 429 never stalls another's (the credential is kept
as a salted digest, never as the key). Clients with the real clock share one; a test that injects
its own clock or sleep gets its own, so tests cannot slow each other down. `reset_shared_limiters()`
forgets what every limiter in the process learned (for test suites: one test's 429 must not pace
the next test).
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable

from ._fork import ForkLocal

# Pace at this share of the rate measured before the first 429: a margin for clock drift.
SAFETY = 0.97
RELAX_AFTER = 10.0  # seconds without a 429 before the pace is probed faster
RELAX_STEP = 0.03  # a probe is this much faster (interval x (1 - step)); halved after a failed probe
MIN_RELAX_STEP = 0.005
MIN_EVIDENCE = 3  # admitted requests in the window before a 429 needed to learn a pace from it
SLOW_DOWN_FACTOR = 1.25
LEARNING_WINDOW = 1.0  # at least this many seconds of successes before a 429 measure the rate
COLD_SPACING = 0.002  # seconds between concurrent request starts while the limiter is cold
WARM_AFTER = 100  # answers after which a limiter without a 429 is warm (no cold spacing)
MAX_WORKSPACES = 256  # limiters one client remembers by workspace before starting over


class LimiterTimeout(Exception):
    """The caller's patience ran out while waiting for its turn (the transport raises a timeout)."""

    def __init__(self, waited: float, pause: float) -> None:
        super().__init__(
            f"waited {waited:.3g} s (the request's timeout or time left) for the shared rate-limit"
            f" pause, which had {pause:.3g} s to go (a 429's Retry-After); the request was not sent"
        )
        self.waited = waited


class RateLimiter:
    """Shared pause and pace for one tenant's requests to one API (thread-safe; async tasks use it too)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._locks = ForkLocal(threading.Lock)
        self._floor = 0.0  # the spacing a configured rate (`set_rate`) never goes below
        self.keep_alive: object = None  # what the shared registry's key refers to by identity
        self.reset()

    def reset(self) -> None:
        """Forget every pause, pace and measure (a configured rate stays)."""
        self._paused_until = -math.inf
        self._interval = self._floor  # seconds between request starts; 0 until a 429 was seen
        self._next_start = -math.inf
        self._epoch = 0  # bumped by each new pause: a slot reserved before it is void
        self._last_429 = -math.inf
        self._relaxed_at = -math.inf
        self._good = 0.0  # the last interval that held for a whole probe wait (0: none yet)
        self._probe_wait = RELAX_AFTER
        self._step = RELAX_STEP
        self._accepted: deque[float] = deque(maxlen=1024)
        self._answers = 0
        self._in_flight = 0

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

    def warm(self) -> bool:
        """Past the first `WARM_AFTER` answers, or pacing: no cold spacing, nothing counted in flight."""
        return self._answers >= WARM_AFTER or self._interval != 0.0

    def reserve(self, not_before: float | None = None, within: float | None = None) -> tuple[float, int]:
        """Seconds to wait before sending, with the epoch of the reservation (see `still_valid`).

        `not_before`: when a retry's own backoff ends (it has already slept until then, though an
        injected sleep may not have moved the clock); its own `Retry-After` is not waited twice.
        `within`: the caller's patience; a turn further away than that is not booked (the delay is
        still returned, so the caller knows it cannot wait for it).
        """
        now = self._clock()
        if not_before is not None and not_before > now:
            now = not_before
        with self._locks.get():
            cold = not self.warm()
            if self._interval == 0.0 and now >= self._paused_until and (not cold or self._in_flight == 0):
                if cold:  # nothing else in flight: go, and space whoever starts next
                    self._next_start = max(self._next_start, now + COLD_SPACING)
                    self._in_flight += 1
                return 0.0, self._epoch
            if self._interval and now - max(self._last_429, self._relaxed_at) > self._probe_wait:
                self._relax(now)
            spacing = self._interval or COLD_SPACING
            start = max(now, self._paused_until, self._next_start)
            if within is not None and start - now > within:
                return start - now, self._epoch
            self._next_start = start + spacing
            if cold:
                self._in_flight += 1
            return start - now, self._epoch

    def _relax(self, now: float) -> None:
        """The pace held for a whole probe wait: remember it as good and try a step faster."""
        self._good = self._interval
        self._interval = max(self._floor, self._interval * (1 - self._step))
        self._relaxed_at = now

    def release(self) -> None:
        """A reserved turn was not used after all (the caller gave up waiting for it)."""
        with self._locks.get():
            self._in_flight = max(0, self._in_flight - 1)  # counted only while cold; never below 0

    def still_valid(self, epoch: int) -> bool:
        """False when a pause began after the slot was reserved: reserve again."""
        return epoch == self._epoch

    def record(self, status_code: int | None, retry_after: float | None) -> None:
        """Note the end of a request (`status_code` None: no answer): successes measure the rate,
        a 429 sets the pace and, when it says `Retry-After`, pauses everyone until then (without
        one, each request backs off alone)."""
        now = self._clock()
        if status_code != 429 and self.warm():  # the hot path: no lock
            if status_code is not None:
                self._accepted.append(now)
            return
        with self._locks.get():
            self._in_flight = max(0, self._in_flight - 1)
            if status_code is None:
                return
            self._answers += 1
            if status_code != 429:
                self._accepted.append(now)
                return
            self._refused(now, retry_after)

    def _refused(self, now: float, retry_after: float | None) -> None:
        window = max(retry_after or 0.0, LEARNING_WINDOW)
        new_episode = now - self._last_429 > window
        self._last_429 = now
        if retry_after is not None and now + retry_after > self._paused_until:
            self._paused_until = now + retry_after
            self._next_start = self._paused_until
            self._epoch += 1
        if not new_episode:
            return  # the rest of one burst of refusals: already accounted for
        if self._interval and self._good and self._interval < self._good:
            # A probe went too fast: back to the pace that held; probe later, and by less.
            self._interval = self._good
            self._probe_wait *= 2
            self._step = max(MIN_RELAX_STEP, self._step / 2)
            return
        if self._interval:
            self._interval *= SLOW_DOWN_FACTOR  # refused at a pace that held: the limit dropped
            self._good = 0.0
            return
        recent = sum(1 for accepted in self._accepted if accepted >= now - window)
        if recent >= MIN_EVIDENCE:  # a lone 429 says little about the rate: just pause
            self._interval = max(self._floor, window / recent / SAFETY)


_shared: weakref.WeakValueDictionary[tuple[object, ...], RateLimiter] = weakref.WeakValueDictionary()
_shared_lock = ForkLocal(threading.Lock)
_SALT = os.urandom(16)


def credential_digest(secret: str) -> bytes:
    """What identifies a tenant's credential in the registry: a salted digest, never the secret."""
    return hashlib.blake2b(secret.encode(), key=_SALT, digest_size=16).digest()


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
    origin: str,
    clock: Callable[[], float],
    sleep: object,
    rate_limit: float | None = None,
    tenant: tuple[object, ...] = (),
) -> RateLimiter:
    """The process-wide limiter for `origin` and `tenant` among clients on this clock and kind of sleep."""
    sleep_kind = "real" if _real_sleep(sleep) else sleep
    key = (origin, *tenant, _key_part(clock), _key_part(sleep_kind))
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
    """Forget every pause and pace learned in this process (each client's `rate_limit=` stays).

    For test suites: a 429 one test provoked must not pause or pace the next one.
    """
    with _shared_lock.get():
        limiters = list(_shared.values())
    for limiter in limiters:
        with limiter._locks.get():
            limiter.reset()


class Limiters:
    """The shared limiters one client's requests take turns from, by the workspace each request
    names (clients derived with `with_workspace` share the transport, so the choice is per request)."""

    __slots__ = ("_by_workspace", "_clock", "_credential", "_origin", "_rate", "_sleep")

    def __init__(
        self,
        origin: str,
        credential: str,
        clock: Callable[[], float],
        sleep: object,
        rate_limit: float | None = None,
    ) -> None:
        self._origin = origin
        self._credential = credential_digest(credential)
        self._clock = clock
        self._sleep = sleep
        self._rate = rate_limit
        self._by_workspace: dict[str | None, RateLimiter] = {}

    def __repr__(self) -> str:
        return f"Limiters(origin={self._origin!r}, workspaces={len(self._by_workspace)})"

    def for_workspace(self, workspace: str | None) -> RateLimiter:
        """The limiter for requests naming `workspace` (None: requests naming none, such as the
        token exchange, share the credential's own)."""
        limiter = self._by_workspace.get(workspace)
        if limiter is None:
            tenant = (self._credential, workspace)
            limiter = shared_limiter(self._origin, self._clock, self._sleep, self._rate, tenant)
            if len(self._by_workspace) >= MAX_WORKSPACES:
                self._by_workspace = {}
            self._by_workspace[workspace] = limiter
        return limiter


def resume_time(limiter: RateLimiter | None, delay: float) -> float | None:
    """When a retry that is about to sleep `delay` seconds may go again (see `RateLimiter.reserve`)."""
    return None if limiter is None else limiter.now() + delay


def _fast_path(limiter: RateLimiter, not_before: float | None) -> bool:
    """No wait and no bookkeeping at all: warm, no pause, no pace (a clock read and comparisons)."""
    return not_before is None and limiter.idle() and limiter.warm()


def wait_turn(
    limiter: RateLimiter,
    sleep: Callable[[float], None],
    not_before: float | None = None,
    patience: float | None = None,
) -> None:
    """Block until the shared limiter lets this request go; `LimiterTimeout` after `patience` s."""
    if _fast_path(limiter, not_before):
        return
    started = limiter.now()
    while True:
        left = None if patience is None else max(0.0, patience - (limiter.now() - started))
        delay, epoch = limiter.reserve(not_before, left)
        not_before = None
        if left is not None and delay > left:
            sleep(left)
            raise LimiterTimeout(patience or 0.0, delay - left)
        if delay <= 0:
            return
        try:
            sleep(delay)
        except BaseException:
            limiter.release()
            raise
        if limiter.still_valid(epoch):
            return
        limiter.release()


async def await_turn(
    limiter: RateLimiter,
    sleep: Callable[[float], Awaitable[None]],
    not_before: float | None = None,
    patience: float | None = None,
) -> None:
    """Async twin of `wait_turn` (cancellable wherever `sleep` is, as `asyncio.sleep` is)."""
    if _fast_path(limiter, not_before):
        return
    started = limiter.now()
    while True:
        left = None if patience is None else max(0.0, patience - (limiter.now() - started))
        delay, epoch = limiter.reserve(not_before, left)
        not_before = None
        if left is not None and delay > left:
            await sleep(left)
            raise LimiterTimeout(patience or 0.0, delay - left)
        if delay <= 0:
            return
        try:
            await sleep(delay)
        except BaseException:
            limiter.release()
            raise
        if limiter.still_valid(epoch):
            return
        limiter.release()
