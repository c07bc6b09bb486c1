"""OpenTelemetry spans for a client built with `tracing=True` (`pip install 'beam-ai[otel]'`).

- A span per namespace call (`beam_ai <operationId>`), around checking, sending and parsing.
- Under it a CLIENT span per HTTP attempt, named `{method} {url.template}` as the HTTP client
  semantic conventions say, with `http.request.method`, `url.template` (the spec's path),
  `url.full` (password masked), `server.address`, `server.port`, `http.request.resend_count` (from
  the second attempt), `http.response.status_code` and `error.type`; the request id as
  `beam_ai.request_id`.
- For `agent_tasks.run`, a span whose events are the task's status changes.

`opentelemetry` is imported only when a client asks for tracing, so without it (or without the
extra installed) importing and using `beam_ai` costs nothing. Spans go to the global tracer provider
the application configures; with none configured, the API's no-op tracer drops them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import BeamConfigError, safe_url
from ._version import __version__

if TYPE_CHECKING:
    from beam_ai_api.surface.operations import Operation

    from ._client import AsyncBeam, Beam
    from ._observe import Attempt


class TracerProvider(Protocol):
    """What `tracing=` accepts besides a bool: an OpenTelemetry `TracerProvider`."""

    def get_tracer(
        self, instrumenting_module_name: str, instrumenting_library_version: str | None = None
    ) -> Any: ...


TracingOption = bool | TracerProvider


class Tracing:
    """A client's tracer and the span shapes it records."""

    __slots__ = ("_trace", "_tracer")

    def __init__(self, trace: Any, tracer: Any) -> None:
        self._trace = trace
        self._tracer = tracer

    @classmethod
    def create(cls, provider: TracerProvider | None) -> Tracing:
        """Spans to `provider`, or to the global tracer provider when None."""
        try:
            from opentelemetry import trace
        except ImportError:
            raise BeamConfigError(
                "tracing needs OpenTelemetry: pip install 'beam-ai[otel]' (opentelemetry-api)"
            ) from None
        if provider is None:
            return cls(trace, trace.get_tracer("beam_ai", __version__))
        if not callable(getattr(provider, "get_tracer", None)):
            raise BeamConfigError(f"tracing must be True, False or a TracerProvider, got {provider!r}")
        return cls(trace, provider.get_tracer("beam_ai", __version__))

    def start_attempt(self, attempt: Attempt) -> Any:
        url = attempt.request.url
        attributes: dict[str, Any] = {
            "http.request.method": attempt.method,
            "url.template": attempt.url_template,
            "url.full": safe_url(url.copy_with(query=None)),
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
        }
        if attempt.attempt > 1:
            attributes["http.request.resend_count"] = attempt.attempt - 1
        if attempt.operation_id:
            attributes["beam_ai.operation.id"] = attempt.operation_id
        return self._tracer.start_span(
            f"{attempt.method} {attempt.url_template}",
            kind=self._trace.SpanKind.CLIENT,
            attributes=attributes,
        )

    def end_attempt(self, attempt: Attempt) -> None:
        span = attempt.span
        status = attempt.status_code
        if status is not None:
            span.set_attribute("http.response.status_code", status)
            request_id = attempt.request_id
            if request_id:
                span.set_attribute("beam_ai.request_id", request_id)
            if status >= 400:
                span.set_attribute("error.type", str(status))
                span.set_status(self._trace.StatusCode.ERROR)
        if attempt.error is not None:
            span.set_attribute("error.type", type(attempt.error).__name__)
            span.set_status(self._trace.StatusCode.ERROR, type(attempt.error).__name__)
        span.end()

    @contextlib.contextmanager
    def operation(self, operation: Operation) -> Iterator[Any]:
        """The span of one namespace call; attempts started inside it are its children."""
        attributes = {"beam_ai.operation.id": operation.operation_id, "url.template": operation.path}
        with self._tracer.start_as_current_span(
            f"beam_ai {operation.operation_id}", attributes=attributes
        ) as span:
            yield span


class RunSpan:
    """`agent_tasks.run`'s span: an event per status change, the task id and final status."""

    __slots__ = ("_on_event", "handler", "span")

    def __init__(self, span: Any, on_event: Callable[[Any], object] | None) -> None:
        self.span = span
        self._on_event = on_event
        #: What `run` hands the follower as `on_event`: the caller's own when nothing is traced.
        self.handler = on_event if span is None else self._record

    def _record(self, event: Any) -> object:
        self.span.set_attribute("beam_ai.task.id", event.task_id)
        attributes = {"beam_ai.task.status": event.status, "beam_ai.task.synthesized": event.synthesized}
        if event.message:
            attributes["beam_ai.task.message"] = event.message
        self.span.add_event(event.status, attributes)
        return None if self._on_event is None else self._on_event(event)

    def finished(self, status: str) -> None:
        if self.span is not None:
            self.span.set_attribute("beam_ai.task.status", status)


@contextlib.contextmanager
def run_span(
    client: Beam | AsyncBeam, agent_id: str, on_event: Callable[[Any], object] | None
) -> Iterator[RunSpan]:
    """Around `agent_tasks.run`: a span when the client traces, else just `on_event` passed through."""
    tracing = client._tracing
    if tracing is None:
        yield RunSpan(None, on_event)
        return
    with tracing._tracer.start_as_current_span(
        "beam_ai agent_tasks.run", attributes={"beam_ai.agent.id": agent_id}
    ) as span:
        yield RunSpan(span, on_event)
