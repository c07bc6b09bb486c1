"""Replay the recorded scenarios (tests/cassettes/) and check every cassette against the spec.

Replay is pytest-recording with record mode "none": the network stays blocked, the client talks to
https://api.beamstudio.ai as it would in production and vcrpy answers from the cassette. A request
matches only if method, URL, JSON body and the kept headers (scrubbed `authorization`, `x-api-key`,
`current-workspace-id`, `content-type`) all match; so a client that skipped the token exchange,
sent a stale token or the wrong workspace would fail to replay.

Re-record with `scripts/record_cassettes.sh` (fake server) or `--live` (see that script).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cassette_scenarios import SCENARIOS, Inputs, Result, is_finished
from cassette_tools import (
    CASSETTE_DIR,
    PLACEHOLDER,
    ROOT,
    Scrubber,
    cassette_files,
    cassette_problems,
    find_operation,
    find_secrets,
    is_placeholder,
    is_placeholder_jwt,
    load_interactions,
    load_spec,
    module_name,
    read_inputs,
)
from vcr.cassette import Cassette

from beam_ai import DEFAULT_BASE_URL, Beam
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SEEDED_CONTEXT_FILE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
)
from beam_ai.testing._app import hand_endpoints
from beam_ai.testing._routes_spec import template
from beam_ai_api.models import (
    ActiveToolList,
    AgentGraph,
    AgentGraphLite,
    AgentGraphResponse,
    AgentList,
    AgentTask,
    ContextFileDownloadLink,
    PreferredModel,
    RecordsPage,
    SetupSession,
    TaskGroupList,
    User,
    View,
    ViewList,
)

TOKEN_PATHS = ("/auth/access-token", "/auth/refresh-token")
WORKSPACE_HEADER = "current-workspace-id"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTE_DIR)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return Scrubber().vcr_config(record_mode="none")


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.params["name"])


@pytest.fixture
def inputs() -> Inputs:
    """The ids the cassettes were recorded with (the fake's seeded ones unless recorded live)."""
    return Inputs.from_dict(read_inputs())


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    for name in ("BEAM_API_KEY", "BEAM_WORKSPACE_ID", "BEAM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return []


@pytest.fixture
def make_client(sent: list[httpx.Request]) -> Iterator[Callable[[str], Beam]]:
    """A client as a user would build it (default base URL), logging every request it sends."""
    clients: list[Beam] = []

    def make(auth_mode: str) -> Beam:
        client = Beam(
            api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, auth_mode=auth_mode, max_retries=0
        )
        client.http.event_hooks["request"].append(sent.append)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


# -- replay --------------------------------------------------------------------------------------


def _token_pairs(cassette: Cassette) -> list[dict[str, Any]]:
    """The token pairs the cassette hands out, in order."""
    return [
        json.loads(response["body"]["string"])
        for request, response in zip(cassette.requests, cassette.responses, strict=True)
        if request.path in TOKEN_PATHS
    ]


def _check_auth(name: str, auth_mode: str, sent: list[httpx.Request], cassette: Cassette) -> None:
    if auth_mode == "api_key":
        for request in sent:
            assert request.url.path not in TOKEN_PATHS
            assert request.headers["x-api-key"] == FAKE_API_KEY
            assert "authorization" not in request.headers
        return
    assert sent[0].url.path == "/auth/access-token", "the first request exchanges the API key"
    assert json.loads(sent[0].content) == {"apiKey": FAKE_API_KEY}
    pairs = iter(_token_pairs(cassette))
    current: dict[str, Any] | None = None
    for request in sent:
        assert "x-api-key" not in request.headers
        if request.url.path in TOKEN_PATHS:
            assert "authorization" not in request.headers
            if request.url.path == "/auth/refresh-token":
                assert current is not None
                assert json.loads(request.content) == {"refreshToken": current["refreshToken"]}
            current = next(pairs)
            assert is_placeholder_jwt(current["idToken"]), "scrubbed idTokens are unsigned placeholder JWTs"
        else:
            assert current is not None
            assert request.headers["authorization"] == f"Bearer {current['idToken']}", name


def _check_workspace_headers(sent: list[httpx.Request], allowed: set[str]) -> None:
    for request in sent:
        operation = find_operation(request.method, request.url.path)
        assert operation is not None, f"{request.method} {request.url.path} is not documented"
        if operation.documents_header(WORKSPACE_HEADER):
            assert request.headers.get(WORKSPACE_HEADER) in allowed, operation.operation_id
        else:
            assert WORKSPACE_HEADER not in request.headers, operation.operation_id


def _check_auth_token_flow(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert [(r.method, r.url.path) for r in sent] == [
        ("POST", "/auth/access-token"),
        ("GET", "/v2/user/me"),
        ("POST", "/auth/refresh-token"),
        ("GET", "/v2/user/me"),
    ]
    assert sent[1].headers["authorization"] != sent[3].headers["authorization"], "refreshed token is used"
    before, after = result["before"], result["after"]
    assert isinstance(before, User) and isinstance(after, User)
    assert before.id == after.id and isinstance(before.id, str) and before.id


def _check_auth_api_key(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert [(r.method, r.url.path) for r in sent] == [("GET", "/v2/user/me")]
    assert isinstance(result["user"], User)


def _check_workspace_header(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    calls = [r for r in sent if r.url.path == "/agent"]
    assert [r.headers[WORKSPACE_HEADER] for r in calls] == [
        FAKE_WORKSPACE_ID,
        inputs.other_workspace_id,
        FAKE_WORKSPACE_ID,
    ]
    assert result["workspaces"] == (FAKE_WORKSPACE_ID, inputs.other_workspace_id)
    assert isinstance(result["home"], AgentList) and isinstance(result["again"], AgentList)
    assert [a.id for a in result["home"].agents] == [a.id for a in result["again"].agents]
    assert 400 <= result["other_status"] < 500, "a workspace the key cannot use is refused"


def _check_agents(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    listed = result["agents"]
    assert isinstance(listed, AgentList)
    assert listed.agents and listed.count >= len(listed.agents)
    ids = [agent.id for agent in listed.agents]
    assert all(isinstance(i, str) and i for i in ids) and len(set(ids)) == len(ids)


def _check_agent_graphs(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    graph, nodes = result["graph"], result["nodes"]
    assert isinstance(graph, AgentGraphResponse) and isinstance(nodes, AgentGraphLite)
    assert isinstance(graph.graph, AgentGraph) and isinstance(graph.graph.nodes, list)
    assert nodes.agent_id == graph.graph.agent_id == result["agent_id"]
    assert {n.id for n in nodes.nodes} <= {n.id for n in graph.graph.nodes}


def _check_agent_tasks(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert isinstance(result["tasks"], TaskGroupList)
    task = result["task"]
    assert isinstance(task, AgentTask) and task.id == result["task_id"]
    assert isinstance(task.status, str) and task.status


def _check_task_updates(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    stream = result["stream"]
    assert isinstance(stream, str)
    events = [json.loads(line[5:]) for line in stream.splitlines() if line.startswith("data:")]
    assert events and all(event["taskId"] == result["task_id"] for event in events)
    assert is_finished(events[-1]["status"])


def _check_agent_setup(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert isinstance(result["session"], SetupSession)
    assert sent[-1].url.path == f"/agent-setup/session/{result['agent_id']}"


def _check_context_files(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    link = result["link"]
    assert isinstance(link, ContextFileDownloadLink) and link.download_url.startswith("http")
    assert sent[-1].url.path == (
        f"/context/agent/{inputs.context_agent_id}/file/{inputs.context_file_id}/download"
    )


def _check_agent_views(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert isinstance(result["views"], ViewList)
    view = result["view"]
    assert isinstance(view, View) and view.id == result["view_id"]
    assert isinstance(result["records"], RecordsPage)
    assert len(result["records"].list_) <= 2


def _check_tools(result: Result, sent: list[httpx.Request], inputs: Inputs) -> None:
    assert isinstance(result["active"], ActiveToolList)
    models = result["models"]
    assert isinstance(models, list) and models and all(isinstance(m, PreferredModel) for m in models)


CHECKS: dict[str, Callable[[Result, list[httpx.Request], Inputs], None]] = {
    "auth_token_flow": _check_auth_token_flow,
    "auth_api_key": _check_auth_api_key,
    "workspace_header": _check_workspace_header,
    "agents": _check_agents,
    "agent_graphs": _check_agent_graphs,
    "agent_tasks": _check_agent_tasks,
    "task_updates": _check_task_updates,
    "agent_setup": _check_agent_setup,
    "context_files": _check_context_files,
    "agent_views": _check_agent_views,
    "tools": _check_tools,
}


@pytest.mark.vcr
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_scenario_replays(
    name: str, vcr: Cassette, make_client: Callable[[str], Beam], sent: list[httpx.Request], inputs: Inputs
) -> None:
    scenario = SCENARIOS[name]
    client = make_client(scenario.auth_mode)
    assert client.base_url == httpx.URL(DEFAULT_BASE_URL)

    result = scenario.run(client, inputs)

    assert vcr.play_count == len(vcr) and vcr.all_played, "the scenario replays the whole cassette"
    assert len(sent) == len(vcr)
    _check_auth(name, scenario.auth_mode, sent, vcr)
    allowed = (
        {FAKE_WORKSPACE_ID, inputs.other_workspace_id} if name == "workspace_header" else {FAKE_WORKSPACE_ID}
    )
    _check_workspace_headers(sent, allowed)
    CHECKS[name](result, sent, inputs)


@pytest.mark.vcr
@pytest.mark.parametrize("name", ["agents"])
def test_async_client_replays_the_same_cassette(name: str, vcr: Cassette, sent: list[httpx.Request]) -> None:
    """AsyncBeam goes through the same auth flow and matches the same recorded requests."""
    from beam_ai import AsyncBeam
    from beam_ai._requester import acall
    from beam_ai_api.api.agents import list_agents

    async def run() -> Any:
        async with AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, max_retries=0) as client:
            return await acall(client, list_agents, page_size=5, current_workspace_id=client.workspace_id)

    listed = asyncio.run(run())
    assert isinstance(listed, AgentList) and listed.agents
    assert vcr.all_played


def test_every_scenario_has_a_check_and_a_cassette() -> None:
    assert set(CHECKS) == set(SCENARIOS)
    assert {path.stem for path in cassette_files()} == set(SCENARIOS)


@pytest.mark.vcr
@pytest.mark.parametrize("name", ["agents"])
def test_replay_refuses_a_request_the_cassette_does_not_have(
    name: str, vcr: Cassette, make_client: Callable[[str], Beam]
) -> None:
    """Another workspace header is a different request: no match, and no network to fall back on."""
    from cassette_scenarios import op
    from vcr.errors import CannotOverwriteExistingCassetteException

    from beam_ai_api.api.agents import list_agents

    client = make_client("token").with_workspace("some-other-workspace")
    with pytest.raises(CannotOverwriteExistingCassetteException):
        op(client, list_agents, page_size=5)


# -- the cassettes against the spec --------------------------------------------------------------

CASSETTES = [pytest.param(path, id=path.stem) for path in cassette_files()]


@pytest.mark.parametrize("path", CASSETTES)
def test_cassette_conforms_to_the_spec(path: Path) -> None:
    """Request (path, query, headers, body) and response (status, body) of every interaction."""
    assert cassette_problems(path) == []


@pytest.mark.parametrize("path", CASSETTES)
def test_cassette_uses_the_documented_host_and_no_loopback_port(path: Path) -> None:
    for interaction in load_interactions(path):
        assert interaction.request.uri.startswith(DEFAULT_BASE_URL + "/"), interaction.request.uri
    text = path.read_text()
    assert "127.0.0.1" not in text and "localhost" not in text


def test_cassettes_cover_every_tag_with_a_read() -> None:
    """Every tag the fake serves by hand-written routes has a recorded read (a tag it answers from the
    spec alone, such as a newly added one, has no hand-written behaviour to pin; record one when the
    live API has it). The operations of Beam's tooling are evidence, not recorded yet."""
    hand = {(e.method, template(e.path)) for e in hand_endpoints()}
    tags = {
        module_name(op["tags"][0])
        for path, item in load_spec()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and (method.upper(), template(path)) in hand and "x-beam-source" not in op
    }
    read: set[str] = set()
    for path in cassette_files():
        for interaction in load_interactions(path):
            operation = find_operation(interaction.request.method, interaction.path)
            assert operation is not None
            if interaction.status < 300 and (operation.method == "GET" or operation.tag == "Auth"):
                read.add(module_name(operation.tag))
    assert tags and read >= tags


def test_validation_catches_a_spec_violation(tmp_path: Path) -> None:
    """The conformance test above is not vacuous: a drifted response and a bad request are reported."""
    source = (CASSETTE_DIR / "agents.yaml").read_text()
    drifted = source.replace('"count"', '"total"').replace("pageSize=5", "pageSize=five")
    drifted = drifted.replace("current-workspace-id", "x-workspace")
    (tmp_path / "agents.yaml").write_text(drifted)
    problems = cassette_problems(tmp_path / "agents.yaml")
    assert any("listAgents" in p and "'count' is a required property" in p for p in problems)
    assert any("pageSize" in p for p in problems)
    assert any("current-workspace-id" in p for p in problems)
    unauthenticated = source.replace("authorization:", "x-unused:")
    (tmp_path / "agents.yaml").write_text(unauthenticated)
    assert any("listAgents" in p and "Security" in p for p in cassette_problems(tmp_path / "agents.yaml"))


def test_placeholders_in_cassettes_are_the_scrubbed_kind() -> None:
    for path in cassette_files():
        for interaction in load_interactions(path):
            for name in ("authorization", "x-api-key"):
                value = interaction.request_header(name)
                if value is not None:
                    assert value == PLACEHOLDER or is_placeholder(value.removeprefix("Bearer "))


# -- the recorder ---------------------------------------------------------------------------------


def _load_recorder() -> Any:
    spec = importlib.util.spec_from_file_location(
        "record_cassettes", ROOT / "scripts" / "record_cassettes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_recorder_records_every_scenario_against_the_fake(tmp_path: Path) -> None:
    """scripts/record_cassettes.py works end to end: records, validates, scans, writes."""
    assert _load_recorder().main(["--out", str(tmp_path)]) == 0
    assert {p.stem for p in cassette_files(tmp_path)} == set(SCENARIOS)
    assert all(cassette_problems(p) == [] for p in cassette_files(tmp_path))
    assert read_inputs(tmp_path) == Inputs().to_dict()


def test_recorder_live_mode_uses_the_beam_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_beam: FakeBeam
) -> None:
    """--live against a stand-in for the API (the fake on loopback, the only http host allowed)."""
    assert fake_beam.url is not None
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", fake_beam.url + "/")
    file = f"{SUPPORT_AGENT_ID}/{SEEDED_CONTEXT_FILE_ID}"
    argv = ["--live", "--context-file", file, "--out", str(tmp_path), "auth_token_flow", "context_files"]
    assert _load_recorder().main(argv) == 0

    assert {p.stem for p in cassette_files(tmp_path)} == {"auth_token_flow", "context_files"}
    assert read_inputs(tmp_path)["context_file_id"] == SEEDED_CONTEXT_FILE_ID
    text = (tmp_path / "auth_token_flow.yaml").read_text()
    assert "user@example.com" in text and "fake.user@example.com" not in text  # live: emails redacted
    assert find_secrets(tmp_path / "auth_token_flow.yaml", known_secrets=[FAKE_API_KEY]) == []


def test_recorder_refuses_live_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BEAM_API_KEY", "BEAM_WORKSPACE_ID"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit, match="BEAM_API_KEY"):
        _load_recorder().main(["--live", "agents"])


def test_recorder_keeps_the_old_cassette_when_a_scenario_breaks_the_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A violation names the operation and leaves the committed cassette alone."""
    recorder = _load_recorder()
    (tmp_path / "agents.yaml").write_text("old")

    class DriftingScrubber(Scrubber):  # as if the server renamed a required field
        def before_record_response(self, response: dict[str, Any]) -> dict[str, Any]:
            response = super().before_record_response(response)
            response["body"]["string"] = response["body"]["string"].replace(b'"count"', b'"total"')
            return response

    monkeypatch.setattr(recorder, "Scrubber", DriftingScrubber)
    assert recorder.main(["--out", str(tmp_path), "agents"]) == 1
    assert (tmp_path / "agents.yaml").read_text() == "old"
    out = capsys.readouterr().out
    assert (
        "FAIL agents" in out and "listAgents (GET /agent)" in out and "'count' is a required property" in out
    )
