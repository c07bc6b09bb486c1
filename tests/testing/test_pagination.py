"""Pagination envelopes, defaults, limits and NestJS-style 400s; body validation."""

from __future__ import annotations

import httpx
import pytest

from beam_ai.testing import (
    INVOICE_AGENT_ID,
    INVOICE_VIEW_ID,
    SUPPORT_AGENT_ID,
    VENDOR_LINK_COLUMN_ID,
    FakeBeam,
)


def test_agents_page_through_with_count(client: httpx.Client) -> None:
    first = client.get("/agent", params={"pageNum": 1, "pageSize": 1}).json()
    second = client.get("/agent", params={"pageNum": 2, "pageSize": 1}).json()
    assert first["count"] == second["count"] == 2
    assert [a["id"] for a in first["agents"] + second["agents"]] == [SUPPORT_AGENT_ID, INVOICE_AGENT_ID]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"pageSize": 101}, "pageSize must not be greater than 100"),
        ({"pageSize": 0}, "pageSize must not be less than 1"),
        ({"pageNum": 0}, "pageNum must not be less than 1"),
        ({"pageNum": "two"}, "pageNum must be an integer number"),
    ],
)
def test_out_of_range_page_params_are_400(
    client: httpx.Client, params: dict[str, int | str], message: str
) -> None:
    response = client.get("/agent", params=params)
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": [message], "error": "Bad Request"}


def test_task_list_defaults_to_ten_per_page(client: httpx.Client, fake_beam: FakeBeam) -> None:
    for i in range(12):
        client.post("/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": f"q{i}"}})
    body = client.get("/agent-tasks").json()
    assert body["totalCount"] == 16  # 12 new + 4 seeded
    assert sum(len(g["tasks"]) for g in body["data"]) == 10
    last = client.get("/agent-tasks", params={"pageNum": 2}).json()
    assert sum(len(g["tasks"]) for g in last["data"]) == 6


def test_task_list_groups_by_status(client: httpx.Client, fake_beam: FakeBeam) -> None:
    client.post("/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": "new"}})
    body = client.get("/agent-tasks", params={"grouping": "status"}).json()
    counts = {g["groupId"]: g["groupCount"] for g in body["data"]}
    assert counts == {"QUEUED": 1, "COMPLETED": 2, "USER_INPUT_REQUIRED": 1, "USER_CONSENT_REQUIRED": 1}
    filtered = client.get("/agent-tasks", params={"statuses": "completed"}).json()
    assert filtered["totalCount"] == 2


def test_latest_executions_default_five_and_no_max(client: httpx.Client) -> None:
    for i in range(6):
        client.post("/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": f"q{i}"}})
    body = client.get(
        "/agent-tasks/latest-executions", params={"agentId": SUPPORT_AGENT_ID, "includedStatuses": "queued"}
    ).json()
    assert (len(body["tasks"]), body["totalCount"]) == (5, 6)
    big = client.get("/agent-tasks/latest-executions", params={"agentId": SUPPORT_AGENT_ID, "pageSize": 1000})
    assert big.status_code == 200


def test_view_records_page_info_and_queries(client: httpx.Client) -> None:
    url = f"/agent-views/{INVOICE_VIEW_ID}/records"
    body = client.get(url, params={"pageSize": 2, "pageNum": 3}).json()
    assert body["pageInfo"] == {
        "totalRows": 5,
        "page": 3,
        "pageSize": 2,
        "isFirstPage": False,
        "isLastPage": True,
    }
    assert len(body["list"]) == 1
    default = client.get(url).json()
    assert default["pageInfo"]["pageSize"] == 25
    acme = client.get(
        url, params={"where": "(vendor,eq,Acme GmbH)", "sort": "-amount", "fields": "amount"}
    ).json()
    assert acme["list"] == [{"Id": 1, "amount": 1200.5}, {"Id": 3, "amount": 455.0}]
    assert client.get(url, params={"where": "vendor=acme"}).status_code == 400


def test_linked_records(client: httpx.Client) -> None:
    url = f"/agent-views/{INVOICE_VIEW_ID}/columns/{VENDOR_LINK_COLUMN_ID}/links/1"
    body = client.get(url).json()
    assert [r["name"] for r in body["list"]] == ["Acme GmbH"]


def test_views_envelope(client: httpx.Client) -> None:
    body = client.get("/agent-views", params={"agentId": INVOICE_AGENT_ID}).json()
    assert body["total"] == 2
    assert {v["name"] for v in body["views"]} == {"Processed invoices", "Vendors"}


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 100), ("description", 500)],
)
def test_agent_update_enforces_max_length(client: httpx.Client, field: str, limit: int) -> None:
    too_long = client.put(f"/agent/{SUPPORT_AGENT_ID}", json={field: "x" * (limit + 1)})
    assert too_long.status_code == 400
    assert too_long.json()["message"] == [f"{field} must be shorter than or equal to {limit} characters"]
    fits = client.put(f"/agent/{SUPPORT_AGENT_ID}", json={field: "x" * limit})
    assert fits.status_code == 200


def test_agent_update_persists(client: httpx.Client) -> None:
    client.put(f"/agent/{SUPPORT_AGENT_ID}", json={"name": "Renamed"})
    names = [a["name"] for a in client.get("/agent").json()["agents"]]
    assert "Renamed" in names


def test_create_task_requires_agent_and_query(client: httpx.Client) -> None:
    missing_agent = client.post("/agent-tasks", json={"taskQuery": {"query": "x"}})
    assert missing_agent.status_code == 400
    assert "agentId should not be empty" in missing_agent.json()["message"]
    missing_query = client.post("/agent-tasks", json={"agentId": SUPPORT_AGENT_ID})
    assert "taskQuery should not be empty" in missing_query.json()["message"]
