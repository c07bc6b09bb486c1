"""Tags User and Agents."""

from __future__ import annotations

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok, paginate
from ._errors import bad_request
from ._graph_build import clean_settings
from ._seed import iso
from ._validate import body_bool, body_dict, body_list, body_str, query_enum, query_int

routes = Routes()

AGENT_TYPES = ("beam-os", "user-agent", "pre-configured-agent")
#: How agents are served where the spec documents no body (an update's answer, Beam's tooling's lists).
AGENT_SCHEMA = {"$ref": "#/components/schemas/Agent"}
AGENTS_SCHEMA = {"type": "array", "items": AGENT_SCHEMA}


@routes.get("/v2/user/me", workspace=False)
async def get_current_user(ctx: Ctx) -> Response:
    with ctx.fake.store.lock:
        return ok(ctx.fake.store.user)


@routes.get("/agent")
async def list_agents(ctx: Ctx) -> Response:
    q = ctx.query
    page_num = query_int(q, "pageNum", 1)
    page_size = query_int(q, "pageSize", 10, maximum=100)
    agent_type = query_enum(q, "type", AGENT_TYPES)
    search = q.get("searchQuery", "").lower()
    category = q.get("agentCategoryId")
    with ctx.fake.store.lock:
        agents = [
            a
            for a in sorted(ctx.fake.store.agents.values(), key=lambda a: a["order"])
            if a["workspaceId"] == ctx.fake.workspace_id
            and (agent_type is None or a["type"] == agent_type)
            and (not search or search in a["name"].lower() or search in a["description"].lower())
            and (not category or a.get("agentCategoryId") == category)
        ]
        page = paginate(agents, page_num, page_size)
    return ok({"agents": page, "count": len(agents)})


@routes.put("/agent/{agentId}")
async def update_agent(ctx: Ctx) -> Response:
    body = ctx.json()
    name = body_str(body, "name", max_length=100)
    description = body_str(body, "description", max_length=500)
    agent_type = body_str(body, "type")
    if agent_type is not None and agent_type not in AGENT_TYPES:
        raise bad_request(f"type must be one of the following values: {', '.join(AGENT_TYPES)}")
    settings = body_dict(body, "settings")
    for field in ("themeIconUrl", "agentCategoryId", "agentIntroMessage", "agentSetupMessage", "personality"):
        body_str(body, field)
    body_bool(body, "skipAgentSetupSop")
    body_list(body, "tools")
    with ctx.fake.store.lock:
        agent = ctx.fake.store.agent(ctx.path["agentId"])
        if name is not None:
            agent["name"] = name
        if description is not None:
            agent["description"] = description
        if agent_type is not None:
            agent["type"] = agent_type
        if settings is not None:
            agent["settings"] = {**agent.get("settings", {}), **clean_settings(settings)}
        for field in ("themeIconUrl", "agentCategoryId"):
            if isinstance(body.get(field), str):
                agent[field] = body[field]
        agent["updatedAt"] = iso(ctx.now())
        return ok(agent, schema=AGENT_SCHEMA)
