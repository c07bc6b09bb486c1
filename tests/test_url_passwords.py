"""A password in a URL (`https://gw:pass@host`) never shows, whichever way it came in: the base URL,
an absolute URL given to `request()` or `http`, a redirect's `Location`, a proxy's credentials.

Each path is checked everywhere a URL can surface: every log record at DEBUG (`beam_ai`, httpx's
own `HTTP Request:` line, httpcore), the hooks' `Attempt` (its `request` too), span names and
attributes, and the exception (message, repr, attributes, its request and response, its pickle).
"""

from __future__ import annotations

import base64
import logging
import pickle
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from beam_ai import APIConnectionError, Attempt, BeamError, BeamValidationError, InternalServerError
from beam_ai._errors import mask_url_passwords

MakeDriver = Callable[..., Driver]
PASSWORD = "url-pass-5127"
HOST = httpx.URL(MOCK_BASE_URL).host


class Seen:
    """Everything a user could read about the client's requests: logs, hooks, spans, errors."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.hooked: list[str] = []
        self.errors: list[BaseException] = []
        caplog.set_level(logging.DEBUG)  # the root logger: beam_ai, httpx and httpcore alike

    def hook(self, attempt: Attempt) -> None:
        self.hooked += [attempt.url, attempt.url_template, repr(attempt), str(attempt.headers)]
        self.hooked.append(str(attempt.response_headers))
        self.hooked += [repr(attempt.request), str(attempt.request.url)]

    def client_options(self) -> dict[str, Any]:
        return {
            "on_request": self.hook,
            "on_response": self.hook,
            "on_retry": self.hook,
            "tracing": self.provider,
            "sleep": lambda seconds: None,
        }

    def error(self, call: Callable[[], object], expected: type[BeamError]) -> None:
        with pytest.raises(expected) as raised:
            call()
        self.errors.append(raised.value)

    def texts(self) -> dict[str, str]:
        records = [f"{r.name}: {r.getMessage()}" for r in self.caplog.records]
        spans = [
            f"{span.name} {dict(span.attributes or {})} {[e.attributes for e in span.events]}"
            for span in self.exporter.get_finished_spans()
        ]
        errors = []
        for error in self.errors:
            errors += [str(error), repr(error), str(vars(error)), pickle.dumps(error).decode("latin-1")]
            request, response = getattr(error, "request", None), getattr(error, "response", None)
            errors += [repr(request), str(getattr(request, "url", ""))]
            errors += [repr(response), str(getattr(response, "url", ""))]
        return {
            "logs": "\n".join(records),
            "hooks": "\n".join(self.hooked),
            "spans": "\n".join(spans),
            "errors": "\n".join(errors),
        }

    def check(self, *, failed: bool = True) -> dict[str, str]:
        """No password anywhere; and each place was exercised (an assertion on nothing proves nothing):
        the logs, hooks and spans, and the errors unless nothing `failed`."""
        texts = self.texts()
        if not failed:
            assert not self.errors
            del texts["errors"]
        assert {where: PASSWORD in text for where, text in texts.items()} == dict.fromkeys(texts, False)
        assert "HTTP Request: " in texts["logs"]  # httpx's own line
        assert "beam_ai.http: " in texts["logs"]  # ours
        assert all(texts.values()), [where for where, text in texts.items() if not text]
        return texts


@pytest.fixture
def seen(caplog: pytest.LogCaptureFixture) -> Iterator[Seen]:
    yield Seen(caplog)


def _api(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/fail"):
        return json_response(503, {"message": "down"})
    return json_response(200, {"ok": True})


def test_a_password_in_the_base_url(make_driver: MakeDriver, seen: Seen) -> None:
    mock = MockBeam(_api)
    base_url = MOCK_BASE_URL.replace("https://", f"https://gw:{PASSWORD}@")
    driver = make_driver(
        api_key="k", workspace_id="w", base_url=base_url, transport=mock.transport(), **seen.client_options()
    )
    driver.request("GET", "/ok")  # the token exchange first, on the same base URL
    user = driver.invoke(lambda beam: beam.user.get())  # an operation: its id and URL template
    seen.error(lambda: driver.request("GET", "/fail", max_retries=1), InternalServerError)
    texts = seen.check()
    assert PASSWORD not in repr(user)
    assert f"GET https://{HOST}/fail -> 503" in texts["errors"]
    assert "POST /auth/access-token" in texts["logs"]
    assert f"base_url='https://gw:***@{HOST}'" in repr(driver.client)
    # What goes on the wire is unchanged: the client's own credentials, no Basic from the URL.
    assert all(r.headers.get("authorization", "").startswith("Bearer ") for r in mock.api_requests())


def test_a_password_in_an_absolute_url_given_to_request_or_http(make_driver: MakeDriver, seen: Seen) -> None:
    mock = MockBeam(_api)
    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        **seen.client_options(),
    )
    same_origin = f"https://u:{PASSWORD}@{HOST}"
    driver.request("GET", f"{same_origin}/ok")
    driver.request("GET", f"https://u:{PASSWORD}@files.example.test/blob")  # another origin
    driver.invoke(lambda beam: beam.http.get(f"{same_origin}/via-http"))
    seen.error(lambda: driver.request("GET", f"{same_origin}/fail"), InternalServerError)
    seen.check()
    assert [str(r.url) for r in mock.api_requests()][:3] == [
        f"https://{HOST}/ok",
        "https://files.example.test/blob",
        f"https://{HOST}/via-http",
    ]


def test_a_password_in_a_redirects_location(make_driver: MakeDriver, seen: Seen) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == HOST:
            return httpx.Response(302, headers={"location": f"https://u:{PASSWORD}@elsewhere.test/fail"})
        return _api(request)

    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(handle).transport(),
        **seen.client_options(),
    )
    driver.client.http.follow_redirects = True  # a user switched redirects on
    seen.error(lambda: driver.request("GET", "/moved"), InternalServerError)
    texts = seen.check()
    assert "HTTP Request: GET https://elsewhere.test/fail" in texts["logs"]


class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself, noting the proxy credentials it got."""

    credentials: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).credentials.append(self.headers.get("proxy-authorization", ""))
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def proxy() -> Iterator[ThreadingHTTPServer]:
    _Proxy.credentials = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_a_password_in_the_proxy_url(make_driver: MakeDriver, seen: Seen, proxy: ThreadingHTTPServer) -> None:
    options = {"api_key": "k", "workspace_id": "w", "base_url": "http://127.0.0.1:9", "auth_mode": "api_key"}
    port = proxy.server_address[1]
    driver = make_driver(**options, proxy=f"http://pu:{PASSWORD}@127.0.0.1:{port}", **seen.client_options())
    driver.request("GET", "/ok")
    assert _Proxy.credentials == ["Basic " + base64.b64encode(f"pu:{PASSWORD}".encode()).decode()]
    closed = make_driver(
        **options, proxy=f"http://pu:{PASSWORD}@127.0.0.1:1", max_retries=0, **seen.client_options()
    )
    seen.error(lambda: closed.request("GET", "/unreachable"), APIConnectionError)
    seen.check()


