"""Graphs with nodes and edges: read, build, edit, publish; literal routes beat {agentId}."""

from __future__ import annotations

from typing import Any

import httpx

from beam_ai.testing import SUPPORT_AGENT_ID, SUPPORT_GRAPH_ID, FakeBeam

COMPLETE = {
    "agentName": "Lead Qualifier",
    "agentDescription": "Scores inbound leads",
    "nodes": [
        {
            "id": "a",
            "objective": "Score the lead",
            "toolConfiguration": {"toolFunctionName": "score_lead", "toolName": "Score lead"},
            "childEdges": [{"targetAgentGraphNodeId": "b"}],
        },
        {"id": "b", "objective": "Notify sales", "isExitNode": True},
    ],
}


def graph(client: httpx.Client, agent_id: str) -> dict[str, Any]:
    return client.get(f"/agent-graphs/{agent_id}").json()["graph"]  # type: ignore[no-any-return]


def test_seeded_graph_has_nodes_linked_by_edges(client: httpx.Client) -> None:
    nodes = graph(client, SUPPORT_AGENT_ID)["nodes"]
    assert len(nodes) == 3
    assert nodes[0]["childEdges"][0]["targetAgentGraphNodeId"] == nodes[1]["id"]
    assert nodes[1]["parentEdges"][0]["sourceAgentGraphNodeId"] == nodes[0]["id"]


def test_complete_graph_creates_an_agent(client: httpx.Client) -> None:
    created = client.post("/agent-graphs/complete", json=COMPLETE)
    assert created.status_code == 201
    agent_id = created.json()["agentId"]
    lite = client.get(f"/agent-graphs/{agent_id}/nodes/lite").json()
    assert lite["agentName"] == "Lead Qualifier"
    assert [n["objective"] for n in lite["nodes"]] == ["Score the lead", "Notify sales"]
    assert graph(client, agent_id)["nodes"][0]["childEdges"][0]["targetAgentGraphNodeId"] == "b"
    assert client.get("/agent").json()["count"] == 3


def test_complete_graph_rejects_edges_to_unknown_nodes(client: httpx.Client) -> None:
    body = {"agentName": "x", "nodes": [{"id": "a", "childEdges": [{"targetAgentGraphNodeId": "zzz"}]}]}
    assert client.post("/agent-graphs/complete", json=body).status_code == 400


def test_add_node_and_edge_then_update_edge(client: httpx.Client) -> None:
    added = client.post(
        "/agent-graphs/add-node",
        json={"agentId": SUPPORT_AGENT_ID, "graphId": SUPPORT_GRAPH_ID, "node": {"objective": "Log it"}},
    )
    assert added.status_code == 201
    new_id = added.json()["id"]
    last = graph(client, SUPPORT_AGENT_ID)["nodes"][2]["id"]
    edge = client.post(
        "/agent-graphs/add-edge",
        json={"agentId": SUPPORT_AGENT_ID, "sourceNodeId": last, "targetNodeId": new_id},
    )
    assert edge.status_code == 201
    updated = client.put(
        f"/agent-graphs/update-edge/{edge.json()['id']}",
        json={"isAttachmentDataPulledIn": True, "condition": "ok"},
    )
    assert updated.json()["condition"] == "ok"
    node = client.get(f"/agent-graphs/{SUPPORT_AGENT_ID}/nodes/{new_id}").json()
    assert node["parentEdges"][0]["id"] == edge.json()["id"]


def test_update_node_prompt_and_publish(client: httpx.Client, fake_beam: FakeBeam) -> None:
    node_id = graph(client, SUPPORT_AGENT_ID)["nodes"][0]["id"]
    patched = client.patch(
        "/agent-graphs/update-node",
        json={
            "agentId": SUPPORT_AGENT_ID,
            "graphId": SUPPORT_GRAPH_ID,
            "node": {"id": node_id, "objective": "New"},
        },
    )
    assert patched.json()["objective"] == "New"
    prompt = client.patch(
        f"/agent-graphs/{SUPPORT_AGENT_ID}/nodes/{node_id}/prompt", json={"prompt": "Be brief"}
    )
    assert prompt.json()["toolConfiguration"]["originalTool"]["prompt"] == "Be brief"
    published = client.patch(f"/agent-graphs/{SUPPORT_GRAPH_ID}/publish")
    assert published.json()["graph"]["isPublished"] is True


def test_literal_graph_paths_are_not_agent_ids(client: httpx.Client, fake_beam: FakeBeam) -> None:
    client.post("/agent-graphs/complete", json=COMPLETE)
    client.patch("/agent-graphs/update-node", json={})
    assert fake_beam.requests.filter("POST", "/agent-graphs/complete")[0].status == 201
    assert fake_beam.requests.filter("PATCH", "/agent-graphs/update-node")[0].status == 400
