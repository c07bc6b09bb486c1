"""The maintainer's drill: an API change is a spec edit and `scripts/regen.sh`, nothing else.

A copy of the project gets a new operation and a new response field in `openapi/beam.yaml` only;
after regenerating, the new method is callable on both clients, typed, validated from the spec and
sent with the workspace header, and the new field parses. Another copy gets a new tag of five CRUD
operations: it becomes a namespace of both clients, typed, exported and in the README's table. (That
the fake server answers every spec operation, and only those, is tests/testing/test_routes.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from spec_tools import ROOT

NEW_OPERATION = """\
  /agent/{agentId}/stats:
    get:
      operationId: getAgentStats
      tags:
      - Agents
      summary: Get Agent Stats
      description: Run counts of one agent over the last days.
      x-beam-method: get_stats
      parameters:
      - name: agentId
        in: path
        required: true
        schema:
          type: string
      - name: days
        in: query
        required: false
        schema:
          type: integer
          minimum: 1
          maximum: 30
        description: How many days back to count
      - $ref: '#/components/parameters/CurrentWorkspaceId'
      responses:
        '200':
          description: The agent's stats
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/AgentStats'
"""

NEW_SCHEMA = """\
    AgentStats:
      type: object
      properties:
        runs:
          type: integer
        successRate:
          type: number
"""

# Run against the regenerated copy, in a fresh interpreter: the new generated package, our overlay.
DRILL = textwrap.dedent(
    """
    import asyncio, json
    import httpx
    from beam_ai import AsyncBeam, Beam, BeamValidationError

    sent = []

    def handler(request):
        sent.append(request)
        if request.url.path == "/agent":
            return httpx.Response(200, json={"agents": [{"id": "a-1", "name": "A", "rating": 4.5}], "count": 1})
        return httpx.Response(200, json={"runs": 12, "successRate": 0.75})

    settings = dict(api_key="bm_key_drill", workspace_id="ws-drill", base_url="https://api.beam.test",
                    auth_mode="api_key", transport=httpx.MockTransport(handler), max_retries=0)

    def check(stats, agents):
        assert (stats.runs, stats.success_rate) == (12, 0.75), stats
        assert agents.agents[0].rating == 4.5, agents
        request = sent[-2]
        assert request.url.path == "/agent/a-1/stats", request.url
        assert request.url.params["days"] == "7", request.url
        assert request.headers["current-workspace-id"] == "ws-drill", request.headers

    with Beam(**settings) as beam:
        check(beam.agents.get_stats("a-1", days=7), beam.agents.list())
        count = len(sent)
        try:
            beam.agents.get_stats("a-1", days=31)
        except BeamValidationError as error:
            assert error.field == "days", error
        else:
            raise AssertionError("days=31 was not refused")
        assert len(sent) == count, "a refused call was sent"

    async def main():
        async with AsyncBeam(**settings) as beam:
            check(await beam.agents.get_stats("a-1", days=7), await beam.agents.list())
            try:
                await beam.agents.get_stats("..")
            except BeamValidationError as error:
                assert error.field == "agent_id", error
            else:
                raise AssertionError("agent_id='..' was not refused")

    asyncio.run(main())
    print("drill ok")
    """
)

# Type-checked against the regenerated copy: the new method's signature comes from the spec.
TYPED_USE = textwrap.dedent(
    """
    from beam_ai import Beam
    from beam_ai_api.models import AgentStats

    def stats(beam: Beam) -> AgentStats:
        return beam.agents.get_stats("a-1", days=7)

    def misspelt(beam: Beam) -> None:
        beam.agents.get_stats("a-1", dayz=7)  # type: ignore[call-arg]

    def wrong_type(beam: Beam) -> None:
        beam.agents.get_stats("a-1", days="7")  # type: ignore[arg-type]
    """
)


NEW_TAG = """\
- name: Triggers
  description: Scheduled triggers that start an agent.
"""

_TRIGGER_ID = """\
      - name: triggerId
        in: path
        required: true
        schema:
          type: string
"""
_TRIGGER_BODY = """\
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/TriggerInput'
"""
_TRIGGER_RESPONSE = """\
      responses:
        '200':
          description: The trigger
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Trigger'
"""
_WORKSPACE = "      - $ref: '#/components/parameters/CurrentWorkspaceId'\n"

NEW_TAG_PATHS = (
    """\
  /triggers:
    get:
      operationId: listTriggers
      tags:
      - Triggers
      summary: List Triggers
      x-beam-method: list
      x-beam-pagination:
        items: triggers
        total: count
        page: pageNum
        size: pageSize
      parameters:
      - name: pageNum
        in: query
        schema:
          type: integer
          minimum: 1
      - name: pageSize
        in: query
        schema:
          type: integer
          minimum: 1
          maximum: 50
"""
    + _WORKSPACE
    + """\
      responses:
        '200':
          description: A page of triggers
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/TriggerList'
    post:
      operationId: createTrigger
      tags:
      - Triggers
      summary: Create Trigger
      x-beam-method: create
      parameters:
