"""Routes the fake builds from the spec: an operation nobody wrote a route for is checked and answered
as the spec says, with collection/item state, and a field added to a schema is served without an edit.

The spec edits are the fragments in tests/data/ (a new `Widgets` tag of five CRUD operations; the
issue's `POST /agent/{agentId}/archive` with `Agent.archivedAt`), served in-process from an edited copy
of the document. test_new_tag_after_regen does the same end to end: regen of a copy, then both clients
of the copy call the new namespace's five methods against the fake started from the copy's package.
"""

from __future__ import annotations

import asyncio
import copy
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
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
    FakeClock,
    create_app,
)

HEADERS = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
SPEC = edited_spec("widgets", "archive")


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
    return [str(e) for e in OpenAPI.from_dict(SPEC).iter_response_errors(mock_request, mock_response)]


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
    assert created.status_code == 201 and isinstance(created.json()["color"], str)
    assert conformance_problems(created) == []


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


def test_a_new_field_is_served_by_the_hand_written_routes_too(edited: httpx.Client) -> None:
    agents = edited.get("/agent").json()["agents"]
    assert all(set(agent) == set(SPEC["components"]["schemas"]["Agent"]["properties"]) for agent in agents)
    assert agents[0]["archivedAt"].endswith("Z")
    updated = edited.put(f"/agent/{SUPPORT_AGENT_ID}", json={"name": "Triage v2"}).json()
    assert updated["name"] == "Triage v2" and "archivedAt" in updated


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


@pytest.mark.slow
def test_new_tag_after_regen(tmp_path: Path) -> None:
    env = regenerated_copy(tmp_path, edited_spec("widgets"))
    run = subprocess.run(
        [sys.executable, "-c", NEW_TAG], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert run.returncode == 0 and "new tag ok" in run.stdout, run.stderr
