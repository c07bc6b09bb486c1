"""What goes on the wire and what comes back, asserted on the request rather than on a tolerant fake.

List filters as documented (one comma-separated value), timeouts of every phase as `APITimeoutError`,
and both paginators stopping at the envelope's total. Both clients throughout.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver

from beam_ai import APITimeoutError, BadRequestError
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
)

MakeDriver = Callable[..., Driver]


@pytest.fixture
def driver(make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )


# -- list filters: `statuses=FAILED,COMPLETED`, one value, exactly as documented -----------------


LIST_CALLS: dict[str, tuple[str, str, Callable[[Any, Any], Any]]] = {
    "list": ("/agent-tasks", "statuses", lambda c, s: c.agent_tasks.list(statuses=s)),
    "get_neighbours": (
        "/agent-tasks/iterate",
        "statuses",
        lambda c, s: c.agent_tasks.get_neighbours(statuses=s),
    ),
    "list_latest_executions": (
        "/agent-tasks/latest-executions",
        "includedStatuses",
        lambda c, s: c.agent_tasks.list_latest_executions(agent_id=SUPPORT_AGENT_ID, included_statuses=s),
    ),
}


@pytest.mark.parametrize("method", [*LIST_CALLS, "list_all"])
@pytest.mark.parametrize(
    "statuses", [["FAILED", "COMPLETED"], ("FAILED", "COMPLETED")], ids=["list", "tuple"]
)
def test_status_filters_go_on_the_wire_comma_separated(
    driver: Driver, fake_beam: FakeBeam, method: str, statuses: Any
) -> None:
    if method == "list_all":
        path, name = "/agent-tasks", "statuses"
        fake_beam.faults.add("strict_list_filters", method="GET", path=path)  # 400 for any other form
        driver.collect(lambda c: c.agent_tasks.list_all(statuses=statuses, page_size=5))
    else:
        path, name, call = LIST_CALLS[method]
        fake_beam.faults.add("strict_list_filters", method="GET", path=path)
        driver.invoke(lambda c: call(c, statuses))
    sent = fake_beam.requests.filter("GET", path)
    assert sent and all(r.status == 200 for r in sent)
    assert all(r.query[name] == "FAILED,COMPLETED" for r in sent)


@pytest.mark.parametrize(
    "query",
    [
        "statuses=FAILED&statuses=COMPLETED",
        "statuses[]=FAILED",
        'statuses=["FAILED"]',
        "statuses=FAILED, COMPLETED",
    ],
)
def test_the_strict_fake_refuses_filters_not_in_the_documented_form(
    driver: Driver, fake_beam: FakeBeam, query: str
) -> None:
    fake_beam.faults.add("strict_list_filters", method="GET", path="/agent-tasks")
    with pytest.raises(BadRequestError):
        driver.request("GET", f"/agent-tasks?{query}")
    driver.request("GET", "/agent-tasks?statuses=failed,completed")  # the documented form passes


# -- every kind of timeout is an APITimeoutError ----------------------------------------------------


@pytest.mark.parametrize(
    ("error", "method", "outcome_unknown"),
    [
        (httpx.ConnectTimeout, "GET", False),
        (httpx.ConnectTimeout, "POST", False),  # never connected: the server did not act
        (httpx.PoolTimeout, "POST", False),  # no connection free: nothing was sent
        (httpx.WriteTimeout, "POST", True),  # part of the request may have arrived
        (httpx.WriteTimeout, "GET", False),
        (httpx.ReadTimeout, "POST", True),
        (httpx.ReadTimeout, "GET", False),
    ],
)
def test_connect_write_pool_and_read_timeouts_raise_api_timeout_error(
    make_driver: MakeDriver, error: type[httpx.TimeoutException], method: str, outcome_unknown: bool
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error(f"{error.__name__} (simulated)", request=request)

    driver = make_driver(
        api_key="bm_key_fake_timeouts",
        workspace_id=FAKE_WORKSPACE_ID,
        base_url="https://api.beam.test",
        auth_mode="api_key",
        transport=httpx.MockTransport(handler),
        max_retries=0,
    )
    with pytest.raises(APITimeoutError) as caught:
        driver.request(method, "/agent-tasks", json={} if method == "POST" else None)
    assert caught.value.outcome_unknown is outcome_unknown
    assert caught.value.method == method and "timed out" in str(caught.value)
    assert isinstance(caught.value.__cause__, error)


# -- both paginators stop at the envelope's total on a full last page ----------------------------


def _add_agents(fake: FakeBeam, count: int) -> None:
    with fake.store.lock:
        template = fake.store.agents[SUPPORT_AGENT_ID]
        for i in range(count):
            agent = copy.deepcopy(template)
            agent.update(id=f"agent-{i:03d}", name=f"Agent {i:03d}", order=100 + i)
            fake.store.agents[agent["id"]] = agent


def _add_tasks(fake: FakeBeam, count: int) -> None:
    with fake.store.lock:
        for i in range(count):
            fake.store.create_task(SUPPORT_AGENT_ID, f"Ticket {i}", "", fake.clock.now() + i / 100)
    fake.advance(10)


def test_list_all_stops_at_the_total_on_a_full_last_page(driver: Driver, fake_beam: FakeBeam) -> None:
    _add_agents(fake_beam, 18)  # 20 agents: two full pages of 10
    agents = driver.collect(lambda c: c.agents.list_all(page_size=10))
    assert len(agents) == 20
    assert fake_beam.requests.count("GET", "/agent") == 2  # no third, empty page

    _add_tasks(fake_beam, 10)  # with the 2 seeded ones, 12 support tasks: two full pages of 6
    tasks = driver.collect(lambda c: c.agent_tasks.list_all(agent_id=SUPPORT_AGENT_ID, page_size=6))
    assert len(tasks) == 12
    assert fake_beam.requests.count("GET", "/agent-tasks") == 2


def test_list_all_of_nothing_is_empty(
    driver: Driver, fake_beam: FakeBeam, request: pytest.FixtureRequest
) -> None:
    assert driver.collect(lambda c: c.agents.list_all(search_query="no such agent")) == []
    assert fake_beam.requests.count("GET", "/agent") == 1
