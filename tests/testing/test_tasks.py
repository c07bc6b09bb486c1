"""Task lifecycle on the fake clock, waiting states and the actions that move a task on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from beam_ai.testing import SEEDED_TASK_IDS, SUPPORT_AGENT_ID, FakeBeam


def create(client: httpx.Client, query: str) -> dict[str, Any]:
    response = client.post("/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": query}})
    assert response.status_code == 201
    return response.json()  # type: ignore[no-any-return]


def status(client: httpx.Client, task_id: str) -> str:
    return client.get(f"/agent-tasks/{task_id}").json()["status"]  # type: ignore[no-any-return]


def run_to_end(fake_beam: FakeBeam) -> None:
    fake_beam.advance(fake_beam.queue_seconds + fake_beam.run_seconds)


def test_created_task_moves_queued_in_progress_completed(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "Summarise ticket 42")
    assert task["status"] == "QUEUED"
    assert task["updatesUrl"] == f"/agent-tasks/{task['id']}/updates"
    fake_beam.advance(fake_beam.queue_seconds)
    assert status(client, task["id"]) == "IN_PROGRESS"
    fake_beam.advance(fake_beam.run_seconds)
    body = client.get(f"/agent-tasks/{task['id']}").json()
    assert body["status"] == "COMPLETED"
    assert body["isSuccess"] is True
    assert {n["status"] for n in body["agentTaskNodes"]} == {"COMPLETED"}


@pytest.mark.parametrize(
    ("marker", "outcome"),
    [("[fail]", "FAILED"), ("[error]", "ERROR"), ("[stop]", "STOPPED"), ("[timeout]", "TIMEOUT")],
)
def test_query_markers_choose_terminal_outcomes(
    client: httpx.Client, fake_beam: FakeBeam, marker: str, outcome: str
) -> None:
    task = create(client, f"do it {marker}")
    run_to_end(fake_beam)
    assert status(client, task["id"]) == outcome


def test_failed_task_retried_completes(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "[fail] flaky")
    run_to_end(fake_beam)
    retry = client.post("/agent-tasks/retry", json={"taskId": task["id"]})
    assert retry.status_code == 201
    assert status(client, task["id"]) == "QUEUED"
    run_to_end(fake_beam)
    body = client.get(f"/agent-tasks/{task['id']}").json()
    assert body["status"] == "COMPLETED"
    assert body["manualRetryCount"] == 1


def test_retry_of_running_task_is_rejected(client: httpx.Client) -> None:
    task = create(client, "still queued")
    response = client.post("/agent-tasks/retry", json={"taskId": task["id"]})
    assert response.status_code == 400


def test_user_input_required_then_answered_completes(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "needs a customer [input]")
    run_to_end(fake_beam)
    body = client.get(f"/agent-tasks/{task['id']}").json()
    assert body["status"] == "USER_INPUT_REQUIRED"
    waiting = next(n for n in body["agentTaskNodes"] if n["status"] == "USER_INPUT_REQUIRED")
    answer = client.patch(
        f"/agent-tasks/execution/{task['id']}/user-input",
        json={"taskNodeId": waiting["id"], "userInputs": [{"question": "Who?", "answer": "ACME"}]},
    )
    assert answer.status_code == 200
    assert answer.json()["status"] == "IN_PROGRESS"
    fake_beam.advance(fake_beam.run_seconds)
    assert status(client, task["id"]) == "COMPLETED"


def test_user_input_when_not_waiting_is_400(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "plain")
    node_id = task["agentTaskNodes"][0]["id"]
    response = client.patch(
        f"/agent-tasks/execution/{task['id']}/user-input", json={"taskNodeId": node_id, "userInputs": []}
    )
    assert response.status_code == 400
    assert response.json()["statusCode"] == 400


def test_consent_approved_completes(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "send the refund [consent]")
    run_to_end(fake_beam)
    assert status(client, task["id"]) == "USER_CONSENT_REQUIRED"
    approved = client.post(f"/agent-tasks/execution/{task['id']}/user-consent", json={"consent": True})
    assert approved.status_code == 201
    assert approved.json()["status"] == "IN_PROGRESS"
    fake_beam.advance(fake_beam.run_seconds)
    assert status(client, task["id"]) == "COMPLETED"


def test_consent_rejected_stops_the_task(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "send the refund [consent]")
    run_to_end(fake_beam)
    rejected = client.post(f"/agent-tasks/execution/{task['id']}/rejection", json={"userFeedback": ["no"]})
    assert rejected.status_code == 201
    assert rejected.json()["status"] == "STOPPED"
    fake_beam.advance(60)
    assert status(client, task["id"]) == "STOPPED"


def test_output_rating_is_recorded_and_filterable(client: httpx.Client, fake_beam: FakeBeam) -> None:
    rated = client.patch(
        f"/agent-tasks/execution/{SEEDED_TASK_IDS[0]}/output-rating", json={"rating": "positive"}
    )
    assert rated.status_code == 200
    nodes = client.get(
        "/agent-graphs/agent-task-nodes/classify_ticket",
        params={"agentId": SUPPORT_AGENT_ID, "isRated": "true"},
    ).json()
    assert nodes["count"] == 1
    assert nodes["agentTaskNodes"][0]["rating"] == "positive"


def test_unknown_task_is_404_nest_shape(client: httpx.Client) -> None:
    response = client.get("/agent-tasks/nope")
    assert response.status_code == 404
    assert set(response.json()) == {"statusCode", "message", "error"}


def test_literal_task_paths_win_over_task_id(client: httpx.Client) -> None:
    assert "previous" in client.get("/agent-tasks/iterate").json()
    latest = client.get("/agent-tasks/latest-executions", params={"agentId": SUPPORT_AGENT_ID}).json()
    assert latest["totalCount"] == 2
    analytics = client.get(
        "/agent-tasks/analytics",
        params={
            "agentId": SUPPORT_AGENT_ID,
            "startDate": "2026-01-01T00:00:00Z",
            "endDate": "2026-02-01T00:00:00Z",
        },
    )
    assert analytics.json()["currentPeriod"]["completedTasks"] == 2


def test_iterate_walks_neighbours(client: httpx.Client) -> None:
    newest, oldest = SEEDED_TASK_IDS[1], SEEDED_TASK_IDS[0]
    body = client.get("/agent-tasks/iterate", params={"taskId": newest}).json()
    assert body["previous"] is None
    assert body["next"]["id"] == oldest


def test_webhook_creates_a_task_without_credentials(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    from beam_ai.testing import SUPPORT_WEBHOOK_ID

    response = anon.post(f"/agent-tasks/{SUPPORT_AGENT_ID}/webhook/{SUPPORT_WEBHOOK_ID}", data={"task": "hi"})
    assert response.status_code == 201
    assert fake_beam.task_status(response.json()["id"]) == "QUEUED"


def test_consent_refused_stops_the_task(client: httpx.Client, fake_beam: FakeBeam) -> None:
    task = create(client, "wire money [consent]")
    run_to_end(fake_beam)
    refused = client.post(f"/agent-tasks/execution/{task['id']}/user-consent", json={"consent": False})
    assert refused.json()["status"] == "STOPPED"
