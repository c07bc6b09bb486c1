"""`list_all*` walks every item of every list endpoint, lazily, reading each endpoint's own envelope.

Items are added to the fake's store directly; small page sizes give several pages. Request counts
show laziness (nothing is fetched before iteration) and where the walk stops: a short page, an
empty page, or the documented total reached on a full page.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from beam_ai import AsyncBeam, Beam, BeamValidationError
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INVOICE_VIEW_ID,
    SUPPORT_AGENT_ID,
    VENDOR_LINK_COLUMN_ID,
    VENDOR_VIEW_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.models import Agent, AgentList, AgentTaskNode, MinimalAgentTask, RecordsPage, View


def _client(server: FakeBeamServer, fake: FakeBeam) -> Beam:
    return Beam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
    )


def _async_client(server: FakeBeamServer, fake: FakeBeam) -> AsyncBeam:
    return AsyncBeam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
    )


@pytest.fixture
def beam(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Any:
    with _client(fake_beam_server, fake_beam) as client:
        yield client


def add_agents(fake: FakeBeam, count: int) -> list[str]:
    """`count` more agents after the two seeded ones; returns every agent id in list order."""
    store = fake.store
    with store.lock:
        template = store.agents[SUPPORT_AGENT_ID]
        for i in range(count):
            agent = copy.deepcopy(template)
            agent.update(id=f"agent-{i:03d}", name=f"Agent {i:03d}", order=100 + i)
            store.agents[agent["id"]] = agent
        return [a["id"] for a in sorted(store.agents.values(), key=lambda a: a["order"])]


def add_tasks(fake: FakeBeam, count: int) -> set[str]:
    """`count` more support tasks, completed; returns the ids of every support task."""
    store = fake.store
    with store.lock:
        for i in range(count):
            store.create_task(SUPPORT_AGENT_ID, f"Ticket {i}", "", fake.clock.now() + i / 100)
    fake.advance(10)
    with store.lock:
        return {t.id for t in store.tasks.values() if t.agent_id == SUPPORT_AGENT_ID}


def add_records(fake: FakeBeam, count: int) -> list[int]:
    with fake.store.lock:
        records = fake.store.views[INVOICE_VIEW_ID]["records"]
        for i in range(count):
            records.append(
                {"Id": 100 + i, "invoiceNumber": f"INV-{2000 + i}", "vendor": "Acme GmbH", "amount": 1.0}
            )
        return [r["Id"] for r in records]


def gets(fake: FakeBeam, path: str) -> int:
    return fake.requests.count("GET", path)


# -- agents: {agents, count} ---------------------------------------------------------------------------


def test_agents_every_item_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    expected = add_agents(fake_beam, 23)  # 25 in all: pages of 10, 10, 5
    agents = list(beam.agents.list_all(page_size=10))
    assert all(isinstance(a, Agent) for a in agents)
    assert [a.id for a in agents] == expected
    assert gets(fake_beam, "/agent") == 3
    assert [r.query["pageNum"] for r in fake_beam.requests.filter("GET", "/agent")] == ["1", "2", "3"]


def test_agents_stop_at_the_total_on_a_full_last_page(beam: Beam, fake_beam: FakeBeam) -> None:
    add_agents(fake_beam, 18)  # 20 in all: two full pages, no third request
    assert len(list(beam.agents.list_all(page_size=10))) == 20
    assert gets(fake_beam, "/agent") == 2


def test_agents_pages_and_laziness(beam: Beam, fake_beam: FakeBeam) -> None:
    add_agents(fake_beam, 5)  # 7 in all
    paginator = beam.agents.list_all(page_size=3, search_query="agent")
    assert gets(fake_beam, "/agent") == 0
    pages = paginator.pages()
    assert gets(fake_beam, "/agent") == 0
    first = next(pages)
    assert isinstance(first, AgentList) and first.count == 5 and len(first.agents) == 3
    assert gets(fake_beam, "/agent") == 1
    assert [len(p.agents) for p in pages] == [2]
    assert gets(fake_beam, "/agent") == 2
    assert fake_beam.requests.filter("GET", "/agent")[0].query["searchQuery"] == "agent"


def test_agents_empty_result_is_one_request(beam: Beam, fake_beam: FakeBeam) -> None:
    assert list(beam.agents.list_all(search_query="no such agent")) == []
    assert gets(fake_beam, "/agent") == 1


def test_iterating_twice_fetches_again(beam: Beam, fake_beam: FakeBeam) -> None:
    paginator = beam.agents.list_all(page_size=5)
    assert len(list(paginator)) == len(list(paginator)) == 2
    assert gets(fake_beam, "/agent") == 2


def test_paginator_arguments_are_checked_before_any_request(beam: Beam, fake_beam: FakeBeam) -> None:
    with pytest.raises(BeamValidationError) as raised:
        beam.agents.list_all(page_size=0)
    assert raised.value.field == "page_size"
    with pytest.raises(BeamValidationError):
        beam.agent_views.list_all_records("", page_size=10)
    assert len(fake_beam.requests) == 0


# -- tasks: {data: [groups of tasks], totalCount} -------------------------------------------------


def test_tasks_every_task_across_pages_and_groups(beam: Beam, fake_beam: FakeBeam) -> None:
    expected = add_tasks(fake_beam, 12)  # 14 support tasks: pages of 5, 5, 4
    tasks = list(beam.agent_tasks.list_all(agent_id=SUPPORT_AGENT_ID, page_size=5, grouping="status"))
    assert all(isinstance(t, MinimalAgentTask) for t in tasks)
    assert len(tasks) == 14 and {t.id for t in tasks} == expected
    assert gets(fake_beam, "/agent-tasks") == 3


def test_tasks_pages_report_the_total(beam: Beam, fake_beam: FakeBeam) -> None:
    add_tasks(fake_beam, 8)  # 10 support + 2 invoice tasks = 12
    pages = list(beam.agent_tasks.list_all(page_size=4).pages())
    assert [p.total_count for p in pages] == [12, 12, 12]
    assert [sum(len(g.tasks) for g in p.data) for p in pages] == [4, 4, 4]
    assert gets(fake_beam, "/agent-tasks") == 3  # stopped by the total, not by an empty fourth page


def test_latest_executions_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    add_tasks(fake_beam, 10)  # 12 completed support tasks: default page size 5 -> 5, 5, 2
    executions = list(beam.agent_tasks.list_all_latest_executions(agent_id=SUPPORT_AGENT_ID))
    assert len(executions) == 12 and len({e["id"] for e in executions}) == 12
    assert gets(fake_beam, "/agent-tasks/latest-executions") == 3


def test_task_nodes_by_tool_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    add_tasks(fake_beam, 8)  # 10 support tasks, each ran classify_ticket once
    nodes = list(
        beam.agent_graphs.list_all_task_nodes_by_tool(
            "classify_ticket", agent_id=SUPPORT_AGENT_ID, page_size=4
        )
    )
    assert all(isinstance(n, AgentTaskNode) for n in nodes) and len(nodes) == 10
    assert gets(fake_beam, "/agent-graphs/agent-task-nodes/classify_ticket") == 3


# -- views: {views, total}; records: {list, pageInfo} ---------------------------------------------


def test_views_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    views = list(beam.agent_views.list_all(page_size=1))
    assert [type(v) for v in views] == [View, View]
    assert {v.id for v in views} == {INVOICE_VIEW_ID, VENDOR_VIEW_ID}
    assert gets(fake_beam, "/agent-views") == 2


def test_records_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    expected = add_records(fake_beam, 8)  # 13 records: 5, 5, 3
    paginator = beam.agent_views.list_all_records(INVOICE_VIEW_ID, page_size=5, fields="invoiceNumber")
    pages = list(paginator.pages())
    assert all(isinstance(p, RecordsPage) for p in pages)
    assert [p.page_info.total_rows for p in pages] == [13, 13, 13]
    assert [r["Id"] for p in pages for r in p.list_] == expected
    assert set(pages[0].list_[0]) == {"Id", "invoiceNumber"}
    assert gets(fake_beam, f"/agent-views/{INVOICE_VIEW_ID}/records") == 3


def test_filtered_records_stop_on_the_short_page(beam: Beam, fake_beam: FakeBeam) -> None:
    records = list(
        beam.agent_views.list_all_records(INVOICE_VIEW_ID, where="(vendor,eq,Globex)", page_size=5)
    )
    assert [r["invoiceNumber"] for r in records] == ["INV-1002", "INV-1005"]
    assert gets(fake_beam, f"/agent-views/{INVOICE_VIEW_ID}/records") == 1


def test_linked_records_across_pages(beam: Beam, fake_beam: FakeBeam) -> None:
    with fake_beam.store.lock:
        vendors = fake_beam.store.views[VENDOR_VIEW_ID]["records"]
        vendors.extend({"Id": 10 + i, "name": f"Vendor {i}", "country": "FR"} for i in range(4))
        fake_beam.store.views[INVOICE_VIEW_ID]["records"][0]["vendorRecord"] = [1, 2, 3, 10, 11, 12, 13]
    linked = list(
        beam.agent_views.list_all_linked_records(INVOICE_VIEW_ID, VENDOR_LINK_COLUMN_ID, 1, page_size=3)
    )
    assert [r["Id"] for r in linked] == [1, 2, 3, 10, 11, 12, 13]
    assert gets(fake_beam, f"/agent-views/{INVOICE_VIEW_ID}/columns/{VENDOR_LINK_COLUMN_ID}/links/1") == 3


# -- async ---------------------------------------------------------------------------------------------


def test_async_agents_and_tasks(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    agent_ids = add_agents(fake_beam, 9)  # 11 agents
    task_ids = add_tasks(fake_beam, 5)  # 7 support tasks

    async def run() -> tuple[list[str], list[int], set[str], int]:
        async with _async_client(fake_beam_server, fake_beam) as client:
            paginator = client.agents.list_all(page_size=4)
            before = gets(fake_beam, "/agent")
            agents = [a.id async for a in paginator]
            sizes = [len(p.agents) async for p in client.agents.list_all(page_size=4).pages()]
            tasks = {t.id async for t in client.agent_tasks.list_all(agent_id=SUPPORT_AGENT_ID, page_size=3)}
            return agents, sizes, tasks, before

    agents, sizes, tasks, before = asyncio.run(run())
    assert before == 0
    assert agents == agent_ids
    assert sizes == [4, 4, 3]
    assert tasks == task_ids
    assert gets(fake_beam, "/agent") == 6
    assert gets(fake_beam, "/agent-tasks") == 3


def test_async_records_views_and_validation(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    add_records(fake_beam, 2)  # 7 records

    async def run() -> tuple[list[int], int]:
        async with _async_client(fake_beam_server, fake_beam) as client:
            with pytest.raises(BeamValidationError):
                client.agent_views.list_all(page_size=101)
            records = [
                r["Id"] async for r in client.agent_views.list_all_records(INVOICE_VIEW_ID, page_size=3)
            ]
            views = [v async for v in client.agent_views.list_all(page_size=5)]
            return records, len(views)

    records, views = asyncio.run(run())
    assert records == [1, 2, 3, 4, 5, 100, 101]
    assert views == 2
    assert gets(fake_beam, f"/agent-views/{INVOICE_VIEW_ID}/records") == 3
