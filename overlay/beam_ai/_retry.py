"""Retries as an httpx transport wrapper, below auth, so token requests are retried too.

What may be retried depends on whether the server could have acted:
- GET, PUT, DELETE (idempotent): connection errors, timeouts, 408, 429, 5xx.
- POST, PATCH: only when the server provably did not act: the connection was never made
  (connect error or timeout, no pooled connection free) or it answered 429. A POST whose connection
  broke after sending may have started a task; resending it could start a second, paid one.
- The token exchange and refresh (POSTs marked `SAFE_TO_REPEAT_EXTENSION`): like GET.
- An operation the spec marks not idempotent (`REPEATABLE_EXTENSION`, e.g. a PUT that adds a
  credential): like POST, whatever its method.

Backoff is exponential with jitter, capped, and honours `Retry-After` (seconds or an HTTP date; one
beyond `max_retry_after` or unreadable falls back to backoff). A request carrying
`TIME_LEFT_EXTENSION` (a task run's deadline) is not retried past it, and each retry's timeouts are
cut to the time left. Before each attempt the request takes its turn from the process-wide
`RateLimiter` for its API and tenant, so a 429 seen by one client pauses its siblings too; that
wait is bounded by the request's patience (`patience`) and ends in a `PoolTimeout` (the client's
`APITimeoutError`: the request was not sent).
Sleep, clock and randomness are injectable so tests never really wait.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from ._constants import WORKSPACE_HEADER
from ._errors import RETRIES_MADE_EXTENSION, safe_url
from ._observe import Observer, wants_body
from ._rate_limiter import Limiters, LimiterTimeout, RateLimiter, await_turn, resume_time, wait_turn

logger = logging.getLogger("beam_ai.retry")

MAX_RETRIES_EXTENSION = "beam_ai.max_retries"
"""Request extension carrying a per-call override of `RetryPolicy.max_retries`."""

TIME_LEFT_EXTENSION = "beam_ai.time_left"
"""Request extension: seconds the caller can still wait (a task run's deadline). Retries stop when
their pause would end past it, and each attempt's timeouts are cut to what is left."""

SAFE_TO_REPEAT_EXTENSION = "beam_ai.safe_to_repeat"
"""Request extension marking a POST that may be sent twice without harm (the token exchange and
refresh): it is retried like a GET."""

REPEATABLE_EXTENSION = "beam_ai.repeatable"
"""Request extension set by the send path from the spec (`Operation.idempotent`): whether the
operation may be sent twice. It overrides the method's rule, so a PUT that adds a credential is
treated like a POST; absent (`beam.request()`), the method decides."""

MIN_TIMEOUT = 0.001
"""httpx treats 0 as "no wait at all"; a deadline already reached still gets this much."""


def cap_timeout(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """`timeout` with every phase (None: unbounded) cut to at most `seconds`."""
    seconds = max(seconds, MIN_TIMEOUT)

    def cap(value: float | None) -> float:
        return seconds if value is None else min(value, seconds)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The request never left this machine: safe to resend whatever the method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry.

    `max_retries` is retries after the first attempt (0 disables). Delay before retry n (from 0) is
    `min(max_delay, initial_delay * 2**n)` scaled by a random factor in [1 - jitter, 1]; a
    `Retry-After` of up to `max_retry_after` seconds is used instead when the server sends one.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")

    def max_retries_for(self, request: httpx.Request) -> int:
        override = request.extensions.get(MAX_RETRIES_EXTENSION)
        return self.max_retries if override is None else int(override)

    def delay(self, retry_number: int, response: httpx.Response | None) -> float:
        if response is not None:
            retry_after = self._retry_after(response)
            if retry_after is not None:
                return retry_after
        backoff = min(self.max_delay, self.initial_delay * 2.0**retry_number)
        return backoff * (1 - self.jitter * self.random())

    def retry_after(self, response: httpx.Response) -> float | None:
        """The response's usable `Retry-After` in seconds, or None."""
        return self._retry_after(response)

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("retry-after")
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - self.clock()
            except (TypeError, ValueError, OverflowError, IndexError):
                return None  # a date past year 9999 or one that is not a date at all
        if 0 <= seconds <= self.max_retry_after:
            return seconds
        return None


def repeatable(request: httpx.Request) -> bool:
    """Whether sending `request` twice is harmless: the spec's word for its operation, else its method's."""
    declared = request.extensions.get(REPEATABLE_EXTENSION)
    if declared is not None:
        return bool(declared)
    return request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(SAFE_TO_REPEAT_EXTENSION))


def patience(request: httpx.Request) -> float | None:
    """How long `request`'s caller may wait before it is sent (for its turn, or another caller's
    token renewal): its longest timeout, and never past its deadline; None when it waits forever."""
    timeouts = request.extensions.get("timeout") or {}
    values = list(timeouts.values()) if isinstance(timeouts, dict) else []
    wait = None if not values or any(v is None for v in values) else float(max(values))
    left = request.extensions.get(TIME_LEFT_EXTENSION)
    if left is not None:
        wait = float(left) if wait is None else min(wait, float(left))
    return wait


def _limiter_for(limiters: Limiters | None, request: httpx.Request) -> RateLimiter | None:
    return None if limiters is None else limiters.for_workspace(request.headers.get(WORKSPACE_HEADER))


def _timed_out(request: httpx.Request, error: LimiterTimeout) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(str(error), request=request)


def record_response(limiter: RateLimiter, policy: RetryPolicy, response: httpx.Response) -> None:
    """Tell the shared limiter about a response (a 429 pauses sibling clients; see `_rate_limiter`)."""
    retry_after = policy.retry_after(response) if response.status_code == 429 else None
    limiter.record(response.status_code, retry_after)


def should_retry_response(request: httpx.Request, response: httpx.Response) -> bool:
    if response.status_code not in RETRYABLE_STATUSES:
        return False
    return repeatable(request) or response.status_code == 429


def should_retry_error(request: httpx.Request, error: httpx.TransportError) -> bool:
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return repeatable(request)


class _Budget:
    """The caller's time limit for one request and its retries (`TIME_LEFT_EXTENSION`), if any."""

    __slots__ = ("_clock", "_deadline")

    def __init__(self, request: httpx.Request, clock: Callable[[], float]) -> None:
        left = request.extensions.get(TIME_LEFT_EXTENSION)
        self._clock = clock
        self._deadline = None if left is None else clock() + float(left)

    def allows(self, delay: float) -> bool:
        """Whether a retry after `delay` seconds still starts before the deadline."""
        return self._deadline is None or self._clock() + delay < self._deadline

    def fit(self, request: httpx.Request) -> None:
        """Cut the next attempt's timeouts to the time left."""
        if self._deadline is None:
            return
        left = max(self._deadline - self._clock(), MIN_TIMEOUT)
        timeouts = request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            request.extensions["timeout"] = {
                phase: left if value is None else min(value, left) for phase, value in timeouts.items()
            }


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, limit: int) -> None:
    logger.info(
        "retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        safe_url(request.url),
        delay,
        attempt,
        limit,
        reason,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport (normally the connection pool) with the retry policy."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
        limiters: Limiters | None = None,
        observer: Observer | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep
        self.limiters = limiters
        self.observer = observer if observer is not None else Observer()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limit = self.policy.max_retries_for(request)
        if limit:
            request.read()  # a body we may resend must be replayable
        retry, budget = 0, _Budget(request, self.policy.clock)
        resume_at: float | None = None
        limiter = _limiter_for(self.limiters, request)
        while True:
            if limiter is not None:
                try:
                    wait_turn(limiter, self._sleep, resume_at, patience(request))
                except LimiterTimeout as error:
                    raise _timed_out(request, error) from None
            attempt = self.observer.start(request, retry + 1)
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                if limiter is not None:
                    limiter.record(None, None)
                if attempt is not None:
                    self.observer.failed(attempt, error)
                if retry >= limit or not should_retry_error(request, error):
                    raise
                delay = self.policy.delay(retry, None)
                if not budget.allows(delay):
                    raise
                reason = type(error).__name__
            except BaseException:
                if limiter is not None:
                    limiter.record(None, None)  # cancelled or interrupted: no longer in flight
                raise
            else:
                if attempt is not None:
                    if wants_body(response):
                        response.read()
                    self.observer.answered(attempt, response)
                if limiter is not None:
                    record_response(limiter, self.policy, response)
                if retry >= limit or not should_retry_response(request, response):
                    return response
                delay = self.policy.delay(retry, response)
                if not budget.allows(delay):
                    return response
                reason = f"status {response.status_code}"
                response.close()
            retry += 1
            request.extensions[RETRIES_MADE_EXTENSION] = retry
            _log_retry(request, reason, delay, retry, limit)
            if attempt is not None:
                self.observer.retrying(attempt, delay)
            resume_at = resume_time(limiter, delay)
            self._sleep(delay)
            budget.fit(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of `RetryTransport`; `sleep` is a coroutine function such as `asyncio.sleep`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]],
        limiters: Limiters | None = None,
        observer: Observer | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep
        self.limiters = limiters
        self.observer = observer if observer is not None else Observer()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        limit = self.policy.max_retries_for(request)
        if limit:
            await request.aread()
        retry, budget = 0, _Budget(request, self.policy.clock)
        resume_at: float | None = None
        limiter = _limiter_for(self.limiters, request)
        while True:
            if limiter is not None:
                try:
                    await await_turn(limiter, self._sleep, resume_at, patience(request))
                except LimiterTimeout as error:
                    raise _timed_out(request, error) from None
            attempt = self.observer.start(request, retry + 1)
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                if limiter is not None:
                    limiter.record(None, None)
                if attempt is not None:
                    self.observer.failed(attempt, error)
                if retry >= limit or not should_retry_error(request, error):
                    raise
                delay = self.policy.delay(retry, None)
                if not budget.allows(delay):
                    raise
                reason = type(error).__name__
            except BaseException:
                if limiter is not None:
                    limiter.record(None, None)  # cancelled or interrupted: no longer in flight
                raise
            else:
                if attempt is not None:
                    if wants_body(response):
                        await response.aread()
                    self.observer.answered(attempt, response)
                if limiter is not None:
                    record_response(limiter, self.policy, response)
                if retry >= limit or not should_retry_response(request, response):
                    return response
                delay = self.policy.delay(retry, response)
                if not budget.allows(delay):
                    return response
                reason = f"status {response.status_code}"
                await response.aclose()
            retry += 1
            request.extensions[RETRIES_MADE_EXTENSION] = retry
            _log_retry(request, reason, delay, retry, limit)
            if attempt is not None:
                self.observer.retrying(attempt, delay)
            resume_at = resume_time(limiter, delay)
            await self._sleep(delay)
            budget.fit(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
