"""Triggers, webhooks and the notification inbox (all token-only in Beam; the auth check enforces it).

Triggers persist per agent entry node (one per agent, as Beam answers a second with 400), can be
updated, flipped and deleted; a webhook persists per agent; the inbox lists the tasks that wait for a
person (input or consent), newest first, with read and deleted marks kept per notification.
"""

from __future__ import annotations

import copy

from starlette.responses import Response

from ._endpoint import JSON, Ctx, Routes, ok, paginate
from ._errors import bad_request, not_found
from ._seed import iso
from ._tasks import WAITING
from ._validate import body_bool, body_dict, body_str, query_enum, query_int, query_required

routes = Routes()

TRIGGER_FIELDS = (
    "title",
    "prompt",
    "timezone",
    "userDefinedFrequency",
    "userDefinedFrequencyDateTime",
    "integrationProviderId",
)


@routes.get("/agent-trigger/integration/actions")
async def list_trigger_actions(ctx: Ctx) -> Response:
    integration = query_required(ctx.query, "systemIntegrationIdentifier")
    return ok([{"beamAction": "Timer", "integrationIdentifier": integration, "title": "On a schedule"}])


@routes.post("/agent-trigger")
async def create_trigger(ctx: Ctx) -> Response:
    body = ctx.json()
    agent_id = body_str(body, "agentId", required=True) or ""
    node_id = body_str(body, "agentGraphNodeId", required=True) or ""
    body_str(body, "title", required=True)
    body_dict(body, "configuration", required=True)
    store = ctx.fake.store
    with store.lock:
        store.agent(agent_id)
        if any(t["agentId"] == agent_id for t in store.triggers.values()):
            raise bad_request("This agent already has a trigger; delete it first")
        trigger = {k: copy.deepcopy(v) for k, v in body.items()}
        trigger.update(
            id=store.new_id(), isDeactivated=False, createdAt=iso(ctx.now()), agentGraphNodeId=node_id
        )
        store.triggers[trigger["id"]] = trigger
        return ok(copy.deepcopy(trigger), 201)


@routes.get("/agent-trigger/{agentId}")
async def list_triggers(ctx: Ctx) -> Response:
    node_id = query_required(ctx.query, "agentGraphNodeId")
    with ctx.fake.store.lock:
        found = [
            copy.deepcopy(t)
            for t in ctx.fake.store.triggers.values()
            if t["agentId"] == ctx.path["agentId"] and t["agentGraphNodeId"] == node_id
        ]
    return ok(found)


def _trigger(ctx: Ctx) -> JSON:
    trigger: JSON | None = ctx.fake.store.triggers.get(ctx.path["triggerId"])
    if trigger is None:
        raise not_found("Trigger", ctx.path["triggerId"])
    return trigger


@routes.patch("/agent-trigger/{triggerId}")
async def update_trigger(ctx: Ctx) -> Response:
    body = ctx.json()
    body_str(body, "title", required=True)
    body_bool(body, "isActive")
    with ctx.fake.store.lock:
        trigger = _trigger(ctx)
        trigger.update({k: copy.deepcopy(v) for k, v in body.items() if k != "id"})
        return ok(copy.deepcopy(trigger))


@routes.delete("/agent-trigger/{triggerId}")
async def delete_trigger(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        trigger = _trigger(ctx)
        del ctx.fake.store.triggers[trigger["id"]]
    return ok({"deleted": True, "id": trigger["id"]})


@routes.patch("/agent-trigger/{triggerId}/toggle-deactivation")
async def toggle_trigger(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        trigger = _trigger(ctx)
        trigger["isDeactivated"] = not trigger["isDeactivated"]
        return ok(copy.deepcopy(trigger))


@routes.post("/{agentId}/webhook")
async def create_webhook(ctx: Ctx) -> Response:
    body = ctx.json()
    if body_bool(body, "triggered") is None:
        raise bad_request("triggered must be a boolean value")
    agent_id = ctx.path["agentId"]
    store = ctx.fake.store
    with store.lock:
        store.agent(agent_id)
        webhook = {
            "id": store.new_id(),
            "agentId": agent_id,
            **{k: copy.deepcopy(v) for k, v in body.items()},
        }
        store.webhooks[agent_id] = webhook
        return ok(copy.deepcopy(webhook), 201)


@routes.get("/{agentId}/webhook")
async def get_webhook(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        webhook = ctx.fake.store.webhooks.get(ctx.path["agentId"])
        if webhook is None:
            raise not_found("Webhook of agent", ctx.path["agentId"])
        return ok(copy.deepcopy(webhook))


@routes.delete("/{agentId}/webhook")
async def delete_webhook(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        if ctx.fake.store.webhooks.pop(ctx.path["agentId"], None) is None:
            raise not_found("Webhook of agent", ctx.path["agentId"])
    return ok({"deleted": True})


def _notifications(ctx: Ctx) -> list[JSON]:
    """One notification per task waiting for a person, newest first (the read/deleted marks applied)."""
    fake, marks = ctx.fake, ctx.fake.store.notification_marks
    rows = []
    for task in fake.store.tasks.values():
        fake.refresh_task(task)
        mark = marks.get(task.id, {})
        if task.status in WAITING and not mark.get("deleted"):
            rows.append(
                {
                    "id": task.id,
                    "agentId": task.agent_id,
                    "agentTaskId": task.id,
                    "status": task.status,
                    "isRead": bool(mark.get("read")),
                    "createdAt": iso(task.updated_at),
                }
            )
    return sorted(rows, key=lambda row: str(row["createdAt"]), reverse=True)


@routes.get("/agent-task-notification")
async def list_notifications(ctx: Ctx) -> Response:
    q = ctx.query
    kind = query_enum(q, "type", ("ALL", "UNREAD_ONLY", "READ_ONLY")) or "ALL"
    page_num, page_size = query_int(q, "pageNum", 1), query_int(q, "pageSize", 20)
    with ctx.fake.store.lock:
        rows = [
            row
            for row in _notifications(ctx)
            if (kind == "ALL" or row["isRead"] == (kind == "READ_ONLY"))
            and q.get("agentId", row["agentId"]) == row["agentId"]
        ]
    return ok({"data": paginate(rows, page_num, page_size), "count": len(rows)})


@routes.get("/agent-task-notification/unread-counts")
async def get_unread_notification_counts(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        unread = sum(1 for row in _notifications(ctx) if not row["isRead"])
    return ok({"count": unread})


def _mark(ctx: Ctx, what: str) -> Response:
    notification_id = query_required(ctx.query, "id")
    with ctx.fake.store.lock:
        if notification_id not in {row["id"] for row in _notifications(ctx)}:
            raise not_found("Notification", notification_id)
        ctx.fake.store.notification_marks.setdefault(notification_id, {})[what] = True
    return ok({"id": notification_id, what: True})


@routes.patch("/agent-task-notification/mark-as-read")
async def mark_notification_read(ctx: Ctx) -> Response:
    return _mark(ctx, "read")


@routes.delete("/agent-task-notification/mark-as-delete")
async def delete_notification(ctx: Ctx) -> Response:
    return _mark(ctx, "deleted")
