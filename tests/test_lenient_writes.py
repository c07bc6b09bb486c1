"""A call fails on a 2xx response only when it needs what is missing.

Writes (every method but GET) succeed on any 2xx body, even one that is empty or not JSON: they
return the documented model with nothing in it (`missing_fields` says what it lacks). Reads need their
body and fail on one that is not JSON. The helpers name what they need: `run`/`wait`/`stream` the
task's id and status, `list_all` a page's items; without them they raise `APIResponseValidationError`
naming the field. `strict_responses=True` fails every such response.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response
from test_lenient_models import VENDOR_TASK
from test_namespaces import case_for

from beam_ai import APIResponseValidationError, AsyncBeam, Beam, BeamConfigError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer
from beam_ai_api import models
from beam_ai_api.surface.operations import OPERATIONS, RESPONSES
from beam_ai_api.types import fields_of

MakeDriver = Callable[..., Driver]
WRITES = sorted(op for op, entry in OPERATIONS.items() if entry.method != "GET")
READS = sorted(op for op, entry in OPERATIONS.items() if entry.method == "GET" and op in RESPONSES)


def _mock(
    make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(handler).transport(),
        max_retries=0,
        **options,
    )


def _fake(make_driver: MakeDriver, server: FakeBeamServer, fake: FakeBeam, **options: Any) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        auth_mode="api_key",  # the auth operations themselves get the bad bodies, not a token exchange
        clock=fake.clock.now,
        **options,
    )


def _glob(path: str) -> str:
    return "/".join("*" if part.startswith("{") else part for part in path.split("/"))


@pytest.mark.parametrize("operation_id", WRITES)
def test_a_write_succeeds_on_a_body_that_is_not_json(
    operation_id: str, make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    entry = OPERATIONS[operation_id]
    fake_beam.faults.add("malformed_json", method=entry.method, path=_glob(entry.path))
    driver = _fake(make_driver, fake_beam_server, fake_beam)
    result = driver.invoke(lambda c: case_for(operation_id).call(c, fake_beam))
    documented = RESPONSES.get(operation_id)
    if documented is None:  # a free-form object documented: empty; no body documented: the text as sent
        assert result in ({}, '{"id": "trunc')
    elif documented.startswith("list["):
        assert result == []
    else:
        cls = getattr(models, documented)
        assert isinstance(result, cls)  # empty: every required field is listed as missing
        assert result.missing_fields == tuple(f.key for f in fields_of(cls) if f.required and not f.nullable)


@pytest.mark.parametrize("operation_id", READS)
def test_a_read_fails_on_a_body_that_is_not_json(
    operation_id: str, make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    entry = OPERATIONS[operation_id]
    fake_beam.faults.add("malformed_json", method=entry.method, path=_glob(entry.path))
    driver = _fake(make_driver, fake_beam_server, fake_beam)
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        driver.invoke(lambda c: case_for(operation_id).call(c, fake_beam))


@pytest.mark.parametrize("body", [b"", b"OK", b"[]"], ids=["empty", "text", "a-list"])
def test_approve_succeeds_on_any_2xx_body_and_strict_refuses_it(body: bytes, make_driver: MakeDriver) -> None:
    driver = _mock(make_driver, lambda r: httpx.Response(201, content=body))
    task = driver.invoke(lambda c: c.agent_tasks.approve("t-1", feedback="fine"))
    assert isinstance(task, models.AgentTask) and task.missing_fields == ("status", "id")
    strict = _mock(make_driver, lambda r: httpx.Response(201, content=body), strict_responses=True)
    with pytest.raises(APIResponseValidationError):
        strict.invoke(lambda c: c.agent_tasks.approve("t-1", feedback="fine"))


@pytest.mark.parametrize("method", ["approve", "reject"])
def test_approve_and_reject_read_the_vendors_own_example(method: str, make_driver: MakeDriver) -> None:
    """The vendor's documented response has no task `id` (it is in the path)."""
    driver = _mock(make_driver, lambda r: json_response(201, VENDOR_TASK))
    task = driver.invoke(lambda c: getattr(c.agent_tasks, method)("t-1"))
    assert (task.id, task.status, task.custom_id) == (None, "QUEUED", "AGE-785")
    assert task.missing_fields == ("id",)


