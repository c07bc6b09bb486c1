"""The fake's rate limit knob: a token bucket over every route, answering 429 with `Retry-After`.

Off by default. ``fake.rate_limit.set(per_second=10)`` admits 10 requests a second on the fake's
clock, with bursts of up to ``burst`` (default: one second's worth); a refused request gets a 429
whose ``Retry-After`` is the whole seconds until the bucket has a token again, as servers send it.
"""

from __future__ import annotations

import math
import threading

from ._clock import Clock


class RateLimit:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.per_second: float | None = None
        self.burst = 0.0
        self._tokens = 0.0
        self._updated = 0.0
        self.admitted = 0
        self.refused = 0
        self.refusal_times: list[float] = []  # on the fake's clock

    def set(self, per_second: float | None, *, burst: int | None = None) -> None:
        """Limit to ``per_second`` requests (None: no limit); counters start again."""
        if per_second is not None and not per_second > 0:
            raise ValueError("per_second must be > 0 or None")
        with self._lock:
            self.per_second = per_second
            self.burst = float(burst if burst is not None else math.ceil(per_second or 0))
            self._tokens = self.burst
            self._updated = self._clock.now()
            self.admitted = self.refused = 0
            self.refusal_times = []

    def take(self) -> int | None:
        """None when the request is admitted, else the `Retry-After` seconds to answer with."""
        with self._lock:
            if self.per_second is None:
                return None
            now = self._clock.now()
            self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.per_second)
            self._updated = now
            if self._tokens >= 1:
                self._tokens -= 1
                self.admitted += 1
                return None
            self.refused += 1
            self.refusal_times.append(now)
            return max(1, math.ceil((1 - self._tokens) / self.per_second))