def test_a_password_in_a_url_inside_a_body_or_header_is_masked_at_debug(
    make_driver: MakeDriver, seen: Seen
) -> None:
    link = f"https://u:{PASSWORD}@files.example.test/report.pdf"

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=request.content, headers={"content-type": "application/json", "link": f"<{link}>"}
        )

    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(echo).transport(),
        **seen.client_options(),
    )
    driver.request("POST", "/echo", json={"urls": [link]}, headers={"x-source": link})
    texts = seen.check(failed=False)
    shown = link.replace(PASSWORD, "***")
    assert f"'x-source': '{shown}'" in texts["logs"]
    assert texts["logs"].count(f'body={{"urls": ["{shown}"]}}') == 2  # the request's and the response's
    assert f"'link': '<{shown}>'" in texts["logs"]


@pytest.mark.parametrize(
    "link", [f"https://u:{PASSWORD}@elsewhere.example/x", f"https://u:{PASSWORD}@app.beam.ai/"]
)
def test_a_password_in_an_app_link_is_masked_in_the_error(make_driver: MakeDriver, link: str) -> None:
    driver = make_driver(
        api_key="k", workspace_id="w", base_url=MOCK_BASE_URL, transport=MockBeam(_api).transport()
    )
    with pytest.raises(BeamValidationError) as raised:
        driver.invoke(lambda beam: beam.agent_tasks.get(link))
    assert PASSWORD not in str(raised.value) and "u:***@" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            f"see https://gw:{PASSWORD}@h.test/p and http://u:{PASSWORD}@h2",
            "see https://gw:***@h.test/p and http://u:***@h2",
        ),
        ("https://h.test:8080/a@b", "https://h.test:8080/a@b"),  # a port, and an @ in the path
        ("mail ops@h.test, https://user@h.test", "mail ops@h.test, https://user@h.test"),  # no password
    ],
)
def test_free_text_shows_a_urls_password_masked_and_nothing_else_changed(text: str, shown: str) -> None:
    assert mask_url_passwords(text) == shown
