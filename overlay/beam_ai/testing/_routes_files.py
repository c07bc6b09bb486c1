"""Tag Agent Context Files: upload, download link, delete; plus the fake's own download URL."""

from __future__ import annotations

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok
from ._errors import not_found
from ._uploads import store_context_file, uploaded_files
from ._validate import query_required

routes = Routes()


@routes.post("/context/agent/{agentId}/file")
async def upload_context_file(ctx: Ctx) -> Response:
    source = query_required(ctx.query, "uploadSource")
    task_id = query_required(ctx.query, "taskId")
    agent_id = ctx.path["agentId"]
    with ctx.fake.store.lock:
        ctx.fake.store.agent(agent_id)
    files = await uploaded_files(ctx, "file", required=True, max_items=1)
    name, content, _ = files[0]
    with ctx.fake.store.lock:
        record = store_context_file(ctx, agent_id, name, content, source.lower(), task_id)
    return ok(dict(record), 201)


@routes.get("/context/agent/{agentId}/file/{fileId}/download")
async def get_context_file_download_url(ctx: Ctx) -> Response:
    agent_id, file_id = ctx.path["agentId"], ctx.path["fileId"]
    with ctx.fake.store.lock:
        ctx.fake.store.agent(agent_id)
        record = ctx.fake.store.context_files.get(file_id)
        if record is None or record["agentId"] != agent_id:
            raise not_found("Context file", file_id)
        key = record["fileKey"]
    return ok({"downloadUrl": f"{str(ctx.request.base_url).rstrip('/')}/_fake/files/{key}"})


@routes.delete("/context/agent/{agentId}/file/{fileKey}")
async def delete_context_file(ctx: Ctx) -> Response:
    agent_id, key = ctx.path["agentId"], ctx.path["fileKey"]
    store = ctx.fake.store
    with store.lock:
        store.agent(agent_id)
        matches = [
            f for f in store.context_files.values() if f["agentId"] == agent_id and f["fileKey"] == key
        ]
        if not matches:
            raise not_found("Context file", key)
        for record in matches:
            del store.context_files[record["id"]]
        store.file_contents.pop(key, None)
    return ok({"deleted": True, "fileKey": key})


@routes.get("/_fake/files/{fileKey}", auth=False, workspace=False)
async def download_file(ctx: Ctx) -> Response:
    """Stands in for the pre-signed storage URL the real API hands out."""
    with ctx.fake.store.lock:
        content = ctx.fake.store.file_contents.get(ctx.path["fileKey"])
    if content is None:
        raise not_found("File", ctx.path["fileKey"])
    return Response(content, media_type="application/octet-stream")
