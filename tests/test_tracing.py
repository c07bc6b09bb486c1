"""OpenTelemetry spans (`Beam(tracing=...)`, the `otel` extra): a span per call, a child per attempt
following the HTTP client semantic conventions, and a task run's status changes as span events."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from drivers import Driver
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from beam_ai import Beam, InternalServerError
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    FakeClock,
)

MakeDriver = Callable[..., Driver]


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def driver(
    make_driver: MakeDriver,
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    exporter: InMemorySpanExporter,
) -> Iterator[Driver]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    clock = fake_beam.clock
    assert isinstance(clock, FakeClock)
    clock.autojump = True
    yield make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
        clock=clock,
        sleep=clock.sleep,
        tracing=provider,
    )
    clock.autojump = False


def _children(spans: tuple[ReadableSpan, ...], parent: ReadableSpan) -> list[ReadableSpan]:
    assert parent.context is not None
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


def test_a_retried_call_is_one_span_with_a_child_span_per_attempt(
    driver: Driver, fake_beam: FakeBeam, exporter: InMemorySpanExporter
) -> None:
    fake_beam.faults.add("server_error", method="GET", path="/agent-tasks/*", times=1)
    task_id = fake_beam.store.create_task(SUPPORT_AGENT_ID, "q", None, fake_beam.clock.now()).id
    driver.invoke(lambda beam: beam.agent_tasks.get(task_id))

    spans = exporter.get_finished_spans()
    (call,) = [s for s in spans if s.name == "beam_ai getTask"]
    first, second = sorted(_children(spans, call), key=lambda s: s.start_time or 0)
    assert first.name == second.name == "GET /agent-tasks/{taskId}"
    assert first.kind is SpanKind.CLIENT
    assert first.attributes is not None and second.attributes is not None
    assert first.attributes["url.template"] == "/agent-tasks/{taskId}"
    assert first.attributes["http.request.method"] == "GET"
    assert first.attributes["server.address"] == "127.0.0.1"
    assert first.attributes["http.response.status_code"] == 503
    assert first.attributes["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in first.attributes
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200
    assert str(second.attributes["beam_ai.request_id"]).startswith("fake-req-")


def test_a_failed_call_marks_its_span_as_an_error(
    driver: Driver, fake_beam: FakeBeam, exporter: InMemorySpanExporter
) -> None:
    fake_beam.faults.add("server_error", method="GET", path="/v2/user/me")
    with pytest.raises(InternalServerError):
        driver.invoke(lambda beam: beam.user.get())
    (call,) = [s for s in exporter.get_finished_spans() if s.name == "beam_ai getCurrentUser"]
    assert call.status.status_code is StatusCode.ERROR
    assert len(_children(exporter.get_finished_spans(), call)) == 3


def test_a_task_run_span_has_the_status_changes_as_events(
    driver: Driver, exporter: InMemorySpanExporter
) -> None:
    task = driver.invoke(lambda beam: beam.agent_tasks.run(SUPPORT_AGENT_ID, "hello"))
    spans = exporter.get_finished_spans()
    (run,) = [s for s in spans if s.name == "beam_ai agent_tasks.run"]
    assert [event.name for event in run.events] == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    assert run.attributes is not None
    assert run.attributes["beam_ai.task.id"] == task.id
    assert run.attributes["beam_ai.task.status"] == "COMPLETED"
    names = {s.name for s in _children(spans, run)}
    assert {"beam_ai createTask", "GET /agent-tasks/{taskId}/updates"} <= names


def test_tracing_imports_nothing_until_asked_for() -> None:
    """Installed or not, OpenTelemetry is not imported by a client that does not trace (nor by a run)."""
    probe = (
        "import sys, json, beam_ai\n"
        "beam = beam_ai.Beam(api_key='k', workspace_id='w', base_url='http://127.0.0.1:1')\n"
        "beam.agent_tasks\n"
        "print(json.dumps([m for m in sys.modules if m.startswith('opentelemetry')]))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_tracing_travels_in_a_pickle_and_a_hooked_or_provided_client_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    settings = {"workspace_id": FAKE_WORKSPACE_ID, "base_url": "http://127.0.0.1:1"}
    traced = pickle.loads(pickle.dumps(Beam(**settings, tracing=True)))
    assert traced._tracing is not None
    assert pickle.loads(pickle.dumps(Beam(**settings)))._tracing is None
    with pytest.raises(TypeError, match="tracer provider"):
        pickle.dumps(Beam(**settings, tracing=TracerProvider()))
