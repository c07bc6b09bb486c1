"""What a client reports about each HTTP attempt: a log line, the user's hooks, a tracing span.

The retry transport (`_retry`) calls an `Observer` around every attempt it sends, so retries,
token requests and the one resend after a 401 are each seen, with their attempt number. The send
path (`_operation`) puts the operation in the request's extensions (`OPERATION_EXTENSION`), so an
attempt knows its operation id and URL template (`/agent-tasks/{taskId}`, not the filled-in path).

- Log: `beam_ai.http` at INFO, one line per attempt (method, URL template, operation id, status,
  request id, elapsed ms, attempt); at DEBUG also the request's and response's headers (credentials
  redacted) and bodies (secret fields and anything token-shaped redacted, truncated).
  `BEAM_LOG=info|debug` sends the `beam_ai` loggers to stderr at that level (`setup_from_env`);
  any other `logging` configuration that enables them works too.
- Hooks: `on_request`, `on_response`, `on_retry` callables given to the client, each called with an
  `Attempt`.
- Tracing: a span per attempt (see `_tracing`), only when the client was built with `tracing=True`.

When nothing listens (no hook, no tracing, logging off) an attempt costs one `isEnabledFor` check.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._errors import CREDENTIAL_HEADERS, REQUEST_ID_HEADERS, BeamConfigError, mask_url_passwords, safe_url

if TYPE_CHECKING:
    from beam_ai_api.surface.operations import Operation

logger = logging.getLogger("beam_ai.http")

OPERATION_EXTENSION = "beam_ai.operation"
"""Request extension: the `Operation` (generated entry) the request sends, set by the send path."""

PARENT_SPAN_EXTENSION = "beam_ai.span"
"""Request extension: the span of the namespace call the request belongs to (`_tracing`), the
parent of each attempt's span; False when that call is not recorded (no SDK, or not sampled), so
its attempts skip tracing too."""

LOG_ENV = "BEAM_LOG"
LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
MAX_LOGGED_BODY = 2000
"""Characters of a body a DEBUG line shows; the rest is cut (with the size said)."""

REDACTED = "[redacted]"
_SECRET_FIELDS = re.compile(r"(?i)(api[-_]?key|token|secret|password|authorization|credential)")
# JWTs (the id and refresh tokens), the dashboard key's shape, and the signing parts of presigned
# URLs (a context file's download link), wherever they appear in text.
_SECRET_TEXT = re.compile(
    r"eyJ[\w-]*\.[\w-]+\.[\w-]*|bm_key_\w+"
    r"|(?i:x-amz-(?:signature|credential|security-token)|signature|sig|token)=[^&\s\"']+"
)

Hook = Callable[["Attempt"], object]
_REQUEST_ID_NAMES = frozenset(name.encode() for name in REQUEST_ID_HEADERS)


def request_id(response: httpx.Response) -> str | None:
    """The server's request id header (`x-request-id` or a similar one), in one pass over the raw
    headers: four `headers.get()` misses cost more than all the rest of a call's bookkeeping."""
    for name, value in response.headers.raw:
        if name.lower() in _REQUEST_ID_NAMES and value:
            return value.decode("latin-1")
    return None


class AttemptTracer(Protocol):
    """What the observer needs of tracing (`_tracing.Tracing`): a span per attempt."""

    def start_attempt(self, attempt: Attempt) -> Any: ...

    def end_attempt(self, attempt: Attempt) -> None: ...


