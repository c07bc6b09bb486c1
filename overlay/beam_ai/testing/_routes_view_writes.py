"""View writes from Beam's tooling (create, delete, columns): on the same views the reads serve.

Written by hand because the views already live in the fake's own store (`store.views`, read by
`_routes_views`): a view or column created here is listed and read there, and one deleted is gone.
"""

from __future__ import annotations

import copy

from starlette.responses import Response

from ._endpoint import JSON, Ctx, Routes, ok
from ._errors import not_found
from ._routes_views import _view
from ._seed import iso
from ._validate import body_str

routes = Routes()
COLUMN_FIELDS = ("name", "dataType", "agentGraphNodeId", "paramType", "paramName", "linkedAgentViewId")


@routes.post("/agent-views")
async def create_view(ctx: Ctx) -> Response:
    body = ctx.json()
    name = body_str(body, "name", required=True)
    agent_id, description = body_str(body, "agentId"), body_str(body, "description")
    store = ctx.fake.store
    with store.lock:
        view: JSON = {
            "id": store.new_id(),
            "agentId": agent_id,
            "name": name,
            "description": description or "",
            "isActive": True,
            "createdAt": iso(ctx.now()),
            "updatedAt": iso(ctx.now()),
            "columns": [],
            "records": [],
        }
        store.views[view["id"]] = view
        return ok({k: v for k, v in view.items() if k != "records"}, 201)


@routes.delete("/agent-views/{viewId}")
async def delete_view(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        view = _view(ctx, ctx.path["viewId"])
        del ctx.fake.store.views[view["id"]]
    return ok({"deleted": True, "id": view["id"]})


@routes.get("/agent-views/{viewId}/columns")
async def list_view_columns(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        return ok(copy.deepcopy(_view(ctx, ctx.path["viewId"])["columns"]))


@routes.post("/agent-views/{viewId}/columns")
async def add_view_column(ctx: Ctx) -> Response:
    body = ctx.json()
    body_str(body, "name", required=True)
    body_str(body, "dataType", required=True)
    store = ctx.fake.store
    with store.lock:
        view = _view(ctx, ctx.path["viewId"])
        column = {k: body[k] for k in COLUMN_FIELDS if isinstance(body.get(k), str)}
        column.update(id=store.new_id(), position=len(view["columns"]) + 1, createdAt=iso(ctx.now()))
        view["columns"].append(column)
        return ok(copy.deepcopy(column), 201)


def _column(view: JSON, column_id: str) -> JSON:
    for column in view["columns"]:
        if column["id"] == column_id:
            return column  # type: ignore[no-any-return]
    raise not_found("View column", column_id)


@routes.patch("/agent-views/{viewId}/columns/{columnId}")
async def update_view_column(ctx: Ctx) -> Response:
    body = ctx.json()
    with ctx.fake.store.lock:
        column = _column(_view(ctx, ctx.path["viewId"]), ctx.path["columnId"])
        column.update({k: body[k] for k in COLUMN_FIELDS if isinstance(body.get(k), str)})
        column["updatedAt"] = iso(ctx.now())
        return ok(copy.deepcopy(column))


@routes.delete("/agent-views/{viewId}/columns/{columnId}")
async def delete_view_column(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        view = _view(ctx, ctx.path["viewId"])
        column = _column(view, ctx.path["columnId"])
        view["columns"].remove(column)
    return ok({"deleted": True, "id": column["id"]})
