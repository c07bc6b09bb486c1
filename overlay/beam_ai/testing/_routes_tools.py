"""Tags Tool and Custom Tool: optimisation threads, active tools, preferred models."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok
from ._errors import not_found
from ._seed import preferred_models
from ._validate import body_bool, body_list, body_str, only_objects

routes = Routes()
JSON = dict[str, Any]


def _tools(ctx: Ctx) -> list[JSON]:
    found: dict[str, JSON] = {}
    for graph in ctx.fake.store.graphs.values():
        for node in graph["nodes"]:
            tool = node["toolConfiguration"]
            found.setdefault(
                tool["toolFunctionName"],
                {
                    "id": tool["id"],
                    "toolFunctionName": tool["toolFunctionName"],
                    "toolName": tool["toolName"],
                    "type": "custom",
                    "iconSrc": "",
                    "isActive": True,
                    "requiresConsent": tool["requiresConsent"],
                    "isBackgroundTool": tool["isBackgroundTool"],
                    "isMemoryTool": tool["isMemoryTool"],
                    "isBatchExecutionEnabled": tool["isBatchExecutionEnabled"],
                    "preferredModel": tool.get("originalTool", {}).get("preferredModel", "GPT_4O"),
                    "description": node["objective"],
                    "meta": {},
                    "inputParams": list(tool["inputParams"]),
                    "outputParams": list(tool["outputParams"]),
                    "agentIds": [graph["agentId"]],
                },
            )["agentIds"].append(graph["agentId"])
    return list(found.values())


@routes.post("/tool/optimize/{toolFunctionName}")
async def optimize_tool(ctx: Ctx) -> Response:
    body = ctx.json()
    agent_id = body_str(body, "agentId", required=True) or ""
    only_objects(body_list(body, "taskNodes") or [], "taskNodes")
    body_bool(body, "autoUpdateTool")
    name = ctx.path["toolFunctionName"]
    store = ctx.fake.store
    with store.lock:
        store.agent(agent_id)
        if not any(t["toolFunctionName"] == name and agent_id in t["agentIds"] for t in _tools(ctx)):
            raise not_found("Tool", name)
        thread_id = store.new_id()
        store.optimization_threads[thread_id] = {"threadId": thread_id, "toolFunctionName": name}
    return ok({"threadId": thread_id}, 201)


@routes.post("/tool/optimization-status/thread/{threadId}")
async def get_tool_optimization_status(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        thread = ctx.fake.store.optimization_threads.get(ctx.path["threadId"])
    if thread is None:
        raise not_found("Optimization thread", ctx.path["threadId"])
    return ok({"threadId": thread["threadId"]}, 201)


@routes.get("/tool/active-tools")
async def list_active_tools(ctx: Ctx) -> Response:
    tool_type = ctx.query.get("type")
    keyword = ctx.query.get("searchKeyword", "").lower()
    with ctx.fake.store.lock:
        tools = [
            {k: v for k, v in t.items() if k != "agentIds"}
            for t in _tools(ctx)
            if (not tool_type or t["type"] == tool_type)
            and (not keyword or keyword in t["toolName"].lower() or keyword in t["toolFunctionName"].lower())
        ]
    return ok({"tools": tools})


@routes.get("/custom-tool/preferred-models")
async def list_preferred_models(ctx: Ctx) -> Response:
    return ok(preferred_models())
