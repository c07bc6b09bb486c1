"""Routes with Beam semantics among the operations of Beam's own tooling: one agent, and acting on tasks.

`POST /agent/transcribe-audio` reads the multipart `audioFile` part (a fake transcript names it).
`GET/DELETE /agent/{agentId}` read and remove an agent; `POST /agent-tasks/{taskId}/abort` stops a
running task (status STOPPED, the status Beam's production log shows after a stop); `DELETE
/agent-tasks/{taskId}` removes it; `cancel-wait` takes a task-node execution id (not a task id) and
resumes the task it belongs to; `statuses` counts the workspace's tasks by status.
"""

from __future__ import annotations

import copy
from collections import Counter

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok
from ._errors import ApiError, bad_request, not_found
from ._routes_agents import AGENTS_SCHEMA
from ._seed import iso
from ._tasks import TERMINAL, WAITING, TaskRecord
from ._validate import body_str, query_required

routes = Routes()


@routes.get("/agent/{agentId}")
async def get_agent(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        agent = ctx.fake.store.agent(ctx.path["agentId"])
        return ok({**agent, "createdAt": iso(ctx.fake.clock.now())})


@routes.delete("/agent/{agentId}")
async def delete_agent(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        agent = ctx.fake.store.agent(ctx.path["agentId"])
        del ctx.fake.store.agents[agent["id"]]
    return ok({"deleted": True, "id": agent["id"]})


@routes.get("/agent/{agentId}/tools")
async def list_agent_tools(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        graph = ctx.fake.store.graph_for_agent(ctx.path["agentId"])
        tools = [
            copy.deepcopy(node["toolConfiguration"])
            for node in graph["nodes"]
            if node.get("toolConfiguration")
        ]
    return ok(tools)


@routes.post("/agent/transcribe-audio")
async def transcribe_audio(ctx: Ctx) -> Response:
    form = await ctx.request.form()
    audio = form.get("audioFile")
    if audio is None or isinstance(audio, str):
        raise bad_request("audioFile must be a file")
    size = len(await audio.read())
    return ok({"text": f"(transcript of {audio.filename}, {size} bytes)"}, 201)


@routes.get("/agent-tasks/statuses")
async def get_task_status_counts(ctx: Ctx) -> Response:
    wanted = {a for a in ctx.query.get("agentIds", "").split(",") if a}
    fake = ctx.fake
    with fake.store.lock:
        counts = Counter(
            fake.refresh_task(task).status
            for task in fake.store.tasks.values()
            if not wanted or task.agent_id in wanted
        )
    return ok(dict(sorted(counts.items())))


@routes.get("/agent-tasks/agents")
async def list_task_agents(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        active = {task.agent_id for task in ctx.fake.store.tasks.values()}
        agents = [a for a in ctx.fake.store.agents.values() if a["id"] in active]
    return ok(agents, schema=AGENTS_SCHEMA)


def _live(ctx: Ctx, task_id: str) -> TaskRecord:
    return ctx.fake.refresh_task(ctx.fake.store.task(task_id))


@routes.post("/agent-tasks/{taskId}/abort")
async def abort_task(ctx: Ctx) -> Response:
    reason = body_str(ctx.json(), "reason") or ""
    with ctx.fake.store.lock:
        task = _live(ctx, ctx.path["taskId"])
        if task.status in TERMINAL:
            raise ApiError(400, f"Cannot abort: task {task.id} is {task.status}")
        task.outcome = "STOPPED"
        task.ended_at = ctx.now()
        task.set_status("STOPPED", ctx.now(), f"Task aborted: {reason}" if reason else "Task aborted")
        return ok({"id": task.id, "status": task.status}, 201)


@routes.delete("/agent-tasks/{taskId}")
async def delete_task(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        task = ctx.fake.store.task(ctx.path["taskId"])
        del ctx.fake.store.tasks[task.id]
    return ok({"deleted": True, "id": task.id})


@routes.post("/agent-tasks/{taskNodeId}/cancel-wait")
async def cancel_wait(ctx: Ctx) -> Response:
    agent_id = query_required(ctx.query, "agentId")
    node_id = ctx.path["taskNodeId"]
    fake = ctx.fake
    with fake.store.lock:
        for task in fake.store.tasks.values():
            if any(task.task_node_id(i) == node_id for i in range(len(task.node_ids))):
                break
        else:
            raise not_found("Agent task node", node_id)
        if task.agent_id != agent_id:
            raise not_found("Agent task node", node_id)
        fake.refresh_task(task)
        if task.status not in WAITING:
            raise ApiError(400, f"Cannot cancel the wait: task {task.id} is {task.status}")
        task.resume(ctx.now(), "Wait cancelled; task resumed")
        return ok({"id": task.id, "status": task.status}, 201)