"""
    + _WORKSPACE
    + _TRIGGER_BODY
    + _TRIGGER_RESPONSE
    + """\
  /triggers/{triggerId}:
    get:
      operationId: getTrigger
      tags:
      - Triggers
      summary: Get Trigger
      x-beam-method: get
      parameters:
"""
    + _TRIGGER_ID
    + _WORKSPACE
    + _TRIGGER_RESPONSE
    + """\
    put:
      operationId: updateTrigger
      tags:
      - Triggers
      summary: Update Trigger
      x-beam-method: update
      parameters:
"""
    + _TRIGGER_ID
    + _WORKSPACE
    + _TRIGGER_BODY
    + _TRIGGER_RESPONSE
    + """\
    delete:
      operationId: deleteTrigger
      tags:
      - Triggers
      summary: Delete Trigger
      x-beam-method: delete
      parameters:
"""
    + _TRIGGER_ID
    + _WORKSPACE
    + """\
      responses:
        '200':
          description: Deleted
"""
)

NEW_TAG_SCHEMAS = """\
    Trigger:
      type: object
      properties:
        id:
          type: string
        agentId:
          type: string
        cron:
          type: string
      required:
      - id
      - agentId
      - cron
    TriggerInput:
      type: object
      properties:
        agentId:
          type: string
          minLength: 1
        cron:
          type: string
          minLength: 9
      required:
      - agentId
      - cron
    TriggerList:
      type: object
      properties:
        triggers:
          type: array
          items:
            $ref: '#/components/schemas/Trigger'
        count:
          type: integer
      required:
      - triggers
      - count
