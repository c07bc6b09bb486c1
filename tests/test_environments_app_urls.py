"""Environments by name, pasted app links for task ids, and retries that read the spec's idempotency."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from drivers import Driver

from beam_ai import (
    APIConnectionError,
    AppUrl,
    AsyncBeam,
    Beam,
    BeamConfigError,
    BeamValidationError,
    parse_app_url,
)
from beam_ai._app_urls import API_HOSTS
from beam_ai._config import resolve
from beam_ai.testing import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INVOICE_AGENT_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
)
from spec_tools import load_spec

WS, AGENT, TASK = "3d5e8a42-ws", "a1000000-agent", "t1000000-task"


@pytest.mark.parametrize("cls", [Beam, AsyncBeam])
@pytest.mark.parametrize(
    ("environment", "host"),
    [
        ("production", "api.beamstudio.ai"),
        ("enterprise", "api.enterprise.beamstudio.ai"),
        ("staging", "api.bid.beamstudio.ai"),
    ],
)
def test_an_environment_picks_its_api_host(
    cls: type[Beam] | type[AsyncBeam], environment: str, host: str
) -> None:
    client = cls(api_key="k", workspace_id="w", environment=environment)
    assert client.base_url.host == host


def test_environment_hosts_are_the_spec_servers() -> None:
    assert {server["url"] for server in load_spec()["servers"]} == set(API_HOSTS.values())


def test_beam_environment_variable_and_precedence() -> None:
    env = {"BEAM_API_KEY": "k", "BEAM_WORKSPACE_ID": "w", "BEAM_ENVIRONMENT": "enterprise"}
    common = {"api_key": None, "workspace_id": None, "auth_mode": "auto"}
    assert resolve(base_url=None, env=env, **common).base_url.host == "api.enterprise.beamstudio.ai"
    assert (
        resolve(base_url=None, environment="staging", env=env, **common).base_url.host
        == "api.bid.beamstudio.ai"
    )
    with_url = {**env, "BEAM_BASE_URL": "https://gw.example.com"}
    assert resolve(base_url=None, env=with_url, **common).base_url.host == "gw.example.com"
    with pytest.raises(
        BeamConfigError, match="BEAM_ENVIRONMENT must be one of production, enterprise, staging"
    ):
        resolve(base_url=None, env={**env, "BEAM_ENVIRONMENT": "prod"}, **common)
    with pytest.raises(BeamConfigError, match="base_url or environment, not both"):
        Beam(api_key="k", workspace_id="w", base_url="https://x.example.com", environment="production")
    with pytest.raises(BeamConfigError, match="environment must be one of"):
        Beam(api_key="k", workspace_id="w", environment="Enterprise")


@pytest.mark.parametrize(
    ("url", "parsed"),
    [
        (f"https://app.beam.ai/{WS}/{AGENT}/tasks/{TASK}", AppUrl("production", WS, AGENT, TASK)),
        (f"https://app.beam.ai/{WS}/{AGENT}/flow", AppUrl("production", WS, AGENT)),
        (f"https://app.beam.ai/{WS}/{AGENT}", AppUrl("production", WS, AGENT)),
        (f"https://app.enterprise.beam.ai/{WS}/{AGENT}/flow", AppUrl("enterprise", WS, AGENT)),
        (f"https://app.enterprise.beam.ai/agent/{AGENT}", AppUrl("enterprise", agent_id=AGENT)),
        (f"https://app.beam.ai/workspace/{WS}/{AGENT}", AppUrl("production", WS, AGENT)),
        (f"https://app.beam.ai/tasks/{TASK}", AppUrl("production", task_id=TASK)),
        (f"https://app.bid.beam.ai/{WS}/{AGENT}/tasks/{TASK}?tab=1", AppUrl("staging", WS, AGENT, TASK)),
    ],
)
def test_app_link_formats(url: str, parsed: AppUrl) -> None:
    assert parse_app_url(url) == parsed


@pytest.mark.parametrize(
    "url", ["https://evil.example.com/w/a/tasks/t", "ftp://app.beam.ai/w", "https://app.beam.ai/"]
)
def test_links_that_are_not_beam_app_pages_are_refused(url: str) -> None:
    with pytest.raises(BeamValidationError, match=r"^url: "):
        parse_app_url(url)


def _driver(make_driver: Callable[..., Driver], server: FakeBeamServer, fake: FakeBeam) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
    )


def _link(task_id: str, workspace: str = FAKE_WORKSPACE_ID, host: str = "app.beam.ai") -> str:
    return f"https://{host}/{workspace}/{SUPPORT_AGENT_ID}/tasks/{task_id}"


def test_task_methods_take_a_pasted_link(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    task = driver.invoke(lambda c: c.agent_tasks.get(_link(SEEDED_TASK_IDS[0])))
    assert task.id == SEEDED_TASK_IDS[0]
    assert fake_beam.requests[-1].path == f"/agent-tasks/{SEEDED_TASK_IDS[0]}"
    waited = driver.invoke(lambda c: c.agent_tasks.wait(_link(SEEDED_TASK_IDS[1])))
    assert waited.id == SEEDED_TASK_IDS[1]
    driver.invoke(lambda c: c.agent_tasks.approve(_link(CONSENT_WAITING_TASK_ID)))
    approve = fake_beam.requests[-1]
    assert approve.path == f"/agent-tasks/execution/{CONSENT_WAITING_TASK_ID}/user-consent"
    assert approve.body["taskId"] == CONSENT_WAITING_TASK_ID  # the body's copy of the id too


def test_a_link_into_another_workspace_is_refused_before_sending(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    sent = len(fake_beam.requests)
    with pytest.raises(
        BeamValidationError, match=r"task_id: the link is for workspace 'other-ws'.*with_workspace"
    ):
        driver.invoke(lambda c: c.agent_tasks.get(_link(SEEDED_TASK_IDS[0], workspace="other-ws")))
    with pytest.raises(BeamValidationError, match="task_id: the link names no task"):
        driver.invoke(
            lambda c: c.agent_tasks.abort(
                f"https://app.beam.ai/{FAKE_WORKSPACE_ID}/{INVOICE_AGENT_ID}", reason=""
            )
        )
    assert len(fake_beam.requests) == sent


def test_a_link_from_another_environment_is_refused() -> None:
    client = Beam(
        api_key="k",
        workspace_id=WS,
        environment="production",
        transport=httpx.MockTransport(lambda r: httpx.Response(500)),
    )
    with pytest.raises(BeamValidationError, match=r'enterprise environment.*environment="enterprise"'):
        client.agent_tasks.get(_link(TASK, workspace=WS, host="app.enterprise.beam.ai"))


def _dropping(fake: FakeBeam, path: str) -> None:
    fake.faults.add("drop_after", method="PUT", path=path, times=1)


def test_a_put_the_spec_marks_not_idempotent_is_never_resent(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    path = "/integration-provider/add-token-credential"
    _dropping(fake_beam, path)
    with pytest.raises(APIConnectionError) as raised:
        driver.invoke(
            lambda c: c.integrations.add_token_credential(integration_id="i1", credentials={"token": "x"})
        )
    assert raised.value.outcome_unknown
    assert fake_beam.requests.count("PUT", path) == 1
    # An idempotent PUT (replace a custom integration) is resent after the same drop.
    created = driver.invoke(lambda c: c.integrations.create_custom(name="n"))
    _dropping(fake_beam, f"/custom-integrations/{created.id}")
    driver.invoke(lambda c: c.integrations.update_custom(created.id, name="n2"))
    assert fake_beam.requests.count("PUT", f"/custom-integrations/{created.id}") == 2
