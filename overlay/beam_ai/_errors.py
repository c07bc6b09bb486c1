"""The exceptions users catch: one base class, status errors per status, transport errors.

Messages carry the method, URL, status and the server's own message, never a header or body field
that could hold a credential (the request body of the token exchange is never quoted).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "x-correlation-id", "request-id")


def safe_url(url: httpx.URL | str) -> str:
    """`url` as text for messages, reprs and logs: a password in it (`https://gw:pass@host`) masked."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if not parsed.password:
        return str(parsed)
    username = parsed.userinfo.partition(b":")[0]
    return str(parsed.copy_with(userinfo=username + b":***"))


class BeamError(Exception):
    """Base class of every exception this package raises on purpose."""


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
    """429: too many requests; raised once the retries (which honour `Retry-After`) are used up."""


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
