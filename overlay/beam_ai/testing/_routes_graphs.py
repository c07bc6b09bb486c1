"""Tag Agent Graph: graphs, nodes, edges, publish, test-node, task nodes by tool."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok, paginate
from ._errors import bad_request
from ._graph_build import (
    apply_node_fields,
    build_edge,
    build_groups,
    build_node,
    build_params,
    clean_settings,
)
from ._seed import FAKE_USER_ID, iso
from ._state import Store
from ._tasks import render_task_node
from ._validate import (
    body_bool,
    body_dict,
    body_list,
    body_str,
    only_objects,
    query_bool,
    query_int,
    query_required,
)

routes = Routes()
JSON = dict[str, Any]


@routes.get("/agent-graphs/{agentId}")
async def get_agent_graph(ctx: Ctx) -> Response:
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(ctx.path["agentId"], ctx.query.get("graphId") or None)
        return ok({"graph": store.render_graph(graph)})


def _replace_nodes(store: Store, graph: JSON, body: JSON, now: float) -> None:
    """Build nodes and edges from a complete-graph body (edges reference the body's node ids)."""
    specs = only_objects(body_list(body, "nodes") or [], "nodes")
    ids = [s["id"] if isinstance(s.get("id"), str) and s["id"] else store.new_id() for s in specs]
    if len(set(ids)) != len(ids):
        raise bad_request("nodes must have unique ids")
    nodes = [build_node(spec, ids[i], now, i + 1, store.new_id) for i, spec in enumerate(specs)]
    edges: dict[str, JSON] = {}
    for spec, node_id in zip(specs, ids, strict=True):
        for edge_spec in only_objects(spec.get("childEdges") or [], "childEdges"):
            source = edge_spec.get("sourceAgentGraphNodeId") or node_id
            target = edge_spec.get("targetAgentGraphNodeId")
            if not isinstance(target, str) or target not in ids or source not in ids:
                raise bad_request(f"edge of node {node_id} references an unknown node")
            edge = build_edge(source, target, edge_spec, store.new_id(), now, store.new_id)
            edges[edge["id"]] = edge
    graph["nodes"] = nodes
    graph["edges"] = edges
    graph["isEdited"] = True


def _agent_fields(body: JSON) -> tuple[str | None, str | None]:
    name = body_str(body, "agentName", max_length=100)
    description = body_str(body, "agentDescription", max_length=500)
    body_dict(body, "settings")
    return name, description


@routes.post("/agent-graphs/complete")
async def create_complete_graph(ctx: Ctx) -> Response:
    body = ctx.json()
    name, description = _agent_fields(body)
    store = ctx.fake.store
    now = ctx.now()
    with store.lock:
        agent_id, graph_id = store.new_id(), store.new_id()
        graph: JSON = {
            "id": graph_id,
            "agentId": agent_id,
            "isActive": True,
            "isDraft": True,
            "isPublished": False,
            "publishedAt": None,
            "isEdited": False,
            "isEverExecuted": False,
            "isEverUsedForTemplate": False,
            "nodes": [],
            "edges": {},
        }
        _replace_nodes(store, graph, body, now)
        store.agents[agent_id] = {
            "id": agent_id,
            "name": name or "Untitled agent",
            "type": "user-agent",
            "creatorId": FAKE_USER_ID,
            "order": len(store.agents) + 1,
            "description": description or "",
            "workspaceId": ctx.fake.workspace_id,
            "settings": clean_settings(body.get("settings")),
            "webhookIds": [],
        }
        store.graphs[graph_id] = graph
        store.setup_sessions[agent_id] = {"status": "completed", "step": "CREATE_TASK"}
        name = store.agents[agent_id]["name"]
    return ok(
        {"agentId": agent_id, "agentName": name, "activeGraphId": graph_id, "draftGraphId": graph_id}, 201
    )


@routes.put("/agent-graphs/{agentId}")
async def update_complete_graph(ctx: Ctx) -> Response:
    publish = query_bool(ctx.query, "saveAndPublish")
    body = ctx.json()
    name, description = _agent_fields(body)
    store = ctx.fake.store
    now = ctx.now()
    with store.lock:
        agent = store.agent(ctx.path["agentId"])
        graph = store.graph_for_agent(agent["id"])
        _replace_nodes(store, graph, body, now)
        if name is not None:
            agent["name"] = name
        if description is not None:
            agent["description"] = description
        if publish:
            graph.update(isPublished=True, publishedAt=iso(now))
        return ok({"draftGraphId": graph["id"], "agentId": agent["id"], "agentName": agent["name"]})


@routes.get("/agent-graphs/{agentId}/nodes/lite")
async def get_agent_graph_nodes(ctx: Ctx) -> Response:
    store = ctx.fake.store
    with store.lock:
        agent = store.agent(ctx.path["agentId"])
        graph = store.graph_for_agent(agent["id"], ctx.query.get("graphId") or None)
        nodes = [{"id": n["id"], "objective": n["objective"]} for n in graph["nodes"]]
        return ok(
            {"graphId": graph["id"], "agentId": agent["id"], "agentName": agent["name"], "nodes": nodes}
        )


@routes.get("/agent-graphs/{agentId}/nodes/{nodeId}")
async def get_graph_node(ctx: Ctx) -> Response:
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(ctx.path["agentId"])
        return ok(store.render_node(graph, store.node_in_graph(graph, ctx.path["nodeId"])))


def _node_request(ctx: Ctx) -> tuple[JSON, str, str]:
    body = ctx.json()
    node = body_dict(body, "node", required=True) or {}
    agent_id = body_str(body, "agentId", required=True) or ""
    graph_id = body_str(body, "graphId", required=True) or ""
    return node, agent_id, graph_id


@routes.patch("/agent-graphs/update-node")
async def update_graph_node(ctx: Ctx) -> Response:
    spec, agent_id, graph_id = _node_request(ctx)
    node_id = body_str(spec, "id", required=True) or ""
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(agent_id, graph_id)
        node = store.node_in_graph(graph, node_id)
        apply_node_fields(spec, node)
        node["isEdited"] = True
        rendered = store.render_node(graph, node)
        keys = (
            "id",
            "customId",
            "objective",
            "evaluationCriteria",
            "isEntryNode",
            "isExitNode",
            "xCoordinate",
        )
        minimal = {
            k: rendered[k] for k in (*keys, "yCoordinate", "toolConfiguration", "childEdges", "parentEdges")
        }
        return ok(minimal)


@routes.patch("/agent-graphs/{agentId}/nodes/{nodeId}/prompt")
async def update_node_prompt(ctx: Ctx) -> Response:
    prompt = body_str(ctx.json(), "prompt", required=True) or ""
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(ctx.path["agentId"])
        node = store.node_in_graph(graph, ctx.path["nodeId"])
        node["toolConfiguration"].setdefault("originalTool", {})["prompt"] = prompt
        node["isEdited"] = True
        return ok(store.render_node(graph, node))


@routes.patch("/agent-graphs/{agentId}/nodes/{nodeId}/input-output-params")
async def update_node_params(ctx: Ctx) -> Response:
    body = ctx.json()
    body_list(body, "inputParams")
    body_list(body, "outputParams")
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(ctx.path["agentId"])
        node = store.node_in_graph(graph, ctx.path["nodeId"])
        tool = node["toolConfiguration"]
        inputs, outputs = build_params(body, tool["id"], ctx.now(), store.new_id)
        if "inputParams" in body:
            tool["inputParams"] = inputs
        if "outputParams" in body:
            tool["outputParams"] = outputs
        node["isEdited"] = True
        return ok(store.render_node(graph, node))


@routes.put("/agent-graphs/update-edge/{edgeId}")
async def update_edge(ctx: Ctx) -> Response:
    body = ctx.json()
    attach = body_bool(body, "isAttachmentDataPulledIn", required=True)
    condition = body_str(body, "condition")
    groups = body_list(body, "groups")
    store = ctx.fake.store
    with store.lock:
        _, edge = store.find_edge(ctx.path["edgeId"])
        edge["isAttachmentDataPulledIn"] = attach
        if condition is not None:
            edge["condition"] = condition
        if groups is not None:
            edge["conditionGroups"] = build_groups(groups, edge["id"], ctx.now(), store.new_id)
        edge["updatedAt"] = iso(ctx.now())
        return ok(dict(edge))


@routes.post("/agent-graphs/add-node")
async def add_node(ctx: Ctx) -> Response:
    spec, agent_id, graph_id = _node_request(ctx)
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(agent_id, graph_id)
        node_id = spec.get("id")
        if not isinstance(node_id, str) or not node_id or any(n["id"] == node_id for n in graph["nodes"]):
            node_id = store.new_id()
        node = build_node(spec, node_id, ctx.now(), len(graph["nodes"]) + 1, store.new_id)
        node["isEntryNode"] = spec.get("isEntryNode") is True
        graph["nodes"].append(node)
        graph["isEdited"] = True
        return ok(store.render_node(graph, node), 201)


@routes.post("/agent-graphs/add-edge")
async def add_edge(ctx: Ctx) -> Response:
    body = ctx.json()
    source = body_str(body, "sourceNodeId", required=True) or ""
    target = body_str(body, "targetNodeId", required=True) or ""
    agent_id = body_str(body, "agentId", required=True) or ""
    graph_id = body_str(body, "agentGraphId")
    body_bool(body, "isAttachmentDataPulledIn")
    body_str(body, "condition")
    body_list(body, "groups")
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(agent_id, graph_id)
        store.node_in_graph(graph, source)
        store.node_in_graph(graph, target)
        edge = build_edge(source, target, body, store.new_id(), ctx.now(), store.new_id)
        graph["edges"][edge["id"]] = edge
        graph["isEdited"] = True
        return ok(dict(edge), 201)


@routes.patch("/agent-graphs/{graphId}/publish")
async def publish_graph(ctx: Ctx) -> Response:
    store = ctx.fake.store
    with store.lock:
        graph = store.graph(ctx.path["graphId"])
        store.agent(graph["agentId"])
        graph.update(isPublished=True, isActive=True, isEdited=False, publishedAt=iso(ctx.now()))
        return ok({"graph": store.render_graph(graph)})


@routes.post("/agent-graphs/test-node")
async def test_node(ctx: Ctx) -> Response:
    body = ctx.json()
    agent_id = body_str(body, "agentId", required=True) or ""
    node_id = body_str(body, "nodeId", required=True) or ""
    graph_id = body_str(body, "graphId")
    store = ctx.fake.store
    with store.lock:
        graph = store.graph_for_agent(agent_id, graph_id)
        node = store.node_in_graph(graph, node_id)
        outputs = {
            p["paramName"]: p.get("outputExample", "ok") for p in node["toolConfiguration"]["outputParams"]
        }
        return ok({"nodeId": node_id, "status": "COMPLETED", "output": outputs}, 201)


@routes.get("/agent-graphs/agent-task-nodes/{toolFunctionName}")
async def list_task_nodes_by_tool(ctx: Ctx) -> Response:
    q = ctx.query
    page_num = query_int(q, "pageNum", 1)
    page_size = query_int(q, "pageSize", 10, maximum=100)
    agent_id = query_required(q, "agentId")
    is_rated = query_bool(q, "isRated")
    tool = ctx.path["toolFunctionName"]
    fake = ctx.fake
    with fake.store.lock:
        fake.store.agent(agent_id)
        found = []
        for task in sorted(fake.store.tasks.values(), key=lambda t: t.created_at, reverse=True):
            if task.agent_id != agent_id:
                continue
            fake.refresh_task(task)
            nodes = fake.store.rendered_nodes(task.graph_id)
            for index, node_id in enumerate(task.node_ids):
                node = nodes.get(node_id)
                if node is None or node["toolConfiguration"]["toolFunctionName"] != tool:
                    continue
                if is_rated is not None and (task.rating is not None) != is_rated:
                    continue
                found.append(render_task_node(task, index, node))
        return ok({"agentTaskNodes": paginate(found, page_num, page_size), "count": len(found)})
