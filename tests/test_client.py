"""The overlay's constructors wire every generated operation to one configured httpx client."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

import beam_ai
from beam_ai import AsyncBeam, Beam
from beam_ai_api.api.agent_tasks import create_task
from beam_ai_api.api.agents import list_agents
from beam_ai_api.models import AgentList, CreateTaskRequest, TaskQuery

FAKE_KEY = "bm_key_fake_test-key_0000"


def _agents_handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"agents": [{"id": "a1", "name": "Support"}], "count": 1})

    return httpx.MockTransport(handle)


def test_generated_operation_goes_through_configured_client() -> None:
    seen: list[httpx.Request] = []
    with Beam(
        api_key=FAKE_KEY, workspace_id="ws-1", base_url="https://beam.test/", transport=_agents_handler(seen)
    ) as beam:
        result = list_agents.sync(client=beam.raw, current_workspace_id="ws-1", page_size=5)
    assert isinstance(result, AgentList) and result.agents[0].name == "Support"
    (request,) = seen
    assert str(request.url) == "https://beam.test/agent?pageSize=5"
    assert request.headers["x-api-key"] == FAKE_KEY
    assert request.headers["current-workspace-id"] == "ws-1"
    assert request.headers["user-agent"] == f"beam-ai-python/{beam_ai.__version__} httpx/{httpx.__version__}"


def test_timeout_is_on_by_default_and_configurable() -> None:
    assert Beam().http.timeout == httpx.Timeout(60.0, connect=10.0)
    assert Beam(timeout=3).http.timeout == httpx.Timeout(3)
    assert Beam().base_url == "https://api.beamstudio.ai"


def test_post_body_and_workspace_header_reach_the_server() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            201, json={"id": "t1", "status": "QUEUED", "updatesUrl": "/agent-tasks/t1/updates"}
        )

    with Beam(api_key=FAKE_KEY, workspace_id="ws-1", transport=httpx.MockTransport(handle)) as beam:
        body = CreateTaskRequest(agent_id="a1", task_query=TaskQuery(query="Summarise"))
        created = create_task.sync(client=beam.raw, body=body, current_workspace_id="ws-1")
    assert created is not None and created.status == "QUEUED"
    assert json.loads(seen[0].read()) == {"agentId": "a1", "taskQuery": {"query": "Summarise"}}


def test_async_client_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> AgentList | None:
        async with AsyncBeam(api_key=FAKE_KEY, workspace_id="ws-1", transport=_agents_handler(seen)) as beam:
            result = await list_agents.asyncio(client=beam.raw, current_workspace_id="ws-1")
            return result if isinstance(result, AgentList) else None

    result = asyncio.run(run())
    assert result is not None and result.count == 1
    assert seen[0].headers["x-api-key"] == FAKE_KEY
    assert seen[0].headers["user-agent"].startswith("beam-ai-python/")


def test_api_key_never_appears_in_reprs_or_default_headers() -> None:
    beam = Beam(api_key=FAKE_KEY, workspace_id="ws-1")
    assert FAKE_KEY not in repr(beam)
    assert FAKE_KEY not in repr(beam.http.auth)
    assert FAKE_KEY not in str(dict(beam.http.headers))
    assert "x-api-key" not in beam.http.headers


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"api_key": ""}, "api_key"), ({"workspace_id": " "}, "workspace_id")]
)
def test_blank_credentials_fail_before_any_request(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        Beam(**kwargs)
