"""Each route family gets the credentials it accepts, on both clients, against the fake's rules.

The spec says per operation what it accepts (`security`); the fake enforces exactly that, so a client
sending the wrong credential fails here the way it would against Beam.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver

from beam_ai import AuthenticationError, PermissionDeniedError
from beam_ai._operation_auth import choose
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    FakeBeam,
    FakeBeamServer,
)

KEY = ("ApiKeyAuth",)
TOKEN = ("BearerAuth",)
BOTH = ("ApiKeyAuth", "BearerAuth")


def _driver(
    make_driver: Callable[..., Driver], server: FakeBeamServer, fake: FakeBeam, **options: Any
) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        **options,
    )


def _sent(fake: FakeBeam, path: str) -> tuple[bool, bool]:
    """(x-api-key sent, Bearer sent) on the last request to `path` (masked in the log, but present)."""
    last = [r for r in fake.requests if r.path == path][-1]
    return "x-api-key" in last.headers, last.headers.get("authorization", "").lower().startswith("bearer")


CALLS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "reference": ("/agent", lambda c: c.agents.list()),
    "tooling_key": ("/agent-tasks/statuses", lambda c: c.agent_tasks.get_status_counts()),
    "token_only": ("/agent-task-notification", lambda c: c.notifications.list()),
    "graphs": (f"/agent-graphs/{SUPPORT_AGENT_ID}", lambda c: c.agent_graphs.get(SUPPORT_AGENT_ID)),
}
# (x-api-key, Bearer) each mode sends per family.
EXPECTED = {
    "auto": {
        "reference": (False, True),
        "tooling_key": (True, False),
        "token_only": (False, True),
        "graphs": (True, True),
    },
    "api_key": {
        "reference": (True, False),
        "tooling_key": (True, False),
        "token_only": (False, True),
        "graphs": (True, False),
    },
    "token": {
        "reference": (False, True),
        "tooling_key": (False, True),
        "token_only": (False, True),
        "graphs": (False, True),
    },
}


@pytest.mark.parametrize("mode", sorted(EXPECTED))
@pytest.mark.parametrize("family", sorted(CALLS))
def test_each_family_gets_what_it_accepts_in_each_mode(
    mode: str,
    family: str,
    make_driver: Callable[..., Driver],
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam, auth_mode=mode)
    path, use = CALLS[family]
    driver.invoke(use)  # the fake enforces the family's rule: a wrong credential is a 401
    assert _sent(fake_beam, path) == EXPECTED[mode][family]


def test_the_default_mode_is_auto(
    make_driver: Callable[..., Driver], fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    assert _driver(make_driver, fake_beam_server, fake_beam).client.auth_mode == "auto"


def test_operations_without_security_get_no_credentials(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam, auth_mode="api_key")
    driver.invoke(lambda c: c.auth.create_token(api_key=FAKE_API_KEY))
    assert _sent(fake_beam, "/auth/access-token") == (False, False)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"x-api-key": FAKE_API_KEY}, 401),
        ({}, 401),
        ({"x-api-key": FAKE_API_KEY, "authorization": "Bearer x"}, 401),
    ],
)
def test_the_fake_refuses_the_key_on_token_only_routes(
    headers: dict[str, str], status: int, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    headers = {**headers, "current-workspace-id": FAKE_WORKSPACE_ID}
    response = httpx.get(f"{fake_beam_server.url}/agent-task-notification", headers=headers)
    assert response.status_code == status
    token = httpx.post(f"{fake_beam_server.url}/auth/access-token", json={"apiKey": FAKE_API_KEY}).json()[
        "idToken"
    ]
    ok = httpx.get(
        f"{fake_beam_server.url}/agent-task-notification",
        headers={"authorization": f"Bearer {token}", "current-workspace-id": FAKE_WORKSPACE_ID},
    )
    assert ok.status_code == 200


def test_a_newer_deployment_wants_both_on_graphs(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.quirks.preferred_auth_only = True
    with pytest.raises(AuthenticationError):
        _driver(make_driver, fake_beam_server, fake_beam, auth_mode="api_key").invoke(
            lambda c: c.agent_graphs.get(SUPPORT_AGENT_ID)
        )
    graph = _driver(make_driver, fake_beam_server, fake_beam).invoke(
        lambda c: c.agent_graphs.get(SUPPORT_AGENT_ID)
    )
    assert graph.graph.id == SUPPORT_GRAPH_ID


def test_auto_repeats_a_refused_read_once_with_the_token(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    """Some workspace reads refuse the key but take the token minted from it (Beam's CLI does the same)."""
    fake_beam.quirks.refuse_api_key_on = ("/agent-tasks/statuses",)
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    assert driver.invoke(lambda c: c.agent_tasks.get_status_counts())
    sent = [r for r in fake_beam.requests if r.path == "/agent-tasks/statuses"]
    assert [(r.status, "x-api-key" in r.headers) for r in sent] == [(403, True), (200, False)]
    with pytest.raises(PermissionDeniedError):  # api_key was asked for explicitly: no switch
        _driver(make_driver, fake_beam_server, fake_beam, auth_mode="api_key").invoke(
            lambda c: c.agent_tasks.get_status_counts()
        )


def test_auto_never_repeats_a_refused_write(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.quirks.refuse_api_key_on = ("/agent-views",)
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    with pytest.raises(PermissionDeniedError):
        driver.invoke(lambda c: c.agent_views.create(name="v"))
    assert [r.status for r in fake_beam.requests if r.path == "/agent-views"] == [403]


@pytest.mark.parametrize(
    ("mode", "alternatives", "chosen"),
    [
        ("auto", (KEY, TOKEN), KEY),
        ("auto", (TOKEN, KEY), TOKEN),
        ("auto", (BOTH, KEY, TOKEN), BOTH),
        ("api_key", (TOKEN,), TOKEN),
        ("api_key", (BOTH, KEY, TOKEN), KEY),
        ("token", (BOTH, KEY, TOKEN), TOKEN),
        ("token", (KEY,), KEY),
        ("auto", (), ()),
    ],
)
def test_choice_of_credentials(
    mode: str, alternatives: tuple[tuple[str, ...], ...], chosen: tuple[str, ...]
) -> None:
    assert choose(mode, alternatives) == chosen
