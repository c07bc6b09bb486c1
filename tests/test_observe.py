"""What a user sees of each HTTP attempt: the `beam_ai.http` log line (`BEAM_LOG`) and the hooks."""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from beam_ai import Beam, BeamConfigError, InternalServerError
from beam_ai._observe import Attempt, redact_body
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    FakeClock,
)

MakeDriver = Callable[..., Driver]
LINE = re.compile(
    r"(?P<method>[A-Z]+) (?P<template>\S+) operation=(?P<operation>\S+) status=(?P<status>\d+) "
    r"request_id=(?P<request_id>\S+) elapsed_ms=(?P<elapsed>[\d.]+) attempt=(?P<attempt>\d+)$"
)


@pytest.fixture
def driver(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> Iterator[Driver]:
    """A client on the fake's clock in autojump mode: tasks run to their end, back-offs take no time."""
    clock = fake_beam.clock
    assert isinstance(clock, FakeClock)
    clock.autojump = True
    yield make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=clock,
        sleep=clock.sleep,
    )
    clock.autojump = False


def _lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, str]]:
    found = []
    for record in caplog.records:
        if record.name == "beam_ai.http" and record.levelno == logging.INFO:
            match = LINE.match(record.getMessage())
            assert match, record.getMessage()
            found.append(match.groupdict())
    return found


def test_each_attempt_of_a_retried_and_a_failing_call_is_one_line_with_its_request_id(
    driver: Driver, fake_beam: FakeBeam, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="beam_ai.http")
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1)
    fake_beam.faults.add("server_error", method="GET", path="/v2/user/me")
    driver.invoke(lambda beam: beam.agents.list())
    with pytest.raises(InternalServerError) as failed:
        driver.invoke(lambda beam: beam.user.get())

    lines = [line for line in _lines(caplog) if line["template"] != "/auth/access-token"]
    shown = [(ln["method"], ln["template"], ln["operation"], ln["status"], ln["attempt"]) for ln in lines]
    assert shown == [
        ("GET", "/agent", "listAgents", "429", "1"),
        ("GET", "/agent", "listAgents", "200", "2"),
        ("GET", "/v2/user/me", "getCurrentUser", "503", "1"),
        ("GET", "/v2/user/me", "getCurrentUser", "503", "2"),
        ("GET", "/v2/user/me", "getCurrentUser", "503", "3"),
    ]
    request_ids = [line["request_id"] for line in lines]
    assert len(set(request_ids)) == 5 and all(rid.startswith("fake-req-") for rid in request_ids)
    assert request_ids[-1] == failed.value.request_id  # the last line is the attempt the error reports


def test_a_task_run_logs_url_templates_not_ids(driver: Driver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="beam_ai.http")
    driver.invoke(lambda beam: beam.agent_tasks.run(SUPPORT_AGENT_ID, "hello"))
    templates = {line["template"]: line["operation"] for line in _lines(caplog)}
    assert templates["/agent-tasks"] == "createTask"
    assert templates["/agent-tasks/{taskId}/updates"] == "getTaskUpdates"


def test_debug_adds_redacted_headers_and_truncated_redacted_bodies(
    driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="beam_ai.http")
    tasks = driver.invoke(lambda beam: beam.agent_tasks.list())
    detail = [
        r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and r.name == "beam_ai.http"
    ]
    exchange = [line for line in detail if "/auth/access-token" in line]
    assert any('"apiKey": "[redacted]"' in line for line in exchange)  # the request body
    assert any('"idToken": "[redacted]"' in line for line in exchange)  # the response body
    assert any("'authorization': '[redacted]'" in line for line in detail)
    listing = [line for line in detail if "response" in line and "/agent-tasks" in line]
    assert listing and all("bytes in all)" in line for line in listing)  # cut, the full size said
    assert all(len(line) < 4000 for line in detail)
    token = driver.client._auth._token  # type: ignore[attr-defined]
    secrets = [FAKE_API_KEY, token.id_token, token.refresh_token]
    assert [s[:10] for s in secrets if s in caplog.text] == []
    assert tasks is not None


