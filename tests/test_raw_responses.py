"""`client.<namespace>.with_raw_response.<method>()` on every operation of both clients, the request id
of typed results, and per-call `extra_headers` / `extra_query` / `extra_body`.

The walk reuses `test_namespaces.CASES` (one call per operation of openapi/beam.yaml, which
`test_cases_cover_every_operation` keeps complete), each call made through `with_raw_response`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mock_api import MockBeam, json_response
from test_namespaces import CASES, _async_client, _client

from beam_ai import AsyncBeam, Beam, BeamValidationError, NotFoundError
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    SUPPORT_WEBHOOK_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api import client_namespaces
from beam_ai_api.namespace import RawResponse


class _Raw:
    """A client whose namespaces are their `with_raw_response` views."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name).with_raw_response


def _check(operation_id: str, raw: Any) -> None:
    assert isinstance(raw, RawResponse), (operation_id, raw)
    assert 200 <= raw.status_code < 300
    assert raw.request_id is not None and raw.request_id == raw.headers["x-request-id"]
    assert raw.elapsed >= 0
    result = raw.parse()
    assert CASES[operation_id].check(result), (operation_id, result)
    if hasattr(result, "to_dict"):
        assert result._request_id == raw.request_id
        assert "_request_id" not in result.to_dict() and "requestId" not in result.to_dict()


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_every_operation_through_with_raw_response_sync(
    operation_id: str, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with _client(fake_beam_server, fake_beam) as client:
        raw = CASES[operation_id].call(_Raw(client), fake_beam)
    _check(operation_id, raw)


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_every_operation_through_with_raw_response_async(
    operation_id: str, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    async def run() -> Any:
        async with _async_client(fake_beam_server, fake_beam) as client:
            return await CASES[operation_id].call(_Raw(client), fake_beam)

    _check(operation_id, asyncio.run(run()))


@pytest.fixture
def driver(make_driver: Any, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> Any:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        auth_mode="api_key",
    )


def test_extras_reach_the_request_beside_the_documented_arguments(driver: Any, fake_beam: FakeBeam) -> None:
    driver.invoke(
        lambda beam: beam.agents.list(
            page_size=5, extra_headers={"x-trace": "abc"}, extra_query={"preview": "true", "tags": ["a", "b"]}
        )
    )
    driver.invoke(
        lambda beam: beam.agent_tasks.create(
            agent_id=SUPPORT_AGENT_ID, query="hi", extra_body={"priority": 3, "labels": ["x"]}
        )
    )
    (listing,) = fake_beam.requests.filter("GET", "/agent")
    assert listing.headers["x-trace"] == "abc"
    assert listing.query["preview"] == "true" and listing.query["pageSize"] == "5"
    (created,) = fake_beam.requests.filter("POST", "/agent-tasks")
    assert created.body["priority"] == 3 and created.body["labels"] == ["x"]
    assert created.body["agentId"] == SUPPORT_AGENT_ID  # the documented body is kept


def test_extra_body_on_a_multipart_upload_becomes_form_fields(make_driver: Any) -> None:
    mock = MockBeam(lambda request: json_response(201, {"ok": True}))
    driver = make_driver(
        api_key="k",
        workspace_id="w",
        base_url="https://api.beam.test",
        transport=mock.transport(),
        auth_mode="api_key",
    )
    driver.invoke(
        lambda beam: beam.agent_tasks.trigger_webhook(
            SUPPORT_AGENT_ID, SUPPORT_WEBHOOK_ID, task={"q": 1}, extra_body={"source": "crm"}
        )
    )
    (request,) = mock.api_requests()
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'name="source"\r\n\r\ncrm\r\n' in request.content
    assert b'name="task"' in request.content  # the documented field is kept


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"extra_headers": {"x-note": "a\r\nx-api-key: stolen"}}, "line break"),
        ({"extra_headers": {"Authorization": "Bearer other"}}, "cannot be set per call"),
        ({"extra_headers": {"x-api-key": "other"}}, "cannot be set per call"),
        ({"extra_headers": {"current-workspace-id": "ws-2"}}, "cannot be set per call"),
        ({"extra_headers": {"x-n": 1}}, "must be strings"),
        ({"extra_query": {"q": object()}}, "str, int, float or bool"),
        ({"extra_body": {"when": object()}}, "must be JSON"),
    ],
)
def test_bad_extras_are_refused_before_sending_naming_the_argument(
    driver: Any, fake_beam: FakeBeam, extra: dict[str, Any], message: str
) -> None:
    with pytest.raises(BeamValidationError, match=message) as refused:
        driver.invoke(lambda beam: beam.agents.list(**extra))
    assert refused.value.field == next(iter(extra))
    assert fake_beam.requests.filter("GET", "/agent") == []
    assert "stolen" not in str(refused.value)


def test_typed_results_carry_the_request_id_outside_their_data(driver: Any, fake_beam: FakeBeam) -> None:
    agents = driver.invoke(lambda beam: beam.agents.list())
    (logged,) = fake_beam.requests.filter("GET", "/agent")
    assert agents._request_id is not None and agents._request_id.startswith("fake-req-")
    assert agents._request_id not in repr(agents) + repr(agents.to_dict())
    assert type(agents).from_dict(agents.to_dict())._request_id is None  # built, not received
    assert logged.status == 200


def test_a_raw_call_that_fails_raises_the_typed_error(driver: Any) -> None:
    with pytest.raises(NotFoundError) as failed:
        driver.invoke(lambda beam: beam.agent_tasks.with_raw_response.get("no-such-task"))
    assert failed.value.request_id is not None


def test_list_all_sends_the_extras_with_every_page_and_checks_them_first(
    driver: Any, fake_beam: FakeBeam
) -> None:
    pages = driver.collect(lambda beam: beam.agents.list_all(page_size=1, extra_headers={"x-trace": "t1"}))
    listed = fake_beam.requests.filter("GET", "/agent")
    assert len(pages) == len(listed) >= 2  # one agent per page
    assert all(request.headers["x-trace"] == "t1" for request in listed)
    with pytest.raises(BeamValidationError, match="extra_headers"):
        driver.invoke(lambda beam: beam.agents.list_all(extra_headers={"x-api-key": "other"}))
    assert len(fake_beam.requests.filter("GET", "/agent")) == len(listed)  # nothing more was sent


MANY_REQUESTS = {"run", "wait", "stream", "as_completed", "wait_all"}  # agent_tasks' follow helpers


@pytest.mark.parametrize("client_class", [Beam, AsyncBeam])
def test_every_single_request_method_has_a_raw_twin_and_only_those(client_class: type) -> None:
    """The raw views have every method of their namespace, hand-written ones (`answer`, `consent`,
    uploads) included, except those that make many requests: the `list_all*` walkers and the follow
    helpers (what their docstrings and the README say)."""
    client = client_class(api_key="k", workspace_id="w")
    lacking: dict[str, set[str]] = {}
    for name in [name for name in vars(client_namespaces.Namespaces) if not name.startswith("_")]:
        namespace = getattr(client, name)
        methods = {m for m in dir(namespace) if not m.startswith("_") and callable(getattr(namespace, m))}
        raw = namespace.with_raw_response
        if missing := {m for m in methods if not callable(getattr(raw, m, None))}:
            lacking[name] = missing
    assert {name for names in lacking.values() for name in names if not name.startswith("list_all")} == (
        MANY_REQUESTS
    )
    assert set(lacking["agent_tasks"]) >= MANY_REQUESTS | {"list_all", "list_all_latest_executions"}
    assert "answer" not in lacking["agent_tasks"] and "consent" not in lacking["agent_tasks"]
