"""Tag Agent Tasks: create, list, read, navigate, analytics and the user actions that move a task on."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok, paginate
from ._errors import ApiError, bad_request, not_found
from ._fake import FakeBeam
from ._seed import iso
from ._sse import task_updates
from ._tasks import TERMINAL, TaskRecord, render_full, render_minimal
from ._validate import (
    body_bool,
    body_dict,
    body_list,
    body_str,
    only_objects,
    only_strings,
    parse_date,
    query_enum,
    query_int,
    query_required,
)

routes = Routes()
JSON = dict[str, Any]
GROUPINGS = ("status", "agent")


def _minimal(fake: FakeBeam, task: TaskRecord) -> JSON:
    return render_minimal(fake.refresh_task(task), fake.store.rendered_nodes(task.graph_id))


def _full(fake: FakeBeam, task: TaskRecord) -> JSON:
    fake.refresh_task(task)
    graph = fake.store.graphs.get(task.graph_id)
    rendered = fake.store.render_graph(graph) if graph is not None else None
    nodes = {node["id"]: node for node in rendered["nodes"]} if rendered is not None else {}
    return render_full(task, rendered, nodes)


def _create(fake: FakeBeam, agent_id: str, query: str, additional_info: str, files: list[JSON]) -> JSON:
    with fake.store.lock:
        task = fake.store.create_task(agent_id, query, additional_info, fake.clock.now())
        task.context_files = files
        body = _minimal(fake, task)
    body["updatesUrl"] = f"/agent-tasks/{task.id}/updates"
    return body


@routes.post("/agent-tasks")
async def create_task(ctx: Ctx) -> Response:
    body = ctx.json()
    agent_id = body_str(body, "agentId", required=True) or ""
    task_query = body_dict(body, "taskQuery", required=True) or {}
    query = body_str(task_query, "query", required=True) or ""
    additional = body_str(task_query, "additionalInfo") or ""
    only_strings(body_list(body, "parsingUrls") or [], "parsingUrls")
    files = [
        {"fileName": f.get("fileName"), "mimeType": f.get("mimeType")}
        for f in only_objects(body_list(body, "encodedContextFiles") or [], "encodedContextFiles")
    ]
    return ok(_create(ctx.fake, agent_id, query, additional, files), 201)


def _statuses(raw: str | None) -> set[str] | None:
    if not raw:
        return None
    return {s.strip().upper() for s in raw.split(",") if s.strip()}


_DOCUMENTED_LIST = re.compile(r"[A-Za-z_]+(,[A-Za-z_]+)*")


def _check_list_filter(ctx: Ctx, name: str) -> None:
    """With the ``strict_list_filters`` fault: 400 unless ``name`` is one comma-separated value."""
    request = ctx.request
    if not ctx.fake.faults.take(request.method, request.url.path, frozenset({"strict_list_filters"})):
        return
    for key in request.query_params:
        if key != name and key.startswith(name):
            raise bad_request(f"property {key} should not exist")
    values = request.query_params.getlist(name)
    if len(values) > 1 or any(not _DOCUMENTED_LIST.fullmatch(v) for v in values):
        raise bad_request(f"{name} must be a comma-separated list of statuses, got {values!r}")


def _filtered(fake: FakeBeam, q: dict[str, str], statuses: set[str] | None) -> list[TaskRecord]:
    agent_id = q.get("agentId")
    search = q.get("searchQuery", "").lower()
    # Compared as epoch seconds: tens of thousands of tasks are listed many times a minute by a
    # client watching them (issue 22), and a datetime per task per request was most of the cost.
    start = parse_date(q["startDate"], "startDate").timestamp() if q.get("startDate") else None
    end = parse_date(q["endDate"], "endDate").timestamp() if q.get("endDate") else None
    tasks = []
    for task in fake.store.tasks.values():
        if (
            (not agent_id or task.agent_id == agent_id)
            and (start is None or task.created_at >= start)
            and (end is None or task.created_at <= end)
        ):
            fake.refresh_task(task)
            if (statuses is None or task.status in statuses) and (
                not search or search in task.query.lower() or search in task.custom_id.lower()
            ):
                tasks.append(task)
    return tasks


def _ordering(raw: str | None) -> tuple[str, bool]:
    field, _, direction = (raw or "createdAt:desc").partition(":")
    if field not in ("createdAt", "updatedAt") or direction.lower() not in ("asc", "desc", ""):
        raise bad_request("ordering must be createdAt|updatedAt followed by :asc or :desc")
    return field, direction.lower() != "asc"


def _sort_key(field: str) -> Any:
    return (lambda t: t.updated_at) if field == "updatedAt" else (lambda t: t.created_at)


@routes.get("/agent-tasks")
async def list_tasks(ctx: Ctx) -> Response:
    q = ctx.query
    _check_list_filter(ctx, "statuses")
    page_num = query_int(q, "pageNum", 1)
    page_size = query_int(q, "pageSize", 10, maximum=100)
    grouping = query_enum(q, "grouping", GROUPINGS)
    field, descending = _ordering(q.get("ordering"))
    fake = ctx.fake
    with fake.store.lock:
        tasks = sorted(
            _filtered(fake, q, _statuses(q.get("statuses"))), key=_sort_key(field), reverse=descending
        )
        page = paginate(tasks, page_num, page_size)
        groups: dict[str, JSON] = {}
        nodes: dict[str, dict[str, JSON]] = {}  # each graph's nodes rendered once per page
        for task in page:
            if grouping == "agent":
                key = task.agent_id
                name = fake.store.agents.get(key, {}).get("name", key)
            elif grouping == "status":
                key = name = task.status
            else:
                key, name = "all", "All tasks"
            group = groups.setdefault(
                key, {"groupId": key, "groupName": name, "groupIcon": "", "tasks": [], "groupCount": 0}
            )
            if task.graph_id not in nodes:
                nodes[task.graph_id] = fake.store.rendered_nodes(task.graph_id)
            group["tasks"].append(render_minimal(fake.refresh_task(task), nodes[task.graph_id]))
        for key, group in groups.items():
            group["groupCount"] = sum(
                1
                for t in tasks
                if key == "all" or (t.agent_id == key if grouping == "agent" else t.status == key)
            )
    return ok({"data": list(groups.values()), "totalCount": len(tasks)})


@routes.get("/agent-tasks/iterate")
async def iterate_tasks(ctx: Ctx) -> Response:
    q = ctx.query
    _check_list_filter(ctx, "statuses")
    direction = query_enum(q, "ordering", ("asc", "desc")) or "desc"
    query_enum(q, "grouping", GROUPINGS)
    fake = ctx.fake
    with fake.store.lock:
        tasks = sorted(
            _filtered(fake, q, _statuses(q.get("statuses"))),
            key=_sort_key("createdAt"),
            reverse=direction == "desc",
        )
        anchor = q.get("taskId")
        if anchor:
            fake.store.task(anchor)
            ids = [t.id for t in tasks]
            if anchor not in ids:
                return ok({"previous": None, "next": None})
            index = ids.index(anchor)
            previous = tasks[index - 1] if index > 0 else None
            following = tasks[index + 1] if index + 1 < len(tasks) else None
        else:
            previous, following = None, (tasks[0] if tasks else None)

    def ref(task: TaskRecord | None) -> JSON | None:
        return None if task is None else {"id": task.id, "agentGraph": {"agentId": task.agent_id}}

    return ok({"previous": ref(previous), "next": ref(following)})


@routes.get("/agent-tasks/latest-executions")
async def list_latest_executions(ctx: Ctx) -> Response:
    q = ctx.query
    _check_list_filter(ctx, "includedStatuses")
    agent_id = query_required(q, "agentId")
    page_num = query_int(q, "pageNum", 1)
    page_size = query_int(q, "pageSize", 5)
    statuses = _statuses(q.get("includedStatuses") or "completed")
    fake = ctx.fake
    with fake.store.lock:
        agent = fake.store.agent(agent_id)
        tasks = sorted(_filtered(fake, q, statuses), key=lambda t: t.created_at, reverse=True)
        page = [_minimal(fake, t) for t in paginate(tasks, page_num, page_size)]
        sample = {
            "id": f"sample-{agent['id']}",
            "agentId": agent["id"],
            "customId": "SAMPLE-1",
            "taskObjective": f"Try {agent['name']}",
            "taskQuery": f"Run {agent['name']} on a sample input",
            "status": "active",
            "createdAt": agent.get("updatedAt", "2026-01-05T09:00:00.000Z"),
            "updatedAt": agent.get("updatedAt", "2026-01-05T09:00:00.000Z"),
            "deletedAt": None,
        }
    return ok({"tasks": page, "sampleTasks": [sample], "totalCount": len(tasks)})


@routes.get("/agent-tasks/tool-output-schema/{graphNodeId}")
async def get_tool_output_schema(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        _, node = ctx.fake.store.find_node(ctx.path["graphNodeId"])
        return ok([dict(p) for p in node["toolConfiguration"]["outputParams"]])


@routes.get("/agent-tasks/analytics")
async def get_agent_analytics(ctx: Ctx) -> Response:
    q = ctx.query
    start = parse_date(query_required(q, "startDate"), "startDate")
    end = parse_date(query_required(q, "endDate"), "endDate")
    agent_id = query_required(q, "agentId")
    if end < start:
        raise bad_request("endDate must not be before startDate")
    fake = ctx.fake
    with fake.store.lock:
        fake.store.agent(agent_id)
        tasks = [t for t in _filtered(fake, {"agentId": agent_id}, None)]
        window = [t for t in tasks if start <= datetime.fromtimestamp(t.created_at, UTC) <= end]
        completed = [t for t in window if t.status == "COMPLETED"]
        failed = [t for t in window if t.status in ("FAILED", "ERROR")]
        runtimes = [(t.ended_at or t.updated_at) - (t.started_at or t.created_at) for t in completed]
        days: dict[str, JSON] = {}
        for t in window:
            day = datetime.fromtimestamp(t.created_at, UTC).date().isoformat()
            entry = days.setdefault(day, {"date": day, "completedCount": 0, "failedCount": 0})
            entry["completedCount"] += t.status == "COMPLETED"
            entry["failedCount"] += t.status in ("FAILED", "ERROR")
    for entry in days.values():
        entry["averageEvaluationScore"] = 90.0 if entry["completedCount"] else 0.0
    current = {
        "totalTasks": len(window),
        "completedTasks": len(completed),
        "failedTasks": len(failed),
        "averageEvaluationScore": 90.0 if completed else 0.0,
        "averageRuntimeSeconds": sum(runtimes) / len(runtimes) if runtimes else 0.0,
        "totalRuntimeSeconds": float(sum(runtimes)),
        "positiveFeedbackCount": sum(1 for t in window if t.rating == "positive"),
        "negativeFeedbackCount": sum(1 for t in window if t.rating == "negative"),
        "consentRequiredCount": sum(1 for t in window if t.status == "USER_CONSENT_REQUIRED"),
    }
    delta = {
        k: "0%"
        for k in (
            "totalTasksDelta",
            "completedTasksDelta",
            "failedTasksDelta",
            "consentRequiredTasksDelta",
            "averageRuntimeSecondsDelta",
            "totalRuntimeSecondsDelta",
            "averageEvaluationScoreDelta",
        )
    }
    chart = [days[k] for k in sorted(days)]
    return ok({"currentPeriod": current, "metricsDelta": delta, "taskAndEvaluationChart": chart})


def _task_node_index(task: TaskRecord, task_node_id: str | None) -> int:
    if task_node_id is None:
        return task.active_index()
    for index in range(len(task.node_ids)):
        if task.task_node_id(index) == task_node_id:
            return index
    raise not_found("Agent task node", task_node_id)


def _require_status(task: TaskRecord, allowed: set[str] | frozenset[str], action: str) -> None:
    if task.status not in allowed:
        raise ApiError(400, f"Cannot {action}: task {task.id} is {task.status}")


@routes.post("/agent-tasks/retry")
async def retry_task(ctx: Ctx) -> Response:
    body = ctx.json()
    task_id = body_str(body, "taskId", required=True) or ""
    task_node_id = body_str(body, "taskNodeId")
    body_str(body, "taskNodeFeedbackAsText")
    only_objects(body_list(body, "taskNodeFeedbackPerKeys") or [], "taskNodeFeedbackPerKeys")
    fake = ctx.fake
    with fake.store.lock:
        task = fake.refresh_task(fake.store.task(task_id))
        _task_node_index(task, task_node_id)
        _require_status(task, TERMINAL, "retry")
        task.requeue(ctx.now())
        return ok(_minimal(fake, task), 201)


@routes.patch("/agent-tasks/execution/{taskId}/user-input")
async def submit_user_input(ctx: Ctx) -> Response:
    body = ctx.json()
    task_node_id = body_str(body, "taskNodeId", required=True)
    answers = only_objects(body_list(body, "userInputs", required=True) or [], "userInputs")
    fake = ctx.fake
    with fake.store.lock:
        task = fake.refresh_task(fake.store.task(ctx.path["taskId"]))
        _task_node_index(task, task_node_id)
        _require_status(task, {"USER_INPUT_REQUIRED"}, "submit user input")
        task.user_inputs.extend(answers)
        task.resume(ctx.now(), "User input received; task resumed")
        return ok(_minimal(fake, task))


@routes.post("/agent-tasks/execution/{taskId}/user-consent")
async def approve_task(ctx: Ctx) -> Response:
    body = ctx.json()
    task_node_id = body_str(body, "taskNodeId")
    consent = body_bool(body, "consent")
    body_str(body, "feedback")
    body_str(body, "toolId")
    fake = ctx.fake
    with fake.store.lock:
        task = fake.refresh_task(fake.store.task(ctx.path["taskId"]))
        _task_node_index(task, task_node_id)
        _require_status(task, {"USER_CONSENT_REQUIRED"}, "approve")
        if consent is False:
            task.ended_at = ctx.now()
            task.set_status("STOPPED", ctx.now(), "Consent refused by user")
        else:
            task.resume(ctx.now(), "Approved by user; task resumed")
        return ok(_full(fake, task), 201)


@routes.post("/agent-tasks/execution/{taskId}/rejection")
async def reject_task(ctx: Ctx) -> Response:
    body = ctx.json()
    task_node_id = body_str(body, "taskNodeId")
    only_strings(body_list(body, "userFeedback") or [], "userFeedback")
    fake = ctx.fake
    with fake.store.lock:
        task = fake.refresh_task(fake.store.task(ctx.path["taskId"]))
        _task_node_index(task, task_node_id)
        _require_status(task, {"USER_CONSENT_REQUIRED", "USER_INPUT_REQUIRED"}, "reject")
        task.ended_at = ctx.now()
        task.set_status("STOPPED", ctx.now(), "Rejected by user")
        return ok(_full(fake, task), 201)


@routes.patch("/agent-tasks/execution/{taskId}/output-rating")
async def rate_task_output(ctx: Ctx) -> Response:
    body = ctx.json()
    rating = body_str(body, "rating", required=True) or ""
    task_node_id = body_str(body, "taskNodeId")
    feedback = body_str(body, "userFeedback")
    body_str(body, "expectedOutput")
    fake = ctx.fake
    with fake.store.lock:
        task = fake.refresh_task(fake.store.task(ctx.path["taskId"]))
        _task_node_index(task, task_node_id)
        task.rating = rating
        task.user_feedback = feedback
        return ok(_minimal(fake, task))


def _lagging(fake: FakeBeam, task: TaskRecord, body: JSON) -> JSON:
    """The task as it was ``fake.quirks.read_lag`` seconds ago (status and updatedAt only)."""
    lag = fake.quirks.read_lag
    if lag <= 0:
        return body
    as_of = iso(fake.clock.now() - lag)
    past = [event for event in task.history if str(event["timestamp"]) <= as_of] or task.history[:1]
    if past and past[-1]["status"] != body["status"]:
        body = {**body, "status": past[-1]["status"], "updatedAt": past[-1]["timestamp"]}
    return body


@routes.get("/agent-tasks/{taskId}")
async def get_task(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        task = ctx.fake.store.task(ctx.path["taskId"])
        body = _lagging(ctx.fake, task, _full(ctx.fake, task))
    request = ctx.request
    if ctx.fake.faults.take(request.method, request.url.path, frozenset({"nodes_out_of_order"})):
        body["agentTaskNodes"] = body["agentTaskNodes"][::-1]
    return ok(body)


@routes.get("/agent-tasks/{taskId}/updates", workspace=False)
async def get_task_updates(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        task = ctx.fake.store.task(ctx.path["taskId"])
    return task_updates(ctx.fake, ctx.request, task)


@routes.post("/agent-tasks/{agentId}/webhook/{webhookId}", auth=False, workspace=False)
async def trigger_webhook(ctx: Ctx) -> Response:
    agent_id, webhook_id = ctx.path["agentId"], ctx.path["webhookId"]
    with ctx.fake.store.lock:
        agent = ctx.fake.store.agents.get(agent_id)
        if agent is None or webhook_id not in agent.get("webhookIds", []):
            raise not_found("Webhook", webhook_id)
    form = await ctx.request.form()
    task_text = form.get("task")
    query = task_text if isinstance(task_text, str) and task_text else "Webhook trigger"
    return ok(_create(ctx.fake, agent_id, query, "", []), 201)