def test_at_debug_a_response_still_knows_how_long_it_took(
    driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    """DEBUG reads each body in the transport to log it; httpx, finding it read, never timed it, and
    `elapsed` raised (every `with_raw_response` call failed with BEAM_LOG=debug)."""
    caplog.set_level(logging.DEBUG, logger="beam_ai.http")
    raw = driver.invoke(lambda beam: beam.user.with_raw_response.get())
    response = driver.request("GET", "/agent")
    assert raw.elapsed > 0 and response.elapsed.total_seconds() > 0
    assert any("response headers=" in r.getMessage() and "/agent " in r.getMessage() for r in caplog.records)


def test_beam_log_debug_prints_each_attempt_to_stderr_without_secrets(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    """The switch itself, in a fresh process: no logging configured but `BEAM_LOG=debug` (and httpx's
    own logger to stderr too, where a URL's password would show first)."""
    password, other_password = "gateway-pass-829", "absolute-pass-314"
    url = fake_beam_server.url.replace("http://", f"http://gw:{password}@")
    absolute = fake_beam_server.url.replace("http://", f"http://u:{other_password}@") + "/v2/user/me"
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1)
    fake_beam.faults.add("server_error", method="GET", path="/v2/user/me")
    script = (
        "import logging, sys\n"
        "from beam_ai import Beam\n"
        "httpx_logger = logging.getLogger('httpx')\n"
        "httpx_logger.addHandler(logging.StreamHandler(sys.stderr)); httpx_logger.setLevel(logging.DEBUG)\n"
        f"beam = Beam(api_key={FAKE_API_KEY!r}, workspace_id={FAKE_WORKSPACE_ID!r}, base_url={url!r},"
        " sleep=lambda s: None)\n"
        "beam.agents.list()\n"
        "try:\n    beam.user.get()\nexcept Exception as error:\n    print(error.request_id)\n"
        f"try:\n    beam.request('GET', {absolute!r}, max_retries=0)\n"
        "except Exception as error:\n    print(repr(error), repr(error.request), file=sys.stderr)\n"
    )
    env = {**os.environ, "BEAM_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    attempts = [line for line in result.stderr.splitlines() if "INFO beam_ai.http:" in line][:-1]
    assert [
        re.search(r"status=(\d+) request_id=fake-req-\d+ .* attempt=(\d)", a).groups() for a in attempts
    ] == [  # type: ignore[union-attr]
        ("201", "1"),  # the token exchange
        ("429", "1"),
        ("200", "2"),
        ("503", "1"),
        ("503", "2"),
        ("503", "3"),
    ]
    assert result.stdout.strip() in attempts[-1]  # the error's request id is the last attempt's
    assert "DEBUG beam_ai.http:" in result.stderr
    assert result.stderr.count("HTTP Request: ") == 4  # httpx logs each call once (retries are below it)
    assert "InternalServerError('GET http://127.0.0.1" in result.stderr  # the absolute URL's call failed
    for secret in (FAKE_API_KEY, password, other_password, "eyJ"):  # the key, URL passwords, any JWT
        assert secret not in result.stderr


def test_an_unknown_beam_log_value_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEAM_LOG", "verbose")
    with pytest.raises(BeamConfigError, match="BEAM_LOG"):
        Beam(api_key="k", workspace_id="w", base_url="http://127.0.0.1:1")


def test_hooks_see_every_attempt_inside_the_retry_loop(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    seen: list[tuple[str, Any]] = []

    def hook(name: str) -> Callable[[Attempt], None]:
        return lambda attempt: seen.append(
            (name, attempt.operation_id, attempt.attempt, attempt.status_code, attempt.retry_delay)
        )

    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
        sleep=lambda seconds: None,
        on_request=hook("request"),
        on_response=hook("response"),
        on_retry=hook("retry"),
    )
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1, retry_after=3)
    driver.invoke(lambda beam: beam.agents.list())
    assert seen == [
        ("request", "listAgents", 1, None, None),
        ("response", "listAgents", 1, 429, None),
        ("retry", "listAgents", 1, 429, 3.0),
        ("request", "listAgents", 2, None, None),
        ("response", "listAgents", 2, 200, None),
    ]


def test_token_requests_say_which_operation_they_are_in_logs_hooks_and_spans(
    make_driver: MakeDriver, caplog: pytest.LogCaptureFixture
) -> None:
    """The exchange and the refresh carry the spec's operation id and URL template (they read
    `operation=-` before), and their spans sit under the call that needed the token."""
    now = [1_000_000.0]
    mock = MockBeam(lambda request: json_response(200, {"id": "u1"}), now=lambda: now[0])
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    hooked: list[tuple[str | None, str]] = []
    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        clock=lambda: now[0],
        on_request=lambda attempt: hooked.append((attempt.operation_id, attempt.url_template)),
        tracing=provider,
    )
    caplog.set_level(logging.INFO, logger="beam_ai.http")
    driver.invoke(lambda beam: beam.user.get())  # exchanges the key first
    now[0] += 600  # the token expired: the next call refreshes it
    driver.invoke(lambda beam: beam.user.get())

    expected = [
        ("createAccessToken", "/auth/access-token"),
        ("getCurrentUser", "/v2/user/me"),
        ("refreshAccessToken", "/auth/refresh-token"),
        ("getCurrentUser", "/v2/user/me"),
    ]
    assert [(line["operation"], line["template"]) for line in _lines(caplog)] == expected
    assert hooked == expected
    spans = exporter.get_finished_spans()
    calls = {s.context.span_id: s.name for s in spans if s.name.startswith("beam_ai ") and s.context}
    attempts = [s for s in spans if not s.name.startswith("beam_ai ")]
    shown = [
        (s.name, (s.attributes or {}).get("beam_ai.operation.id"), s.parent and calls.get(s.parent.span_id))
        for s in sorted(attempts, key=lambda s: s.start_time or 0)
    ]
    assert shown == [
        ("POST /auth/access-token", "createAccessToken", "beam_ai getCurrentUser"),
        ("GET /v2/user/me", "getCurrentUser", "beam_ai getCurrentUser"),
        ("POST /auth/refresh-token", "refreshAccessToken", "beam_ai getCurrentUser"),
        ("GET /v2/user/me", "getCurrentUser", "beam_ai getCurrentUser"),
    ]


