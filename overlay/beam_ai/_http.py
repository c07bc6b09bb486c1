"""httpx clients that raise this package's exceptions, so every caller (namespaces, the raw
generated functions, `client.request`) gets typed errors without per-operation code.

`send` is the one place every request passes through after auth, redirects and retries; errors
are raised here rather than in a response hook because the auth flow must still see a 401 to
refresh and resend. `_send_single_request` is the one place every hop passes through (the request
itself, the token requests sent on its behalf, each redirect), before the transport and httpx's
own log line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ._errors import APIConnectionError, APITimeoutError, BeamValidationError, safe_url, status_error
from ._retry import NOT_SENT_ERRORS, SAFE_TO_REPEAT_EXTENSION, repeatable


def _failed_request(request: httpx.Request, error: httpx.TransportError) -> httpx.Request:
    """The request that actually failed: a token exchange/refresh sent on `request`'s behalf, or itself."""
    try:
        failed = error.request
    except RuntimeError:  # httpx raises when the error was created without its request
        return request
    if failed is request or not failed.extensions.get(SAFE_TO_REPEAT_EXTENSION):
        return request
    return httpx.Request(failed.method, failed.url, extensions=failed.extensions)  # no body: it holds the key


def connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    """Our exception for a transport failure, saying whether the server may have acted.

    When the token request sent first on `request`'s behalf failed, the error names it, and the
    outcome is known: `request` itself was never sent.
    """
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    failed = _failed_request(request, error)
    what = "timed out" if cls is APITimeoutError else "failed"
    if failed is not request:
        message = (
            f"{failed.method} {safe_url(failed.url)} (the token request {request.method} "
            f"{request.url.path} needed first) {what}: {type(error).__name__}: {error}. "
            f"{request.method} {request.url.path} was not sent."
        )
        return cls(message, request=failed, outcome_unknown=False)
    outcome_unknown = not repeatable(request) and not isinstance(error, NOT_SENT_ERRORS)
    message = f"{request.method} {safe_url(request.url)} {what}: {type(error).__name__}: {error}"
    if outcome_unknown:
        message += (
            ". The connection broke after the request was sent, so the outcome is unknown: the server"
            " may have acted on it. It was not retried; check its effect before sending it again."
        )
    return cls(message, request=request, outcome_unknown=outcome_unknown)


def without_userinfo(request: httpx.Request) -> httpx.Request:
    """`request` with any `user:password@` taken out of its URL (in place), before anything shows it.

    A password can come in with the base URL (`https://gw:pass@host`) or an absolute URL given to
    `request()` / `http`. It is never sent: httpx turns userinfo into `Authorization: Basic` only for a
    client without auth of its own, and this client's auth always applies (the token or key, or
    nothing to another origin), so the wire is the same with or without it. Kept in the URL, though,
    it shows everywhere the URL does: httpx's `HTTP Request:` log line, `repr(request)`, an
    exception's `request` and `response.url`, the hooks' `Attempt.request`, span attributes, any
    instrumentation of httpx. Dropping it here, rather than filtering the `httpx` logger, covers all
    of them at once, including readers this package does not know about; a filter covers one logger
    and only while it stays installed.
    """
    if request.url.userinfo:
        request.url = request.url.copy_with(userinfo=b"")
    return request


_TOKEN_PATHS = ("/auth/access-token", "/auth/refresh-token")


def _without_token_responses(response: httpx.Response) -> httpx.Response:
    """Drop the token exchange/refresh responses httpx keeps in `history`: their bodies hold tokens."""
    if response.history:
        response.history = [r for r in response.history if not r.request.url.path.endswith(_TOKEN_PATHS)]
    return response


class _MergedUrls:
    """Relative path -> absolute URL, remembered per client and per base URL.

    httpx parses the path, then the merged URL again, for every request: two URL parses, about a
    tenth of a small GET (bench/per_call.py). Operations send a handful of distinct paths, so each
    is merged once. What is stored is what httpx's own `_merge_url` returned; an entry counts only
    for the `base_url` object it was merged with (replacing `base_url` makes a new object); at
    `MAX` paths (paths carrying ids are many) the table starts over. httpx URLs are immutable, so
    requests can share one. Thread-safe: at worst two threads both merge the same path.
    """

    MAX = 256

    __slots__ = ("_urls",)

    def __init__(self) -> None:
        self._urls: dict[str, tuple[httpx.URL, httpx.URL]] = {}

    def get(
        self, base_url: httpx.URL, url: httpx.URL | str, merge: Callable[[httpx.URL | str], httpx.URL]
    ) -> httpx.URL:
        if type(url) is not str:
            return merge(url)
        hit = self._urls.get(url)
        if hit is not None and hit[0] is base_url:
            return hit[1]
        merged = merge(url)
        if len(self._urls) >= self.MAX:
            self._urls = {}
        self._urls[url] = (base_url, merged)
        return merged


class _NoCookies(httpx.Cookies):
    """A cookie jar that never takes a cookie from a response.

    The Beam API authenticates with headers and sets no cookies we need. A cookie a proxy or load
    balancer sets would otherwise be replayed on every later request, across workspaces sharing
    the pool. And httpx builds two `urllib.request` compatibility objects per response just to look
    for `Set-Cookie`: about 27 µs, a sixth of a 20-agent GET (bench/per_call.py).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _too_deep() -> BeamValidationError:
    return BeamValidationError("body", "nested too deeply to encode as JSON; nothing was sent")


class BeamHttpClient(httpx.Client):
    """An `httpx.Client` whose `send` raises `APIStatusError`s and `APIConnectionError`s."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._merged_urls = _MergedUrls()
        self._no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty: this client keeps no cookies (see `_NoCookies`)."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("a Beam client keeps no cookies; send a Cookie header yourself if you need one")

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except RecursionError:  # json.dumps of a deeply nested body, before anything is sent
            raise _too_deep() from None

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._merged_urls.get(self.base_url, url, super()._merge_url)

    def _send_single_request(self, request: httpx.Request) -> httpx.Response:
        return super()._send_single_request(without_userinfo(request))

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        without_userinfo(request)  # also for an error raised before any hop (waiting for a token)
        try:
            response = super().send(request, stream=stream, **kwargs)
        except httpx.TransportError as error:
            raise connection_error(request, error) from error
        if response.status_code >= 400:
            try:
                response.read()
            finally:
                response.close()
            raise status_error(_without_token_responses(response))
        return _without_token_responses(response)


class AsyncBeamHttpClient(httpx.AsyncClient):
    """Async twin of `BeamHttpClient`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._merged_urls = _MergedUrls()
        self._no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty: this client keeps no cookies (see `_NoCookies`)."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("a Beam client keeps no cookies; send a Cookie header yourself if you need one")

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except RecursionError:  # json.dumps of a deeply nested body, before anything is sent
            raise _too_deep() from None

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._merged_urls.get(self.base_url, url, super()._merge_url)

    async def _send_single_request(self, request: httpx.Request) -> httpx.Response:
        return await super()._send_single_request(without_userinfo(request))

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        without_userinfo(request)  # also for an error raised before any hop (waiting for a token)
        try:
            response = await super().send(request, stream=stream, **kwargs)
        except httpx.TransportError as error:
            raise connection_error(request, error) from error
        if response.status_code >= 400:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise status_error(_without_token_responses(response))
        return _without_token_responses(response)