class Attempt:
    """One HTTP attempt, as the hooks see it.

    `request` and `response` are the httpx objects themselves: their headers carry the credentials,
    so log `headers` / `response_headers` (redacted) rather than theirs. `attempt` counts from 1
    within one retry loop (the resend after a 401 refresh starts a new loop).
    """

    __slots__ = (
        "attempt",
        "elapsed",
        "error",
        "operation_id",
        "request",
        "response",
        "retry_delay",
        "span",
        "started",
        "url_template",
    )

    def __init__(self, request: httpx.Request, attempt: int) -> None:
        operation: Operation | None = request.extensions.get(OPERATION_EXTENSION)
        self.request = request
        self.attempt = attempt
        self.operation_id: str | None = operation.operation_id if operation is not None else None
        self.url_template: str = operation.path if operation is not None else request.url.path
        self.response: httpx.Response | None = None
        self.error: Exception | None = None
        self.elapsed: float | None = None
        """Seconds from sending to the response's headers (or to the error)."""
        self.retry_delay: float | None = None
        """For `on_retry`: seconds until the next attempt."""
        self.span: Any = None
        self.started = time.perf_counter()

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def url(self) -> str:
        """The request URL, a password in it masked."""
        return safe_url(self.request.url)

    @property
    def status_code(self) -> int | None:
        return None if self.response is None else self.response.status_code

    @property
    def request_id(self) -> str | None:
        """The server's request id (`x-request-id` or a similar header), when it answered."""
        return None if self.response is None else request_id(self.response)

    @property
    def headers(self) -> dict[str, str]:
        """The request's headers, credentials redacted."""
        return redact_headers(self.request.headers)

    @property
    def response_headers(self) -> dict[str, str]:
        """The response's headers, credentials (`set-cookie`) redacted; empty without a response."""
        return {} if self.response is None else redact_headers(self.response.headers)

    def __repr__(self) -> str:
        outcome = self.status_code if self.error is None else type(self.error).__name__
        return (
            f"Attempt({self.method} {self.url_template}, operation_id={self.operation_id!r}, "
            f"attempt={self.attempt}, outcome={outcome!r}, request_id={self.request_id!r})"
        )


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    """Credential headers redacted; a URL's password in any other (a redirect's `Location`) masked."""
    return {
        name: REDACTED if name.lower() in CREDENTIAL_HEADERS else mask_url_passwords(value)
        for name, value in headers.items()
    }


def _redact_text(text: str) -> str:
    return mask_url_passwords(_SECRET_TEXT.sub(REDACTED, text))


def _redact_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: REDACTED if isinstance(key, str) and _SECRET_FIELDS.search(key) else _redact_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json(item) for item in value]
    if isinstance(value, str):
        return _redact_text(value)
    return value


def redact_body(content: bytes, content_type: str) -> str:
    """A body for a DEBUG line: JSON with secret fields redacted, text with token-shaped strings
    redacted, anything else by its size; cut at `MAX_LOGGED_BODY` characters."""
    if not content:
        return "(empty)"
    if "json" in content_type:
        try:
            text = json.dumps(_redact_json(json.loads(content)), ensure_ascii=False)
        except (ValueError, RecursionError):
            text = _redact_text(content.decode("utf-8", "replace"))
    elif content_type.startswith("text/") or "x-www-form-urlencoded" in content_type:
        text = _redact_text(content.decode("utf-8", "replace"))
        if "x-www-form-urlencoded" in content_type:
            text = re.sub(r"(?i)((?:api[-_]?key|token|secret|password)[^=&]*=)[^&]*", rf"\1{REDACTED}", text)
    else:
        return f"({len(content)} bytes of {content_type or 'unknown type'})"
    if len(text) > MAX_LOGGED_BODY:
        return f"{text[:MAX_LOGGED_BODY]}... ({len(content)} bytes in all)"
    return text


def _request_body(request: httpx.Request) -> str:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed upload not yet read: never read it just to log it
        return "(streamed)"
    return redact_body(content, request.headers.get("content-type", ""))


def _response_body(response: httpx.Response) -> str:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return "(not read: streamed)"
    return redact_body(content, response.headers.get("content-type", ""))


def wants_body(response: httpx.Response) -> bool:
    """At DEBUG, read a response in the transport to log it (never an event stream)."""
    return logger.isEnabledFor(logging.DEBUG) and not response.headers.get("content-type", "").startswith(
        "text/event-stream"
    )