"""

# CRUD against a dict behind `httpx.MockTransport`, through both clients, in a fresh interpreter.
TAG_DRILL = textwrap.dedent(
    """
    import asyncio, json, re
    import httpx
    from beam_ai import AsyncBeam, Beam, BeamValidationError
    from beam_ai.resources import AsyncTriggersResource, TriggersResource

    triggers = {}

    def handler(request):
        assert request.headers["current-workspace-id"] == "ws-drill", request.headers
        path, method = request.url.path, request.method
        if path == "/triggers" and method == "POST":
            trigger = {"id": f"t-{len(triggers) + 1}", **json.loads(request.content)}
            triggers[trigger["id"]] = trigger
            return httpx.Response(201, json=trigger)
        if path == "/triggers":
            page = int(request.url.params.get("pageNum", 1))
            size = int(request.url.params.get("pageSize", 50))
            items = list(triggers.values())[(page - 1) * size : page * size]
            return httpx.Response(200, json={"triggers": items, "count": len(triggers)})
        trigger_id = re.fullmatch("/triggers/([^/]+)", path).group(1)
        if trigger_id not in triggers:
            return httpx.Response(404, json={"message": "no such trigger"})
        if method == "PUT":
            triggers[trigger_id].update(json.loads(request.content))
        if method == "DELETE":
            del triggers[trigger_id]
            return httpx.Response(200)
        return httpx.Response(200, json=triggers[trigger_id])

    settings = dict(api_key="bm_key_drill", workspace_id="ws-drill", base_url="https://api.beam.test",
                    auth_mode="api_key", transport=httpx.MockTransport(handler), max_retries=0)

    with Beam(**settings) as beam:
        assert isinstance(beam.triggers, TriggersResource)
        created = beam.triggers.create(agent_id="a-1", cron="0 * * * *")
        assert beam.triggers.get(created.id).cron == "0 * * * *"
        beam.triggers.update(created.id, agent_id="a-1", cron="30 * * * *")
        assert beam.triggers.get(created.id).cron == "30 * * * *"
        assert [t.id for t in beam.triggers.list_all()] == [created.id]
        assert beam.triggers.list(page_size=1).count == 1
        try:
            beam.triggers.create(agent_id="a-1", cron="@hourly")
        except BeamValidationError as error:
            assert error.field == "cron", error
        else:
            raise AssertionError("a 7-character cron was not refused")
        beam.triggers.delete(created.id)
        assert triggers == {}

    async def main():
        async with AsyncBeam(**settings) as beam:
            assert isinstance(beam.triggers, AsyncTriggersResource)
            created = await beam.triggers.create(agent_id="a-2", cron="15 * * * *")
            assert (await beam.triggers.get(created.id)).agent_id == "a-2"
            await beam.triggers.update(created.id, agent_id="a-3", cron="15 * * * *")
            assert [t.agent_id async for t in beam.triggers.list_all()] == ["a-3"]
            await beam.triggers.delete(created.id)
            assert triggers == {}

    asyncio.run(main())
    print("tag drill ok")
    """
)

TAG_TYPED_USE = textwrap.dedent(
    """
    from beam_ai import AsyncBeam, Beam
    from beam_ai.resources import TriggersResource
    from beam_ai_api.models import Trigger, TriggerList

    def crud(beam: Beam) -> Trigger:
        namespace: TriggersResource = beam.triggers
        page: TriggerList = namespace.list(page_size=10)
        del page
        return beam.triggers.update("t-1", agent_id="a-1", cron="0 * * * *")

    async def acrud(beam: AsyncBeam) -> Trigger:
        return await beam.triggers.get("t-1")

    def wrong(beam: Beam) -> None:
        beam.triggers.create(agent_id=1, cron="0 * * * *")  # type: ignore[arg-type]
        beam.triggers.get("t-1", cronn="x")  # type: ignore[call-arg]
        beam.trigers.get("t-1")  # type: ignore[attr-defined]
    """
)


def _run(*command: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)


def regenerated_copy(tmp_path: Path, edit: Callable[[str], str]) -> dict[str, str]:
    """A copy of the project whose spec `edit` changed, regenerated; the environment to run it in
    (the copy's generated package and this checkout's overlay, unchanged)."""
    for part in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    spec = tmp_path / "openapi" / "beam.yaml"
    spec.write_text(edit(spec.read_text()))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    regen = _run("bash", str(tmp_path / "scripts" / "regen.sh"), env=env, cwd=tmp_path)
    assert regen.returncode == 0, regen.stderr
    paths = os.pathsep.join([str(tmp_path / "generated"), str(ROOT / "overlay")])
    return {**env, "PYTHONPATH": paths, "MYPYPATH": paths}


def _mypy(tmp_path: Path, source: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    typed = tmp_path / "typed_use.py"
    typed.write_text(source)
    return _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--warn-unused-ignores",
        "--no-incremental",
        "--follow-imports=silent",
        str(typed),
        env=env,
        cwd=tmp_path,
    )


def _add_operation(text: str) -> str:
    paths_anchor, schemas_anchor = "paths:\n", "  schemas:\n"
    agent_anchor = "    Agent:\n      type: object\n      properties:\n"
    assert text.count(agent_anchor) == 1
    text = text.replace(paths_anchor, paths_anchor + NEW_OPERATION, 1)
    text = text.replace(schemas_anchor, schemas_anchor + NEW_SCHEMA, 1)
    return text.replace(agent_anchor, agent_anchor + "        rating:\n          type: number\n")


@pytest.mark.slow
def test_a_new_operation_is_callable_typed_and_validated_after_regen(tmp_path: Path) -> None:
    drill_env = regenerated_copy(tmp_path, _add_operation)
    drill = _run(sys.executable, "-c", DRILL, env=drill_env, cwd=tmp_path)
    assert drill.returncode == 0 and "drill ok" in drill.stdout, drill.stderr
    mypy = _mypy(tmp_path, TYPED_USE, drill_env)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def _add_tag(text: str) -> str:
    for anchor, added in (
        ("\npaths:\n", NEW_TAG_PATHS),
        ("\n  schemas:\n", NEW_TAG_SCHEMAS),
        ("\ntags:\n", NEW_TAG),
    ):
        assert text.count(anchor) == 1, anchor
        text = text.replace(anchor, anchor + added, 1)
    return text


@pytest.mark.slow
def test_a_new_tag_is_a_namespace_on_both_clients_after_regen(tmp_path: Path) -> None:
    """A tag of five CRUD operations added to the spec alone: `beam.triggers` / `async_beam.triggers`
    work, typed, exported, listed in the README; no hand-written line. (Against `httpx.MockTransport`
    keeping the triggers in a dict: the fake server answers only the operations it has routes for.)"""
    env = regenerated_copy(tmp_path, _add_tag)
    drill = _run(sys.executable, "-c", TAG_DRILL, env=env, cwd=tmp_path)
    assert drill.returncode == 0 and "tag drill ok" in drill.stdout, drill.stderr
    mypy = _mypy(tmp_path, TAG_TYPED_USE, env)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    readme = (tmp_path / "README.md").read_text()
    assert "| `triggers` | `create`, `delete`, `get`, `list`, `list_all`, `update` |" in readme


def test_an_operation_without_a_method_name_fails_regen_naming_it(tmp_path: Path) -> None:
    spec = tmp_path / "beam.yaml"
    text = (ROOT / "openapi" / "beam.yaml").read_text()
    assert text.count("      x-beam-method: publish\n") == 1
    spec.write_text(text.replace("      x-beam-method: publish\n", ""))
    (tmp_path / "out").mkdir()
    result = _run(
        sys.executable,
        str(ROOT / "scripts" / "gen_surface.py"),
        str(spec),
        str(ROOT / "openapi" / "generator.yaml"),
        str(tmp_path / "out"),
        "beam_ai_api",
        env=dict(os.environ),
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "publishGraph: needs an x-beam-method" in result.stderr


def test_a_misspelt_extension_fails_regen_naming_it(tmp_path: Path) -> None:
    spec = tmp_path / "beam.yaml"
    text = (ROOT / "openapi" / "beam.yaml").read_text()
    spec.write_text(text.replace("x-beam-pagination:", "x-beam-paginaton:", 1))
    (tmp_path / "out").mkdir()
    result = _run(
        sys.executable,
        str(ROOT / "scripts" / "gen_surface.py"),
        str(spec),
        str(ROOT / "openapi" / "generator.yaml"),
        str(tmp_path / "out"),
        "beam_ai_api",
        env=dict(os.environ),
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "unknown extension 'x-beam-paginaton' at /paths/" in result.stderr
