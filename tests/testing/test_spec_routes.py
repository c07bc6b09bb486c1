"""Routes the fake builds from the spec: an operation nobody wrote a route for is checked and answered
as the spec says, with collection/item state, and a field added to a schema is served without an edit.

The spec edits are the fragments in tests/data/ (a new `Widgets` tag of five CRUD operations; the
issue's `POST /agent/{agentId}/archive` with `Agent.archivedAt`; an optional field on a task, a graph
and a context file), served in-process from an edited copy of the document. Optional fields are
served where the fake holds a value, made up only under `quirks.full_bodies`. The `*_after_regen`
tests do the same end to end: regen of a copy, then both clients of the copy call the new namespace's
five methods, and read the task's new field, against the fake started from the copy's package.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from spec_edits import edited_spec, regenerated_copy

from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    FakeBeam,
    FakeBeamServer,
    FakeClock,
    create_app,
)

HEADERS = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
SPEC = edited_spec("widgets", "archive", "record_fields")
TASK_ID = SEEDED_TASK_IDS[0]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=FakeClock(), spec=SPEC)) as running:
        yield running


@pytest.fixture
def fake(server: FakeBeamServer) -> FakeBeam:
    server.fake.reset()
    return server.fake


@pytest.fixture
def edited(server: FakeBeamServer, fake: FakeBeam) -> Iterator[httpx.Client]:
    """A client of the fake serving the edited spec."""
    with httpx.Client(base_url=str(server.url), headers=HEADERS, timeout=5.0) as http:
        yield http


def conformance_problems(response: Any) -> list[str]:
    """What an independent validator (openapi-core) finds wrong in an answer of the edited spec."""
    request = response.request
    request.read()  # a multipart upload is streamed
    mock_request = MockRequest(
        host_url=SPEC["servers"][0]["url"],
        method=request.method.lower(),
        path=request.url.path,
        headers=dict(request.headers),
        data=request.content or None,
        content_type=request.headers.get("content-type", "application/json"),
    )
    mock_response = MockResponse(
        response.content,
        status_code=response.status_code,
        content_type=response.headers.get("content-type", "application/json"),
    )
    return [str(e) for e in _validator().iter_response_errors(mock_request, mock_response)]


@functools.cache
def _validator() -> OpenAPI:
    return OpenAPI.from_dict(SPEC)


def test_what_one_creates_the_next_reads_changes_lists_and_deletes(edited: httpx.Client) -> None:
    created = edited.post("/widgets", json={"name": "Sprocket", "size": 3, "color": "red"})
    assert created.status_code == 201, created.text
    widget = created.json()
    assert (widget["name"], widget["size"], widget["color"]) == ("Sprocket", 3, "red")
    assert widget["id"] and widget["createdAt"].endswith("Z")
    other = edited.post("/widgets", json={"name": "Gear"}).json()

    assert edited.get(f"/widgets/{widget['id']}").json() == widget
    changed = edited.patch(f"/widgets/{widget['id']}", json={"size": 4})
    assert changed.json() == {**widget, "size": 4, "updatedAt": changed.json()["updatedAt"]}
    page = edited.get("/widgets", params={"pageSize": 1, "pageNum": 2}).json()
    assert page == {"widgets": [other], "total": 2}

    assert edited.delete(f"/widgets/{widget['id']}").status_code == 204
    missing = edited.get(f"/widgets/{widget['id']}")
    assert missing.status_code == 404 and widget["id"] in missing.json()["message"]
    assert edited.patch(f"/widgets/{widget['id']}", json={"size": 1}).status_code == 404
    assert edited.get("/widgets").json() == {"widgets": [other], "total": 1}
    for response in (created, changed, missing):
        assert conformance_problems(response) == []


def test_a_null_sent_for_an_optional_field_is_not_served_as_null(edited: httpx.Client) -> None:
    created = edited.post("/widgets", json={"name": "Sprocket", "color": None})
    assert created.status_code == 201 and "color" not in created.json()  # absent, as NestJS stores it
    assert conformance_problems(created) == []


def test_a_created_item_carries_what_was_sent_and_what_a_server_stamps_nothing_made_up(
    edited: httpx.Client, fake: FakeBeam
) -> None:
    widget = edited.post("/widgets", json={"name": "Sprocket"}).json()
    assert set(widget) == {"id", "name", "createdAt", "updatedAt"}  # no size, no color
    fake.quirks.full_bodies = True
    full = edited.get(f"/widgets/{widget['id']}").json()
    assert set(full) == set(SPEC["components"]["schemas"]["Widget"]["properties"])


def test_reset_forgets_what_the_spec_routes_stored(edited: httpx.Client, fake: FakeBeam) -> None:
    edited.post("/widgets", json={"name": "Sprocket"})
    fake.reset()
    assert edited.get("/widgets").json() == {"widgets": [], "total": 0}


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("POST", "/widgets", {"size": 2}, "name should not be empty"),
        ("POST", "/widgets", {"name": 7}, "name must be a string"),
        ("POST", "/widgets", {"name": "x" * 51}, "name must be shorter than or equal to 50 characters"),
        ("POST", "/widgets", {"name": "a", "size": 0}, "size must not be less than 1"),
        (
            "POST",
            "/widgets",
            {"name": "a", "color": "pink"},
            "color must be one of the following values: red, green, blue",
        ),
        ("GET", "/widgets?pageSize=101", None, "pageSize must not be greater than 100"),
        ("GET", "/widgets?pageNum=first", None, "pageNum must be an integer number"),
    ],
)
def test_requests_are_checked_as_the_spec_says(
    edited: httpx.Client, method: str, path: str, body: Any, message: str
) -> None:
    response = edited.request(method, path, json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert edited.get("/widgets").json()["total"] == 0  # nothing stored by a refused request


def test_auth_and_workspace_follow_the_spec(edited: httpx.Client) -> None:
    assert edited.get("/widgets", headers={"x-api-key": "bm_key_wrong"}).status_code == 401
    no_workspace = edited.get("/widgets", headers={"current-workspace-id": ""})
    assert no_workspace.status_code == 400 and "current-workspace-id" in str(no_workspace.json()["message"])


def test_an_action_answers_with_a_schema_valid_value_for_the_named_item(edited: httpx.Client) -> None:
    archived = edited.post(f"/agent/{SUPPORT_AGENT_ID}/archive")
    assert archived.status_code == 200
    assert archived.json()["id"] == SUPPORT_AGENT_ID
    assert conformance_problems(archived) == []


def test_an_item_path_without_a_create_operation_answers_for_any_id() -> None:
    """Nothing could ever be stored under `/gadgets`, so `GET /gadgets/{id}` is an action, not a 404."""
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/gadgets/{gadgetId}"] = {"get": copy.deepcopy(SPEC["paths"]["/widgets/{widgetId}"]["get"])}
    spec["paths"]["/gadgets/{gadgetId}"]["get"]["operationId"] = "getGadget"
    spec["paths"]["/gadgets/{gadgetId}"]["get"]["parameters"][0]["name"] = "gadgetId"

    async def get() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(FakeBeam(clock=FakeClock(), spec=spec)))
        async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers=HEADERS) as http:
            return await http.get("/gadgets/g-7")

    response = asyncio.run(get())
    assert response.status_code == 200 and response.json()["id"] == "g-7"


def _record_field_answers(edited: httpx.Client) -> dict[str, httpx.Response]:
    """The answers carrying the records the new fields were added to (agent, task, graph, file)."""
    upload = {"files": ("notes.txt", b"hello", "text/plain")}
    return {
        "agents": edited.get("/agent"),
        "agent": edited.put(f"/agent/{SUPPORT_AGENT_ID}", json={"name": "Triage v2"}),
        "task": edited.get(f"/agent-tasks/{TASK_ID}"),
        "tasks": edited.get("/agent-tasks", params={"agentId": SUPPORT_AGENT_ID}),
        "graph": edited.get(f"/agent-graphs/{SUPPORT_AGENT_ID}"),
        "file": edited.post(f"/agent-setup/{SUPPORT_AGENT_ID}/context-file", files=upload),
    }


def _new_fields(answers: dict[str, httpx.Response]) -> dict[str, Any]:
    """Each new field as served (None where absent)."""
    body = {name: answer.json() for name, answer in answers.items()}
    listed = next(t for t in body["tasks"]["data"][0]["tasks"] if t["id"] == TASK_ID)
    return {
        "agents": body["agents"]["agents"][0].get("archivedAt"),
        "agent": body["agent"].get("archivedAt"),
        "task": body["task"].get("priority"),
        "tasks": listed.get("priority"),
        "graph": body["graph"]["graph"].get("lockedBy"),
        "file": body["file"][0].get("checksum"),
    }


def test_an_optional_field_the_fake_has_no_value_for_is_not_served(edited: httpx.Client) -> None:
    answers = _record_field_answers(edited)
    assert _new_fields(answers) == dict.fromkeys(answers)
    for answer in answers.values():
        assert answer.status_code in (200, 201) and conformance_problems(answer) == []


def test_a_new_field_is_served_by_the_hand_written_routes_once_the_fake_holds_a_value(
    edited: httpx.Client, fake: FakeBeam
) -> None:
    """Nothing in the fake names the new fields: a value in its records is served through the schema."""
    with fake.store.lock:
        fake.store.agents[SUPPORT_AGENT_ID]["archivedAt"] = "2026-01-02T03:04:05.000Z"
        fake.store.tasks[TASK_ID].fields["priority"] = "high"
        fake.store.graphs[SUPPORT_GRAPH_ID]["lockedBy"] = "ops"
    fields = _new_fields(_record_field_answers(edited))
    assert fields == {
        "agents": "2026-01-02T03:04:05.000Z",
        "agent": "2026-01-02T03:04:05.000Z",
        "task": "high",
        "tasks": "high",
        "graph": "ops",
        "file": None,  # a new upload: no value yet
    }


def test_full_bodies_serve_every_field_of_the_schema(edited: httpx.Client, fake: FakeBeam) -> None:
    fake.quirks.full_bodies = True
    answers = _record_field_answers(edited)
    assert all(isinstance(value, str) for value in _new_fields(answers).values()), _new_fields(answers)
    agents = answers["agents"].json()["agents"]
    assert all(set(agent) == set(SPEC["components"]["schemas"]["Agent"]["properties"]) for agent in agents)
    assert agents[0]["archivedAt"].endswith("Z")
    for answer in answers.values():
        assert conformance_problems(answer) == []


def test_agents_carry_the_schemas_fields_not_a_hand_kept_list(
    client: httpx.Client, fake_beam: FakeBeam
) -> None:
    agent = client.get("/agent").json()["agents"][0]
    assert set(agent) == set(fake_beam.spec.schema("Agent")["properties"])
    assert "settings" not in agent  # stored by the fake, not part of the Agent schema


# Both clients of a regenerated copy against its fake: the spec alone makes the five calls work.
NEW_TAG = textwrap.dedent(
    """
    import asyncio
    from beam_ai import AsyncBeam, Beam, BeamValidationError, NotFoundError
    from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

    def expect(error, call):
        try:
            call()
        except error:
            return
        raise AssertionError(f"no {error.__name__}")

    with FakeBeamServer(FakeBeam()) as server:
        settings = dict(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url)
        with Beam(**settings) as beam:
            created = beam.widgets.create(name="Sprocket", size=3)
            assert beam.widgets.get(created.id).name == "Sprocket"
            assert beam.widgets.update(created.id, color="blue").color == "blue"
            assert [w.id for w in beam.widgets.list().widgets] == [created.id]
            assert [w.name for w in beam.widgets.list_all()] == ["Sprocket"]
            beam.widgets.delete(created.id)
            expect(NotFoundError, lambda: beam.widgets.get(created.id))
            expect(BeamValidationError, lambda: beam.widgets.create(name="x" * 51))

        async def main():
            async with AsyncBeam(**settings) as beam:
                created = await beam.widgets.create(name="Gear", color="red")
                assert (await beam.widgets.get(created.id)).color == "red"
                assert (await beam.widgets.update(created.id, size=9)).size == 9
                assert (await beam.widgets.list()).total == 1
                assert [w.id async for w in beam.widgets.list_all()] == [created.id]
                await beam.widgets.delete(created.id)
                assert (await beam.widgets.list()).widgets == []

        asyncio.run(main())
    print("new tag ok")
    """
)


# The task's new optional field, read by both clients of a regenerated copy: no edit of the fake's.
TASK_FIELD = textwrap.dedent(
    """
    import asyncio
    from beam_ai import AsyncBeam, Beam
    from beam_ai.testing import (
        FAKE_API_KEY, FAKE_WORKSPACE_ID, SEEDED_TASK_IDS, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer,
    )

    held, other = SEEDED_TASK_IDS
    fake = FakeBeam()
    with FakeBeamServer(fake) as server:
        settings = dict(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url)
        with Beam(**settings) as beam:
            unset = beam.agent_tasks.get(held)
            assert unset.priority is None and "priority" not in unset.to_dict()  # no value: not sent
            fake.store.tasks[held].fields["priority"] = "high"
            assert beam.agent_tasks.get(held).priority == "high"
            listed = beam.agent_tasks.list(agent_id=SUPPORT_AGENT_ID)
            assert {t.id: t.priority for g in listed.data for t in g.tasks} == {held: "high", other: None}
            fake.quirks.full_bodies = True
            assert isinstance(beam.agent_tasks.get(other).priority, str)

        async def main():
            async with AsyncBeam(**settings) as beam:
                assert (await beam.agent_tasks.get(held)).priority == "high"

        asyncio.run(main())
    print("task field ok")
    """
)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the project regenerated from the spec with the new tag and the new record fields."""
    target = tmp_path_factory.mktemp("regen")
    return target, regenerated_copy(target, edited_spec("widgets", "record_fields"))


def _run(script: str, regenerated: tuple[Path, dict[str, str]]) -> subprocess.CompletedProcess[str]:
    target, env = regenerated
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=target, check=False
    )


@pytest.mark.slow
def test_new_tag_after_regen(regenerated: tuple[Path, dict[str, str]]) -> None:
    run = _run(NEW_TAG, regenerated)
    assert run.returncode == 0 and "new tag ok" in run.stdout, run.stderr


@pytest.mark.slow
def test_new_task_field_after_regen(regenerated: tuple[Path, dict[str, str]]) -> None:
    run = _run(TASK_FIELD, regenerated)
    assert run.returncode == 0 and "task field ok" in run.stdout, run.stderr