def _log(attempt: Attempt) -> None:
    outcome = (
        f"status={attempt.status_code}" if attempt.error is None else f"error={type(attempt.error).__name__}"
    )
    elapsed_ms = (attempt.elapsed or 0.0) * 1000
    logger.info(
        "%s %s operation=%s %s request_id=%s elapsed_ms=%.1f attempt=%d",
        attempt.method,
        attempt.url_template,
        attempt.operation_id or "-",
        outcome,
        attempt.request_id or "-",
        elapsed_ms,
        attempt.attempt,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s attempt=%d request headers=%s body=%s",
            attempt.method,
            attempt.url,
            attempt.attempt,
            attempt.headers,
            _request_body(attempt.request),
        )
        if attempt.response is not None:
            logger.debug(
                "%s %s attempt=%d response headers=%s body=%s",
                attempt.method,
                attempt.url,
                attempt.attempt,
                attempt.response_headers,
                _response_body(attempt.response),
            )


class Observer:
    """The hooks and tracing of one client, called by its retry transport around every attempt."""

    __slots__ = ("on_request", "on_response", "on_retry", "tracing")

    def __init__(
        self,
        *,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
        tracing: AttemptTracer | None = None,
    ) -> None:
        for name, hook in (("on_request", on_request), ("on_response", on_response), ("on_retry", on_retry)):
            if hook is not None and not callable(hook):
                raise BeamConfigError(f"{name} must be callable or None, got {type(hook).__name__}")
        self.on_request = on_request
        self.on_response = on_response
        self.on_retry = on_retry
        self.tracing = tracing

    @property
    def custom(self) -> bool:
        """Whether the user gave hooks (such a client cannot be rebuilt from settings in a pickle)."""
        return any(hook is not None for hook in (self.on_request, self.on_response, self.on_retry))

    def start(self, request: httpx.Request, number: int) -> Attempt | None:
        """Before an attempt is sent; None when nobody listens (the attempt is then not observed)."""
        tracing = self.tracing
        if tracing is not None and request.extensions.get(PARENT_SPAN_EXTENSION) is False:
            tracing = None  # its call is not recorded: neither are its attempts
        if not (self.on_request or self.on_response or self.on_retry or tracing) and not (
            logger.isEnabledFor(logging.INFO)
        ):
            return None
        attempt = Attempt(request, number)
        if tracing is not None:
            attempt.span = tracing.start_attempt(attempt)
        if self.on_request is not None:
            self.on_request(attempt)
        return attempt

    def answered(self, attempt: Attempt, response: httpx.Response) -> None:
        attempt.elapsed = time.perf_counter() - attempt.started
        attempt.response = response
        if response.is_closed:
            # Read already (by the transport for a DEBUG line, see `wants_body`): httpx times a
            # response when it closes it, which it then never does, and `response.elapsed` (a raw
            # response's too) would raise. It is the same span of time, measured here.
            response.elapsed = datetime.timedelta(seconds=attempt.elapsed)
        self._finish(attempt)
        if self.on_response is not None:
            self.on_response(attempt)

    def failed(self, attempt: Attempt, error: Exception) -> None:
        attempt.elapsed = time.perf_counter() - attempt.started
        attempt.error = error
        self._finish(attempt)

    def retrying(self, attempt: Attempt, delay: float) -> None:
        attempt.retry_delay = delay
        if self.on_retry is not None:
            self.on_retry(attempt)

    def _finish(self, attempt: Attempt) -> None:
        if logger.isEnabledFor(logging.INFO):
            _log(attempt)
        if attempt.span is not None and self.tracing is not None:
            self.tracing.end_attempt(attempt)


_configured: list[logging.Handler] = []


def setup_from_env(environ: Mapping[str, str] = os.environ) -> None:
    """`BEAM_LOG=info|debug`: the `beam_ai` loggers at that level, to stderr (once per process)."""
    value = environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    level = LOG_LEVELS.get(value)
    if level is None:
        raise BeamConfigError(f"{LOG_ENV} must be one of {', '.join(LOG_LEVELS)}; got {value!r}")
    package_logger = logging.getLogger("beam_ai")
    package_logger.setLevel(level)
    if not _configured:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        package_logger.addHandler(handler)
        _configured.append(handler)
