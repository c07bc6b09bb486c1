"""The exceptions users catch: one base class, status errors per status, transport errors.

Messages carry the method, URL, status and the server's own message, never a header or body field
that could hold a credential (the request body of the token exchange is never quoted).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import httpx

RETRIES_MADE_EXTENSION = "beam_ai.retries_made"
"""Request extension the retry transport sets to how many times it resent the request so far."""

REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "x-correlation-id", "request-id")
# Never carried across a process boundary inside a pickled exception.
CREDENTIAL_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization"})


def safe_url(url: httpx.URL | str) -> str:
    """`url` as text for messages, reprs and logs: a password in it (`https://gw:pass@host`) masked."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if not parsed.password:
        return str(parsed)
    username = parsed.userinfo.partition(b":")[0]
    return str(parsed.copy_with(userinfo=username + b":***"))


_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/?#@:\"']*:)[^\s/?#@\"']*@")


def mask_url_passwords(text: str) -> str:
    """Free text (a body, a header value, a link quoted in a message) with the password of every URL
    in it masked as `safe_url` masks one (`https://gw:***@host`); the rest unchanged."""
    return _URL_PASSWORD.sub(r"\1***@", text) if "@" in text else text


class BeamError(Exception):
    """Base class of every exception this package raises on purpose.

    Every subclass pickles (process pools, Celery, Dask hand exceptions back to the parent): the
    message and attributes survive; a request or response it carries is replaced by a copy without
    credential headers, request body or connection state (see `_sanitized`).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _sanitized(value) for name, value in self.__dict__.items()}
        return _rebuild_error, (type(self), self.args, state)


def _rebuild_error(cls: type[BeamError], args: tuple[Any, ...], state: dict[str, Any]) -> BeamError:
    """Unpickle without calling `__init__` (whose signature differs per class)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _safe_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(name, value) for name, value in headers.multi_items() if name.lower() not in CREDENTIAL_HEADERS]


def _safe_request(request: httpx.Request) -> httpx.Request:
    """Method, URL (no userinfo) and non-credential headers; the body (a token exchange's holds the key) is dropped."""
    return httpx.Request(
        request.method, request.url.copy_with(userinfo=b""), headers=_safe_headers(request.headers)
    )


def _safe_response(response: httpx.Response) -> httpx.Response:
    """Status, non-credential headers and the body as read; no history, request sanitized."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    request = response._request  # the `request` property raises when there is none
    return httpx.Response(
        response.status_code,
        headers=_safe_headers(response.headers),
        content=content,
        request=_safe_request(request) if request is not None else None,
    )


def _sanitized(value: Any) -> Any:
    if isinstance(value, httpx.Request):
        return _safe_request(value)
    if isinstance(value, httpx.Response):
        return _safe_response(value)
    return value


class BeamConfigError(BeamError, ValueError):
    """The client was configured wrongly (missing key or workspace, unsafe base URL, bad option)."""


class BeamValidationError(BeamError, ValueError):
    """An argument broke a documented constraint; raised before any request is sent.

    `field` names the offending argument as the caller spelled it (e.g. ``name`` or ``page_size``).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class PaginationError(BeamError):
    """Walking a list's pages went wrong in a way that would drop or repeat items.

    Raised when a page repeats the one before it (the server ignores `pageNum`) or the envelope's
    total is not a count. Items already yielded were correct; the rest were not fetched.
    """


class APIConnectionError(BeamError):
    """The request did not produce an HTTP response (DNS, refused, reset, dropped, TLS...).

    `outcome_unknown` is True when the request may have reached the server and been acted on
    (the connection broke after it was sent). Such a POST is not retried, because repeating it
    could, for example, start the same paid task twice.
    """

    def __init__(self, message: str, *, request: httpx.Request, outcome_unknown: bool = False) -> None:
        super().__init__(message)
        self.request = request
        self.method = request.method
        self.url = safe_url(request.url)
        self.outcome_unknown = outcome_unknown


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def parse_body(response: httpx.Response) -> Any:
    """The response body as JSON when it parses, else as text (an HTML error page, say)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        return response.text


def _server_message(body: Any) -> str | None:
    """The NestJS `message` (a string or a list of strings), if the body has one."""
    if not isinstance(body, dict):
        return None
    message = body.get("message")
    if isinstance(message, list):
        return "; ".join(str(item) for item in message)
    if message is None:
        return None
    return str(message)


class APIResponseError(BeamError):
    """Something is wrong with an HTTP response; carries the response, its status and body."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = safe_url(response.request.url)
        self.body = body
        self.request_id = _request_id(response.headers)


class APIStatusError(APIResponseError):
    """The server answered with a 4xx or 5xx status. `body` is the parsed JSON (or text)."""

    def __init__(self, response: httpx.Response) -> None:
        body = parse_body(response)
        detail = _server_message(body)
        if detail is None and isinstance(body, str) and body.strip():
            detail = _first_line(body)
        message = f"{response.request.method} {safe_url(response.request.url)} -> {response.status_code}"
        if detail:
            message += f": {detail}"
        request_id = _request_id(response.headers)
        if request_id:
            message += f" (request id {request_id})"
        super().__init__(message, response=response, body=body)


class APIResponseValidationError(APIResponseError):
    """A successful status with a body that is not what the API documents.

    Raised for non-JSON bodies (an HTML page from a proxy), truncated JSON and bodies missing a
    required field. `body` is the raw text so nothing the server sent is lost.
    """

    def __init__(self, response: httpx.Response, reason: str) -> None:
        text = response.text if response.content else ""
        message = (
            f"{response.request.method} {safe_url(response.request.url)} -> {response.status_code}: "
            f"malformed response body ({reason})"
        )
        super().__init__(message, response=response, body=text)
        self.reason = reason


def _first_line(text: str, limit: int = 200) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[:limit] + "..."


class BadRequestError(APIStatusError):
    """400: the request broke a server-side rule; `body["message"]` often lists each field."""


class AuthenticationError(APIStatusError):
    """401: the API key, token or refresh token was refused (after one refresh and resend)."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (often a workspace the key does not belong to)."""


class NotFoundError(APIStatusError):
    """404: no such resource in this workspace."""


class ConflictError(APIStatusError):
    """409: the resource's state does not allow this (e.g. a task that is not waiting for input)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests; raised once the retries (which honour `Retry-After`) are used up.

    `retry_after`: the seconds the server asked to wait (its `Retry-After`), or None; `retries`: how
    many times the request was already resent before this answer. Both are in the message too.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.retry_after = _retry_after_seconds(response.headers.get("retry-after"))
        self.retries = int(response.request.extensions.get(RETRIES_MADE_EXTENSION, 0))
        wait = "" if self.retry_after is None else f"; the server asks to wait {self.retry_after:g} s"
        self.args = (
            f"{self.args[0]} (after {self.retries} {_plural(self.retries, 'retry', 'retries')}{wait})",
        )


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` as seconds from now (a number, or an HTTP date), or None when absent or unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils
        import time

        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


class InternalServerError(APIStatusError):
    """5xx: the server or a gateway in front of it failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for an error response. The response body must already be read."""
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(response)


# Tracebacks and reprs name the public path (`beam_ai.NotFoundError`), as openai's and anthropic's
# do; pickles refer to it too, and `beam_ai` exports every one of these names.
for _public in (
    BeamError,
    BeamConfigError,
    BeamValidationError,
    PaginationError,
    APIConnectionError,
    APITimeoutError,
    APIResponseError,
    APIStatusError,
    APIResponseValidationError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
):
    _public.__module__ = "beam_ai"
