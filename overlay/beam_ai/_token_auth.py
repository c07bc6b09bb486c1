"""Token-exchange authentication (`Authorization: Bearer <idToken>`) as an httpx auth flow.

Why an `httpx.Auth` and not a helper the client calls first: the auth flow sits inside every
request the httpx client sends, so all generated operations get the exchange, the refresh ahead of
expiry and the one-time recovery from a 401 without any per-operation code, and the token endpoint
requests go through the same transport (and retries) as everything else.

Why `exp` is read from the JWT: Beam documents the idToken lifetime as both 10 minutes and 1 hour.
The token itself knows; we decode its payload (no signature check, we are not the audience that
verifies it) and fall back to a conservative lifetime when there is no `exp`. Whatever the clocks
say, a 401 is always recovered from once: refresh, resend, and hand a second 401 back unchanged.

Why two flows and two locks: one exchange or refresh at a time, however many threads or tasks find
the token stale at once. A sync flow holds a `threading.Lock`, an async flow an `asyncio.Lock`;
whoever holds it sends the token request and the rest reuse the new token. (Sync and async clients
sharing one instance each serialise on their own lock; at worst a rotated refresh token is refused
and the slower side exchanges the API key again.)

Why bounded waits and shared failures: a caller never waits for the lock longer than its own timeout
(an `httpx.PoolTimeout`, so its request is known not to have been sent), and when a renewal fails, the
callers that were waiting behind it fail with the same error instead of each sending its own exchange
one after another. Token requests are safe to repeat, so the retry layer retries them on 5xx and
timeouts within the calling request's retry budget (`max_retries=0`: not at all).

Secrets (API key, idToken, refreshToken) live in private attributes and never reach reprs, log
records or exception messages.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import json
import logging
import math
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._errors import REQUEST_ID_HEADERS, APIResponseValidationError, status_error
from ._fork import ForkLocal, fork_generation
from ._observe import OPERATION_EXTENSION, PARENT_SPAN_EXTENSION
from ._retry import MAX_RETRIES_EXTENSION, SAFE_TO_REPEAT_EXTENSION, TIME_LEFT_EXTENSION, patience
from ._security import check_credentials_url, same_origin
from ._token_cache import CachedToken, TokenCache, aenter_within, cache_key, enter_within

if TYPE_CHECKING:
    import asyncio

    from beam_ai_api.surface.operations import Operation

logger = logging.getLogger("beam_ai.auth")

ACCESS_TOKEN_PATH = "auth/access-token"
REFRESH_TOKEN_PATH = "auth/refresh-token"

# Steps of a token renewal: yields token endpoint requests, receives their (already read) responses.
_Renewal = Generator[httpx.Request, httpx.Response, None]


@dataclass(frozen=True)
class _Token:
    """One idToken/refreshToken pair and when to stop using it (seconds on the auth's clock)."""

    id_token: str
    refresh_token: str | None
    expires_at: float
    refresh_at: float
    invalidated: bool = False

    def __repr__(self) -> str:
        return f"_Token(expires_at={self.expires_at!r}, invalidated={self.invalidated!r})"


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT (seconds since the epoch), or None when absent or unreadable.

    Only the payload is decoded; the signature is not checked.
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    try:
        seconds = float(exp)
    except OverflowError:  # an int too large for a float (10**400): no usable expiry
        return None
    return seconds if math.isfinite(seconds) else None


def _lock_wait(request: httpx.Request) -> float | None:
    """How long `request`'s caller may wait for another caller's renewal (see `_retry.patience`)."""
    return patience(request)


def _waited_too_long(
    request: httpx.Request, wait: float | None, what: str = "the token renewal another request is running"
) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(f"waited {wait} s (the request's timeout) for {what}", request=request)


_CACHE_LOCK = "the shared token cache's lock (another process holds it)"


@functools.cache
def token_operation(path: str) -> Operation:
    """The spec's operation for a token endpoint (`auth/access-token`), found by the path this module
    sends: its operation id and URL template name the token requests in logs, hooks and spans, and
    cannot drift from the spec (a path the spec lacks is an error the tests meet first)."""
    from beam_ai_api.surface.operations import OPERATIONS  # loaded by the first request anyway

    template = "/" + path
    for operation in OPERATIONS.values():
        if operation.method == "POST" and operation.path == template:
            return operation
    raise LookupError(f"the spec has no POST {template}")


def _endpoint(base_url: httpx.URL, path: str) -> httpx.URL:
    """`path` appended to the base URL's path, as httpx merges a relative URL into `base_url`."""
    prefix = base_url.path if base_url.path.endswith("/") else base_url.path + "/"
    return base_url.copy_with(path=prefix + path, query=None, fragment=None)


class TokenExchangeAuth(httpx.Auth):
    """Exchanges the API key for an idToken, keeps it fresh, and sends it as a Bearer token.

    Args:
        api_key: dashboard API key, sent only to `POST /auth/access-token`.
        base_url: API root; the token endpoints are `<base_url>/auth/access-token` and
            `<base_url>/auth/refresh-token` (a path prefix in the base URL is kept).
        clock: seconds since the epoch; injectable so tests can move time instead of sleeping.
        refresh_margin: get a new token this many seconds before `exp` (at most half the
            token's lifetime, so a short-lived token is not renewed on every request).
        fallback_lifetime: assumed lifetime in seconds of a token without a readable `exp`.
        token_cache: shared with other processes (see `_token_cache`); renewals go through it.
        sleep: how a caller waits between tries of the token cache's lock (`time.sleep`, or the
            async client's coroutine function); injectable like `clock`.
    """

    requires_request_body = True  # a request answered with 401 is sent again

    def __init__(
        self,
        api_key: str,
        *,
        base_url: httpx.URL | str,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 60.0,
        fallback_lifetime: float = 600.0,
        token_cache: TokenCache | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        if not refresh_margin >= 0:
            raise ValueError("refresh_margin must be >= 0")
        if not fallback_lifetime > 0:
            raise ValueError("fallback_lifetime must be > 0")
        self._api_key = api_key
        self._base_url = httpx.URL(base_url)
        self._access_url = _endpoint(self._base_url, ACCESS_TOKEN_PATH)
        self._refresh_url = _endpoint(self._base_url, REFRESH_TOKEN_PATH)
        self._clock = clock
        self._refresh_margin = float(refresh_margin)
        self._fallback_lifetime = float(fallback_lifetime)
        self._token: _Token | None = None
        self._failures = 0  # renewals that failed so far; the last one's error is kept for its waiters
        self._last_failure: Exception | None = None
        self.token_cache = token_cache
        self._sleep = sleep
        self._cache_key = cache_key(api_key, self._base_url)
        self._sync_locks = ForkLocal(threading.Lock)
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None
        self._async_lock_generation = fork_generation()

    @property
    def _sync_lock(self) -> threading.Lock:
        """One renewal at a time; a new lock in a forked child (the parent's may be held forever)."""
        return self._sync_locks.get()

    def __repr__(self) -> str:
        base_url = self._base_url.copy_with(userinfo=b"")
        return f"{type(self).__name__}(api_key='***', base_url={str(base_url)!r})"

    @property
    def expires_at(self) -> float | None:
        """When the current idToken expires (seconds on the clock), or None without a usable token."""
        token = self._token
        if token is None or token.invalidated:
            return None
        return token.expires_at

    def invalidate(self) -> None:
        """Stop using the current idToken: the next request refreshes it (or exchanges the key) first."""
        token = self._token
        if token is not None:
            self._token = _Token(token.id_token, token.refresh_token, token.expires_at, -math.inf, True)

    # -- the flows -------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not same_origin(request.url, self._base_url):
            yield request  # never hand the token to another host (presigned links, webhooks)
            return
        check_credentials_url(request.url)
        request.read()
        token = self._token
        if self._stale(token):
            with self._sync_turn(request) as (failures_before, deadline):
                token = self._token
                if self._stale(token):
                    self._fail_with_renewal_since(failures_before)
                    renewal = self._sync_renewal(request, deadline, reason="stale")
                    token = yield from self._drive_sync(renewal)
        assert token is not None
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        response.read()  # hand the connection back to the pool before waiting for the lock
        with self._sync_turn(request) as (failures_before, deadline):
            current = self._token
            if current is None or current is token or current.invalidated:
                self._fail_with_renewal_since(failures_before)
                logger.info(
                    "%s %s got 401; refreshing token and resending once", request.method, request.url.path
                )
                token = yield from self._drive_sync(self._sync_renewal(request, deadline, reason="401"))
            else:
                token = current
        yield self._authorize(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not same_origin(request.url, self._base_url):
            yield request  # never hand the token to another host (presigned links, webhooks)
            return
        check_credentials_url(request.url)
        await request.aread()
        token = self._token
        if self._stale(token):
            async with self._async_turn(request) as (failures_before, deadline):
                token = self._token
                if self._stale(token):
                    self._fail_with_renewal_since(failures_before)
                    renewal = await self._async_renewal(request, deadline, reason="stale")
                    try:
                        outgoing = next(renewal)
                        while True:
                            incoming = yield outgoing
                            await incoming.aread()
                            outgoing = renewal.send(incoming)
                    except StopIteration:
                        pass
                    except BaseException as error:
                        self._note_failure(error)
                        renewal.close()  # its `finally`s run now (a shared cache's lock is released)
                        raise
                    token = self._token
        assert token is not None
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        await response.aread()  # hand the connection back to the pool before waiting for the lock
        async with self._async_turn(request) as (failures_before, deadline):
            current = self._token
            if current is None or current is token or current.invalidated:
                self._fail_with_renewal_since(failures_before)
                logger.info(
                    "%s %s got 401; refreshing token and resending once", request.method, request.url.path
                )
                renewal = await self._async_renewal(request, deadline, reason="401")
                try:
                    outgoing = next(renewal)
                    while True:
                        incoming = yield outgoing
                        await incoming.aread()
                        outgoing = renewal.send(incoming)
                except StopIteration:
                    pass
                except BaseException as error:
                    self._note_failure(error)
                    renewal.close()  # its `finally`s run now (a shared cache's lock is released)
                    raise
                token = self._token
            else:
                token = current
        assert token is not None
        yield self._authorize(request, token)

    # -- shared by both flows ----------------------------------------------------------------------

    def _drive_sync(self, renewal: _Renewal) -> Generator[httpx.Request, httpx.Response, _Token]:
        """Send a renewal's token requests, reading each response; returns the new token."""
        try:
            outgoing = next(renewal)
            while True:
                incoming = yield outgoing
                incoming.read()
                outgoing = renewal.send(incoming)
        except StopIteration:
            pass
        except BaseException as error:
            self._note_failure(error)
            renewal.close()  # its `finally`s run now (a shared cache's lock is released)
            raise
        assert self._token is not None
        return self._token

    @contextlib.contextmanager
    def _sync_turn(self, request: httpx.Request) -> Iterator[tuple[int, float | None]]:
        """Hold the lock, waiting no longer than the request's timeout; yields the failure count
        from before the wait, and the deadline (on the clock) that also bounds the cache's lock."""
        failures_before, wait = self._failures, _lock_wait(request)
        deadline = None if wait is None else self._clock() + wait
        if not self._sync_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait)
        try:
            yield failures_before, deadline
        finally:
            self._sync_lock.release()

    @contextlib.asynccontextmanager
    async def _async_turn(self, request: httpx.Request) -> AsyncIterator[tuple[int, float | None]]:
        import asyncio

        lock, failures_before, wait = self._get_async_lock(), self._failures, _lock_wait(request)
        deadline = None if wait is None else self._clock() + wait
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        try:
            yield failures_before, deadline
        finally:
            lock.release()

    def _note_failure(self, error: BaseException) -> None:
        """Remember a failed renewal for the callers waiting behind it.

        A token request that failed in the transport closes this flow: the GeneratorExit then carries
        the transport error as its context. A cancelled caller (no Exception behind it) is no failure.
        """
        cause = error.__context__ if isinstance(error, GeneratorExit) else error
        if isinstance(cause, Exception):
            self._last_failure = cause
            self._failures += 1

    def _fail_with_renewal_since(self, failures_before: int) -> None:
        """A renewal that failed while this caller waited for it fails this caller too."""
        if self._failures > failures_before and self._last_failure is not None:
            raise self._last_failure

    def _get_async_lock(self) -> asyncio.Lock:
        """The asyncio lock, created on first use (and again if used from another event loop)."""
        import asyncio  # lazily: sync-only programs never pay for importing asyncio

        loop = asyncio.get_running_loop()
        generation = fork_generation()
        if (
            self._async_lock is None
            or self._async_lock_loop is not loop
            or self._async_lock_generation != generation
        ):
            self._async_lock = asyncio.Lock()
            self._async_lock_loop = loop
            self._async_lock_generation = generation
        return self._async_lock

    def _stale(self, token: _Token | None) -> bool:
        return token is None or token.invalidated or self._clock() >= token.refresh_at

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.id_token}"
        return request

    def _sync_renewal(self, origin: httpx.Request, deadline: float | None, *, reason: str) -> _Renewal:
        """`_renew`, coordinated through the shared token cache when there is one (sync flow).

        The cache's lock is waited for until `deadline` (the caller's timeout), then the typed
        timeout; that is this caller's failure, not the renewal's (others keep their own deadline).
        """
        cache = self.token_cache
        if cache is None:
            return self._renew(origin, reason=reason)
        lock = cache.lock(self._cache_key)
        if not enter_within(lock, deadline, self._clock, self._sleep or time.sleep):
            raise _waited_too_long(origin, _lock_wait(origin), _CACHE_LOCK)
        return self._renew_holding(cache, lock, origin, reason=reason)

    async def _async_renewal(self, origin: httpx.Request, deadline: float | None, *, reason: str) -> _Renewal:
        """`_sync_renewal` for the async flow: the cache's lock is polled with the async sleep.

        Blocking on it in the event loop thread would stop the loop, and with it whichever client on
        that loop holds the lock and is waiting for its token response; polling (not a worker thread
        stuck in `flock`) keeps the wait cancellable and lets `asyncio.run` end.
        """
        cache = self.token_cache
        if cache is None:
            return self._renew(origin, reason=reason)
        lock = cache.lock(self._cache_key)
        if not await aenter_within(lock, deadline, self._clock, self._async_sleep()):
            raise _waited_too_long(origin, _lock_wait(origin), _CACHE_LOCK)
        return self._renew_holding(cache, lock, origin, reason=reason)

    def _async_sleep(self) -> Callable[[float], Awaitable[object]]:
        if self._sleep is not None:
            return cast("Callable[[float], Awaitable[object]]", self._sleep)
        import asyncio

        return asyncio.sleep

    def _renew_holding(
        self, cache: TokenCache, lock: AbstractContextManager[object], origin: httpx.Request, *, reason: str
    ) -> _Renewal:
        """With the cache's lock held (released at the end, whatever happens): adopt or renew, then store.

        A usable token another process stored is adopted without any request; otherwise the
        renewal starts from the newest pair the cache knows (its refresh token may have rotated
        since ours) and the result is stored before the lock is released.
        """
        with contextlib.ExitStack() as release:
            release.push(lock)  # its __exit__ runs at the end; it was entered by the caller
            cached = cache.get(self._cache_key)
            current = self._token
            if cached is not None and (current is None or cached.id_token != current.id_token):
                self._token = _Token(
                    cached.id_token, cached.refresh_token, cached.expires_at, cached.refresh_at
                )
                if not self._stale(self._token):
                    logger.debug("adopted a token another process renewed (%s)", reason)
                    return
            yield from self._renew(origin, reason=reason)
            token = self._token
            assert token is not None
            cache.put(
                self._cache_key,
                CachedToken(token.id_token, token.refresh_token, token.expires_at, token.refresh_at),
            )

    def _renew(self, origin: httpx.Request, *, reason: str) -> _Renewal:
        """Refresh the current token if there is a refresh token, else (or if refused) exchange the key.

        Stores the new token in `self._token`. Raises the typed status error when the exchange fails.
        """
        current = self._token
        if current is not None and current.refresh_token:
            logger.debug("refreshing token (%s)", reason)
            refresh = self._token_request(
                self._refresh_url, REFRESH_TOKEN_PATH, {"refreshToken": current.refresh_token}, origin
            )
            response = yield refresh
            if response.is_success:
                token = self._parse_pair(response)
                if token is not None:
                    self._token = token
                    logger.debug("refreshed token; valid %d s", self._lifetime(token))
                    return
                logger.warning("token refresh answered without a token pair; exchanging the API key")
            else:
                logger.info("token refresh refused (HTTP %d); exchanging the API key", response.status_code)
        exchange = self._token_request(self._access_url, ACCESS_TOKEN_PATH, {"apiKey": self._api_key}, origin)
        response = yield exchange
        if not response.is_success:
            raise status_error(_without_request_body(response))
        token = self._parse_pair(response)
        if token is None:
            # The body is not quoted: a malformed token response may still hold a token.
            raise APIResponseValidationError(
                _without_bodies(response),
                "expected a JSON object with a string idToken that can travel in a header",
            )
        self._token = token
        logger.info("exchanged API key for a token valid %d s", self._lifetime(token))

    def _token_request(
        self, url: httpx.URL, path: str, payload: dict[str, str], origin: httpx.Request
    ) -> httpx.Request:
        """A token endpoint request: no Authorization, same user-agent and timeout as `origin`; its
        operation (for logs, hooks and spans) and, when traced, a child of `origin`'s call span."""
        check_credentials_url(url)
        headers = {"accept": "application/json"}
        user_agent = origin.headers.get("user-agent")
        if user_agent:
            headers["user-agent"] = user_agent
        # Same timeout, retry budget, deadline and call span as the request it is for; safe to send again.
        extensions: dict[str, Any] = {
            name: origin.extensions[name]
            for name in ("timeout", MAX_RETRIES_EXTENSION, TIME_LEFT_EXTENSION, PARENT_SPAN_EXTENSION)
            if name in origin.extensions
        }
        extensions[SAFE_TO_REPEAT_EXTENSION] = True
        extensions[OPERATION_EXTENSION] = token_operation(path)
        return httpx.Request("POST", url, json=payload, headers=headers, extensions=extensions)

    def _parse_pair(self, response: httpx.Response) -> _Token | None:
        """The token pair in a (read) 2xx response, with its expiry; None if the body is not one."""
        try:
            body: Any = json.loads(response.content)
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
            return None
        if not isinstance(body, dict):
            return None
        id_token = body.get("idToken")
        refresh_token = body.get("refreshToken")
        # It travels as `Authorization: Bearer <idToken>`: visible ASCII only. Anything else would
        # fail in the transport, whose error quotes the header (and with it the token).
        if not isinstance(id_token, str) or not id_token or not all("!" <= c <= "~" for c in id_token):
            return None
        if not isinstance(refresh_token, str) or not refresh_token:
            refresh_token = None
        now = self._clock()
        exp = jwt_expiry(id_token)
        if exp is None or exp <= now:
            if exp is not None:
                logger.warning("token exp is already past by this clock; assuming the fallback lifetime")
            exp = now + self._fallback_lifetime
        margin = min(self._refresh_margin, (exp - now) / 2)
        return _Token(id_token, refresh_token, exp, exp - margin)

    def _lifetime(self, token: _Token) -> float:
        return token.expires_at - self._clock()


def _without_bodies(response: httpx.Response) -> httpx.Response:
    """A copy of a token response without its body or its request's body (both may hold secrets)."""
    original = response.request
    request = httpx.Request(original.method, original.url, extensions=original.extensions)
    ids = {name: value for name, value in response.headers.items() if name.lower() in REQUEST_ID_HEADERS}
    return httpx.Response(response.status_code, headers=ids, content=b"", request=request)


def _without_request_body(response: httpx.Response) -> httpx.Response:
    """The response, its request swapped for a bodiless copy so an exception cannot carry the key."""
    original = response.request
    response.request = httpx.Request(original.method, original.url, extensions=original.extensions)
    return response
