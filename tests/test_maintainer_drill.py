"""The maintainer's drill: an API change is a spec edit and `scripts/regen.sh`, nothing else.

A copy of the project gets a new operation and a new response field in `openapi/beam.yaml` only;
after regenerating, the new method is callable on both clients, typed, validated from the spec and
sent with the workspace header, and the new field parses. (That the fake server answers every spec
operation, and only those, is tests/testing/test_routes.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

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


def _run(*command: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)


def test_a_new_operation_is_callable_typed_and_validated_after_regen(tmp_path: Path) -> None:
    for part in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    spec = tmp_path / "openapi" / "beam.yaml"
    text = spec.read_text()
    paths_anchor, schemas_anchor = "paths:\n", "  schemas:\n"
    agent_anchor = "    Agent:\n      type: object\n      properties:\n"
    assert text.count(agent_anchor) == 1
    text = text.replace(paths_anchor, paths_anchor + NEW_OPERATION, 1)
    text = text.replace(schemas_anchor, schemas_anchor + NEW_SCHEMA, 1)
    text = text.replace(agent_anchor, agent_anchor + "        rating:\n          type: number\n")
    spec.write_text(text)

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    regen = _run("bash", str(tmp_path / "scripts" / "regen.sh"), env=env, cwd=tmp_path)
    assert regen.returncode == 0, regen.stderr

    paths = os.pathsep.join([str(tmp_path / "generated"), str(ROOT / "overlay")])
    drill_env = {**env, "PYTHONPATH": paths, "MYPYPATH": paths}
    drill = _run(sys.executable, "-c", DRILL, env=drill_env, cwd=tmp_path)
    assert drill.returncode == 0 and "drill ok" in drill.stdout, drill.stderr

    typed = tmp_path / "typed_use.py"
    typed.write_text(TYPED_USE)
    mypy = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--warn-unused-ignores",
        "--no-incremental",
        "--follow-imports=silent",
        str(typed),
        env=drill_env,
        cwd=tmp_path,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


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
