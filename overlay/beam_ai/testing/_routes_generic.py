"""Every spec operation no hand-written route module answers: a plain success, so the fake covers the spec.

A stopgap for the operations of Beam's tooling without semantics of their own (integrations,
templates, the Learning Hub, view writes...): reads answer `{}` (every schema of theirs is lenient),
writes `{}` with 201 for POST. The request is authenticated and workspace-checked like any other.
"""

from __future__ import annotations

import re

from starlette.responses import Response

from beam_ai_api.surface.operations import OPERATIONS

from . import (
    _routes_agents,
    _routes_auth,
    _routes_files,
    _routes_graphs,
    _routes_setup,
    _routes_task_actions,
    _routes_tasks,
    _routes_tools,
    _routes_triggers,
    _routes_views,
)
from ._endpoint import Ctx, Routes, ok

HAND_WRITTEN = (
    _routes_auth,
    _routes_agents,
    _routes_graphs,
    _routes_tasks,
    _routes_task_actions,
    _routes_triggers,
    _routes_setup,
    _routes_files,
    _routes_views,
    _routes_tools,
)
routes = Routes()


def template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


async def _answer(ctx: Ctx) -> Response:
    if ctx.request.headers.get("content-type", "").startswith("application/json"):
        ctx.json()  # a body that is not a JSON object is a 400, as NestJS answers
    return ok({}, 201 if ctx.request.method == "POST" else 200)


_TAKEN = {(e.method, template(e.path)) for module in HAND_WRITTEN for e in module.routes.endpoints}
for _operation in sorted(OPERATIONS.values(), key=lambda o: o.operation_id):
    if (_operation.method, template(_operation.path)) not in _TAKEN:
        routes.add(
            _operation.method, _operation.path, auth=bool(_operation.security), workspace=_operation.workspace
        )(_answer)
