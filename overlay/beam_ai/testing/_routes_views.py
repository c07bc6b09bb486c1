"""Tag Agent Views: views and their records, including linked records."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok, paginate
from ._errors import not_found
from ._records import apply_fields, apply_sort, apply_where, page_info
from ._validate import query_int

routes = Routes()
JSON = dict[str, Any]


def _view(ctx: Ctx, view_id: str) -> JSON:
    view = ctx.fake.store.views.get(view_id)
    if view is None:
        raise not_found("Agent view", view_id)
    return view


def _records_page(ctx: Ctx, records: list[JSON]) -> Response:
    q = ctx.query
    page = query_int(q, "pageNum", 1)
    size = query_int(q, "pageSize", 25, maximum=100)
    selected = apply_sort(apply_where(records, q.get("where")), q.get("sort"))
    return ok(
        {
            "list": apply_fields(paginate(selected, page, size), q.get("fields")),
            **{"pageInfo": page_info(len(selected), page, size)},
        }
    )


@routes.get("/agent-views")
async def list_views(ctx: Ctx) -> Response:
    q = ctx.query
    page = query_int(q, "pageNum", 1)
    size = query_int(q, "pageSize", 10, maximum=100)
    agent_id = q.get("agentId")
    search = q.get("search", "").lower()
    with ctx.fake.store.lock:
        views = [
            v
            for v in ctx.fake.store.views.values()
            if (not agent_id or v["agentId"] == agent_id) and (not search or search in v["name"].lower())
        ]
    return ok({"views": paginate(views, page, size), "total": len(views)})


@routes.get("/agent-views/{viewId}", workspace=False)
async def get_view(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        return ok(_view(ctx, ctx.path["viewId"]))


@routes.get("/agent-views/{viewId}/records", workspace=False)
async def list_view_records(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        records = list(_view(ctx, ctx.path["viewId"])["records"])
    return _records_page(ctx, records)


@routes.get("/agent-views/{viewId}/columns/{columnId}/links/{recordId}", workspace=False)
async def list_linked_records(ctx: Ctx) -> Response:
    view_id, column_id, record_id = ctx.path["viewId"], ctx.path["columnId"], ctx.path["recordId"]
    store = ctx.fake.store
    with store.lock:
        view = _view(ctx, view_id)
        column = next((c for c in view["columns"] if c["id"] == column_id), None)
        if column is None or "linkedAgentViewId" not in column:
            raise not_found("Link column", column_id)
        record = next((r for r in view["records"] if str(r["Id"]) == record_id), None)
        if record is None:
            raise not_found("Record", record_id)
        linked_ids = set(record.get(column["name"], []))
        target = _view(ctx, column["linkedAgentViewId"])
        records = [r for r in target["records"] if r["Id"] in linked_ids]
    return _records_page(ctx, records)
