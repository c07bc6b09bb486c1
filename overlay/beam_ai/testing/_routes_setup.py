"""Tag Agent Setup: setup steps, sessions, uploads and feedback."""

from __future__ import annotations

import copy
from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok
from ._errors import bad_request, not_found
from ._seed import FAKE_USER_ID, iso
from ._uploads import store_context_file, uploaded_files
from ._validate import body_list, body_str, only_strings

routes = Routes()
JSON = dict[str, Any]

SETUP_STEPS = (
    "GENERATE_SOP",
    "GRAPH_GENERATION",
    "TOOL_MATCHING",
    "TOOL_GENERATION",
    "TOOL_INTEGRATION",
    "UPDATE_AGENT",
    "AGENT_UPDATED",
    "CREATE_TASK",
)
FEEDBACK_STEPS = (
    "SOP_GENERATION",
    "GRAPH_GENERATION",
    "TOOL_MATCHING",
    "TOOL_GENERATION",
    "CONNECT_INTEGRATIONS",
)


@routes.post("/agent-setup")
async def process_setup_step(ctx: Ctx) -> Response:
    body = ctx.json()
    agent_id = body_str(body, "agentId", required=True) or ""
    step = body_str(body, "agentSetupStep", required=True) or ""
    if step not in SETUP_STEPS:
        raise bad_request(f"agentSetupStep must be one of the following values: {', '.join(SETUP_STEPS)}")
    body_str(body, "query")
    file_ids = only_strings(body_list(body, "contextFileIds") or [], "contextFileIds")
    store = ctx.fake.store
    with store.lock:
        agent = store.agent(agent_id)
        index = SETUP_STEPS.index(step)
        next_step = SETUP_STEPS[min(index + 1, len(SETUP_STEPS) - 1)]
        session = store.setup_sessions.setdefault(agent_id, {})
        session.update(status="in_progress" if next_step != "CREATE_TASK" else "completed", step=next_step)
        files = [copy.deepcopy(store.context_files[f]) for f in file_ids if f in store.context_files]
        return ok(
            {
                "nextStep": next_step,
                "agentResponse": {"agent": agent, "contextFiles": files},
            }
        )


@routes.get("/agent-setup/session/{agentId}", workspace=False)
async def get_setup_session(ctx: Ctx) -> Response:
    agent_id = ctx.path["agentId"]
    with ctx.fake.store.lock:
        session = ctx.fake.store.setup_sessions.get(agent_id)
        if session is None:
            raise not_found("Agent setup session", agent_id)
        return ok(copy.deepcopy(session))


@routes.post("/agent-setup/upload")
async def upload_setup_files(ctx: Ctx) -> Response:
    form = await ctx.request.form()
    thread_id = form.get("threadId")
    if not isinstance(thread_id, str) or not thread_id:
        raise bad_request("threadId should not be empty", "threadId must be a string")
    files = await uploaded_files(ctx, "files", required=True)
    now = iso(ctx.now())
    store = ctx.fake.store
    result = []
    with store.lock:
        for name, content, mime in files:
            file_id = store.new_id()
            key = f"chat_{thread_id}_{file_id}_{name}"
            store.file_contents[key] = content
            record = {
                "id": file_id,
                "name": name,
                "threadId": thread_id,
                "uploadStatus": "uploaded",
                "uploadSource": "file_upload",
                "createdAt": now,
                "updatedAt": now,
                "src": f"s3://fake-beam/{key}",
                "fileKey": key,
                "mimeType": mime,
                "userId": FAKE_USER_ID,
                "deletedAt": None,
            }
            store.chat_files[file_id] = record
            result.append(dict(record))
    return ok(result, 201)


@routes.post("/agent-setup/{agentId}/context-file")
async def add_context_files(ctx: Ctx) -> Response:
    agent_id = ctx.path["agentId"]
    with ctx.fake.store.lock:
        ctx.fake.store.agent(agent_id)
    files = await uploaded_files(ctx, "files", required=True)
    with ctx.fake.store.lock:
        records = [store_context_file(ctx, agent_id, n, c, "file_upload", None) for n, c, _ in files]
    return ok([dict(r) for r in records], 201)


@routes.post("/agent-setup/agent-context/feedback")
async def submit_context_feedback(ctx: Ctx) -> Response:
    body = ctx.json()
    query = body_str(body, "query", required=True) or ""
    thread_id = body_str(body, "threadId", required=True) or ""
    suggestion = {
        "name": "Suggested agent",
        "description": f"An agent for: {query[:200]}",
        "agentWelcomeMessage": "Hello! Tell me what to work on.",
        "agentSetupMessage": "Let us set up your agent.",
        "agentPersonality": "Helpful and concise",
    }
    return ok({"threadId": thread_id, "response": suggestion}, 201)


@routes.post("/agent-setup/{agentId}/{setupStep}/feedback")
async def submit_step_feedback(ctx: Ctx) -> Response:
    body = ctx.json()
    query = body_str(body, "query", required=True) or ""
    only_strings(body_list(body, "contextFileIds") or [], "contextFileIds")
    step = ctx.path["setupStep"]
    if step not in FEEDBACK_STEPS:
        raise bad_request(f"setupStep must be one of the following values: {', '.join(FEEDBACK_STEPS)}")
    with ctx.fake.store.lock:
        ctx.fake.store.agent(ctx.path["agentId"])
        session = ctx.fake.store.setup_sessions.setdefault(ctx.path["agentId"], {})
        session["lastFeedback"] = {"step": step, "query": query}
    return ok({"agentId": ctx.path["agentId"], "setupStep": step, "accepted": True}, 201)
