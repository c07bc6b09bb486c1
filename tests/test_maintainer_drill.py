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
- name: Monitors
  description: Scheduled monitors that start an agent.
"""

_MONITOR_ID = """\
      - name: monitorId
        in: path
        required: true
        schema:
          type: string
"""
_MONITOR_BODY = """\
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/MonitorInput'
"""
_MONITOR_RESPONSE = """\
      responses:
        '200':
          description: The monitor
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Monitor'
"""
_WORKSPACE = "      - $ref: '#/components/parameters/CurrentWorkspaceId'\n"

NEW_TAG_PATHS = (
    """\
  /monitors:
    get:
      operationId: listMonitors
      tags:
      - Monitors
      summary: List Monitors
      x-beam-method: list
      x-beam-pagination:
        items: monitors
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
          description: A page of monitors
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/MonitorList'
    post:
      operationId: createMonitor
      tags:
      - Monitors
      summary: Create Monitor
      x-beam-method: create
      parameters:
"""
    + _WORKSPACE
    + _MONITOR_BODY
    + _MONITOR_RESPONSE
    + """\
  /monitors/{monitorId}:
    get:
      operationId: getMonitor
      tags:
      - Monitors
      summary: Get Monitor
      x-beam-method: get
      parameters:
"""
    + _MONITOR_ID
    + _WORKSPACE
    + _MONITOR_RESPONSE
    + """\
    put:
      operationId: updateMonitor
      tags:
      - Monitors
      summary: Update Monitor
      x-beam-method: update
      parameters:
"""
    + _MONITOR_ID
    + _WORKSPACE
    + _MONITOR_BODY
    + _MONITOR_RESPONSE
    + """\
    delete:
      operationId: deleteMonitor
      tags:
      - Monitors
      summary: Delete Monitor
      x-beam-method: delete
      parameters:
"""
    + _MONITOR_ID
    + _WORKSPACE
    + """\
      responses:
        '200':
          description: Deleted
"""
)

NEW_TAG_SCHEMAS = """\
    Monitor:
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
    MonitorInput:
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
    MonitorList:
      type: object
      properties:
        monitors:
          type: array
          items:
            $ref: '#/components/schemas/Monitor'
        count:
          type: integer
      required:
      - monitors
      - count
"""

# CRUD against a dict behind `httpx.MockTransport`, through both clients, in a fresh interpreter.
TAG_DRILL = textwrap.dedent(
    """
    import asyncio, json, re
    import httpx
    from beam_ai import AsyncBeam, Beam, BeamValidationError
    from beam_ai.resources import AsyncMonitorsResource, MonitorsResource

    monitors = {}

    def handler(request):
        assert request.headers["current-workspace-id"] == "ws-drill", request.headers
        path, method = request.url.path, request.method
        if path == "/monitors" and method == "POST":
            monitor = {"id": f"t-{len(monitors) + 1}", **json.loads(request.content)}
            monitors[monitor["id"]] = monitor
            return httpx.Response(201, json=monitor)
        if path == "/monitors":
            page = int(request.url.params.get("pageNum", 1))
            size = int(request.url.params.get("pageSize", 50))
            items = list(monitors.values())[(page - 1) * size : page * size]
            return httpx.Response(200, json={"monitors": items, "count": len(monitors)})
        monitor_id = re.fullmatch("/monitors/([^/]+)", path).group(1)
        if monitor_id not in monitors:
            return httpx.Response(404, json={"message": "no such monitor"})
        if method == "PUT":
            monitors[monitor_id].update(json.loads(request.content))
        if method == "DELETE":
            del monitors[monitor_id]
            return httpx.Response(200)
        return httpx.Response(200, json=monitors[monitor_id])

    settings = dict(api_key="bm_key_drill", workspace_id="ws-drill", base_url="https://api.beam.test",
                    auth_mode="api_key", transport=httpx.MockTransport(handler), max_retries=0)

    with Beam(**settings) as beam:
        assert isinstance(beam.monitors, MonitorsResource)
        created = beam.monitors.create(agent_id="a-1", cron="0 * * * *")
        assert beam.monitors.get(created.id).cron == "0 * * * *"
        beam.monitors.update(created.id, agent_id="a-1", cron="30 * * * *")
        assert beam.monitors.get(created.id).cron == "30 * * * *"
        assert [t.id for t in beam.monitors.list_all()] == [created.id]
        assert beam.monitors.list(page_size=1).count == 1
        try:
            beam.monitors.create(agent_id="a-1", cron="@hourly")
        except BeamValidationError as error:
            assert error.field == "cron", error
        else:
            raise AssertionError("a 7-character cron was not refused")
        beam.monitors.delete(created.id)
        assert monitors == {}

    async def main():
        async with AsyncBeam(**settings) as beam:
            assert isinstance(beam.monitors, AsyncMonitorsResource)
            created = await beam.monitors.create(agent_id="a-2", cron="15 * * * *")
            assert (await beam.monitors.get(created.id)).agent_id == "a-2"
            await beam.monitors.update(created.id, agent_id="a-3", cron="15 * * * *")
            assert [t.agent_id async for t in beam.monitors.list_all()] == ["a-3"]
            await beam.monitors.delete(created.id)
            assert monitors == {}

    asyncio.run(main())
    print("tag drill ok")
    """
)

TAG_TYPED_USE = textwrap.dedent(
    """
    from beam_ai import AsyncBeam, Beam
    from beam_ai.resources import MonitorsResource
    from beam_ai_api.models import Monitor, MonitorList

    def crud(beam: Beam) -> Monitor:
        namespace: MonitorsResource = beam.monitors
        page: MonitorList = namespace.list(page_size=10)
        del page
        return beam.monitors.update("t-1", agent_id="a-1", cron="0 * * * *")

    async def acrud(beam: AsyncBeam) -> Monitor:
        return await beam.monitors.get("t-1")

    def wrong(beam: Beam) -> None:
        beam.monitors.create(agent_id=1, cron="0 * * * *")  # type: ignore[arg-type]
        beam.monitors.get("t-1", cronn="x")  # type: ignore[call-arg]
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
    """A tag of five CRUD operations added to the spec alone: `beam.monitors` / `async_beam.monitors`
    work, typed, exported, listed in the README; no hand-written line. (Against `httpx.MockTransport`
    keeping the monitors in a dict: the fake server answers only the operations it has routes for.)"""
    env = regenerated_copy(tmp_path, _add_tag)
    drill = _run(sys.executable, "-c", TAG_DRILL, env=env, cwd=tmp_path)
    assert drill.returncode == 0 and "tag drill ok" in drill.stdout, drill.stderr
    mypy = _mypy(tmp_path, TAG_TYPED_USE, env)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    readme = (tmp_path / "README.md").read_text()
    assert "| `monitors` | `create`, `delete`, `get`, `list`, `list_all`, `update` |" in readme


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
