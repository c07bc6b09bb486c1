"""Multipart uploads stored as context files."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile

from ._endpoint import Ctx
from ._errors import bad_request
from ._seed import iso

JSON = dict[str, Any]


async def uploaded_files(
    ctx: Ctx, field: str, *, required: bool, max_items: int = 10
) -> list[tuple[str, bytes, str]]:
    """``(filename, content, mime type)`` for every file under ``field``."""
    form = await ctx.request.form()
    files = [f for f in form.getlist(field) if isinstance(f, UploadFile)]
    if required and not files:
        raise bad_request(f"{field} should not be empty")
    if len(files) > max_items:
        raise bad_request(f"{field} must contain no more than {max_items} elements")
    return [
        (f.filename or "upload.bin", await f.read(), f.content_type or "application/octet-stream")
        for f in files
    ]


def store_context_file(
    ctx: Ctx, agent_id: str, name: str, content: bytes, source: str, task_id: str | None
) -> JSON:
    store = ctx.fake.store
    file_id = store.new_id()
    key = f"context/{agent_id}/{file_id}/{name}".replace("/", "_")
    now = iso(ctx.now())
    record: JSON = {
        "id": file_id,
        "createdAt": now,
        "updatedAt": now,
        "name": name,
        "src": f"s3://fake-beam/{key}",
        "agentId": agent_id,
        "fileKey": key,
        "uploadStatus": "uploaded",
        "uploadSource": source,
    }
    if task_id:
        record["taskId"] = task_id
    store.context_files[file_id] = record
    store.file_contents[key] = content
    return record