def test_get_and_wait_read_a_task_whose_graph_has_no_id(make_driver: MakeDriver) -> None:
    done = {**VENDOR_TASK, "id": "t-1", "status": "COMPLETED"}
    driver = _mock(make_driver, lambda r: json_response(200, done))
    task = driver.invoke(lambda c: c.agent_tasks.get("t-1"))
    assert task.agent_graph.agent_id == "a-1" and task.agent_graph.id is None
    waited = driver.invoke(lambda c: c.agent_tasks.wait("t-1"))
    assert (waited.id, waited.status) == ("t-1", "COMPLETED")


@pytest.mark.parametrize(
    ("body", "field"),
    [({"status": "COMPLETED"}, "id"), ({"id": "t-1"}, "status"), ({"id": "t-1", "status": 3}, "status")],
    ids=["no-id", "no-status", "status-not-a-string"],
)
def test_following_needs_the_tasks_id_and_status(
    body: dict[str, Any], field: str, make_driver: MakeDriver
) -> None:
    driver = _mock(make_driver, lambda r: json_response(200, body))
    with pytest.raises(APIResponseValidationError) as raised:
        driver.invoke(lambda c: c.agent_tasks.wait("t-1", timeout=5))
    assert f"missing required field {field!r} in AgentTask" in str(raised.value)
    assert raised.value.status_code == 200


@pytest.mark.parametrize(
    "body",
    [{"count": 3}, {"agents": "three", "count": 3}],
    ids=["no-items", "items-not-a-list"],
)
def test_list_all_needs_the_pages_items(body: dict[str, Any], make_driver: MakeDriver) -> None:
    driver = _mock(make_driver, lambda r: json_response(200, body))
    page = driver.invoke(lambda c: c.agents.list())  # one page: the caller reads what it needs
    assert page.agents is None and page.count == 3
    with pytest.raises(APIResponseValidationError, match="missing required field 'agents' in AgentList"):
        driver.collect(lambda c: c.agents.list_all())


def test_a_list_item_of_another_shape_keeps_the_page(make_driver: MakeDriver) -> None:
    body = {"agents": [{"id": "a1"}, {"name": "no id"}], "count": 2}
    driver = _mock(make_driver, lambda r: json_response(200, body))
    agents = driver.collect(lambda c: c.agents.list_all())
    assert [a.id for a in agents] == ["a1", None]


def test_strict_per_call_through_with_options(make_driver: MakeDriver) -> None:
    driver = _mock(make_driver, lambda r: json_response(201, VENDOR_TASK))
    assert driver.invoke(lambda c: c.agent_tasks.approve("t-1")).missing_fields == ("id",)
    strict = driver.derive(strict_responses=True)
    with pytest.raises(APIResponseValidationError, match="missing required field 'id' in AgentTask"):
        strict.invoke(lambda c: c.agent_tasks.approve("t-1"))
    assert driver.invoke(lambda c: c.agent_tasks.approve("t-1")).missing_fields == ("id",)  # parent unchanged


def test_the_strict_option_is_checked_kept_by_derived_clients_and_pickled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    for cls in (Beam, AsyncBeam):
        client = cls(workspace_id="ws", strict_responses=True)
        assert client.strict_responses and client.with_workspace("ws-2").strict_responses
        assert not client.with_options(strict_responses=False).strict_responses and client.strict_responses
        assert pickle.loads(pickle.dumps(client)).strict_responses is True
        assert not cls(workspace_id="ws").strict_responses
        with pytest.raises(BeamConfigError, match="strict_responses"):
            cls(workspace_id="ws", strict_responses="yes")  # type: ignore[arg-type]