def test_an_attempt_shows_no_credential_and_a_hooked_client_does_not_pickle(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    attempts: list[Attempt] = []
    with Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
        on_response=attempts.append,
    ) as beam:
        beam.agents.list()
        with pytest.raises(TypeError, match="hooks"):
            pickle.dumps(beam)
    (attempt,) = attempts
    assert attempt.headers["x-api-key"] == "[redacted]"
    assert attempt.request_id is not None and attempt.request_id in repr(attempt)
    assert FAKE_API_KEY not in repr(attempt) + repr(attempt.headers) + repr(attempt.response_headers)


def test_a_hook_that_is_not_callable_is_refused() -> None:
    with pytest.raises(BeamConfigError, match="on_retry"):
        Beam(api_key="k", workspace_id="w", base_url="http://127.0.0.1:1", on_retry="print")  # type: ignore[arg-type]


def test_the_readme_hooks_example_works(
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    snippet = readme.split("**Hooks.**", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    for name, value in (
        ("BEAM_API_KEY", FAKE_API_KEY),
        ("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID),
        ("BEAM_BASE_URL", fake_beam_server.url),
    ):
        monkeypatch.setenv(name, value)
    namespace: dict[str, Any] = {}
    exec(compile(snippet, "README.md", "exec"), namespace)
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1, retry_after=0)
    with namespace["beam"] as beam:
        beam.agents.list()
    assert capsys.readouterr().out == "retrying GET /agent in 0.0 s after 429\n"
    assert namespace["slow"] == []


def test_debug_bodies_hide_presigned_url_signatures_and_token_shaped_text() -> None:
    link = "https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Credential=AKIA123&X-Amz-Signature=deadbeef&x=1"
    body = json.dumps({"url": link, "note": "eyJhbGciOi.eyJzdWIiOi.c2ln", "apiKey": "k"}).encode()
    shown = redact_body(body, "application/json")
    assert "AKIA123" not in shown and "deadbeef" not in shown and "eyJzdWIiOi" not in shown
    assert '"apiKey": "[redacted]"' in shown and "x=1" in shown
