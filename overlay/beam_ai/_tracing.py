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
from ._observe import PARENT_SPAN_EXTENSION
from ._version import __version__

if TYPE_CHECKING:
    from beam_ai_api.surface.operations import Operation

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
        parent = attempt.request.extensions.get(PARENT_SPAN_EXTENSION)  # None or a recording span
        span = self._tracer.start_span(
            f"{attempt.method} {attempt.url_template}",
            context=None if parent is None else self._trace.set_span_in_context(parent),
            kind=self._trace.SpanKind.CLIENT,
            attributes={"http.request.method": attempt.method, "url.template": attempt.url_template},
        )
        if not span.is_recording():  # no SDK configured, or not sampled: skip the rest
            return span
        url = attempt.request.url
        span.set_attribute("url.full", safe_url(url))
        span.set_attribute("server.address", url.host)
        span.set_attribute("server.port", url.port or (443 if url.scheme == "https" else 80))
        if attempt.attempt > 1:
            span.set_attribute("http.request.resend_count", attempt.attempt - 1)
        if attempt.operation_id:
            span.set_attribute("beam_ai.operation.id", attempt.operation_id)
        return span

    def end_attempt(self, attempt: Attempt) -> None:
        span = attempt.span
        if not span.is_recording():
            span.end()
            return
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

    def operation(self, operation: Operation, request_kwargs: dict[str, Any]) -> _OperationSpan:
        """The span of one namespace call, as a context manager. It is not made the current span
        (attaching a context costs more than the span): its attempts find it in the request's
        extensions instead, and take it as their parent."""
        span = self._tracer.start_span(
            f"beam_ai {operation.operation_id}",
            attributes={"beam_ai.operation.id": operation.operation_id, "url.template": operation.path},
        )
        request_kwargs["extensions"][PARENT_SPAN_EXTENSION] = span if span.is_recording() else False
        return _OperationSpan(self._trace, span)


class _OperationSpan:
    __slots__ = ("_trace", "span")

    def __init__(self, trace: Any, span: Any) -> None:
        self._trace = trace
        self.span = span

    def __enter__(self) -> Any:
        return self.span

    def __exit__(self, exc_type: type[BaseException] | None, error: BaseException | None, tb: object) -> None:
        if error is not None:
            self.span.record_exception(error)
            self.span.set_attribute("error.type", type(error).__name__)
            self.span.set_status(self._trace.StatusCode.ERROR, type(error).__name__)
        self.span.end()


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
    tracing: Tracing | None, agent_id: str, on_event: Callable[[Any], object] | None
) -> Iterator[RunSpan]:
    """Around `agent_tasks.run`: a span when the client traces, else just `on_event` passed through."""
    if tracing is None:
        yield RunSpan(None, on_event)
        return
    with tracing._tracer.start_as_current_span(
        "beam_ai agent_tasks.run", attributes={"beam_ai.agent.id": agent_id}
    ) as span:
        yield RunSpan(span, on_event)
