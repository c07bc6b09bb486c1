"""The Starlette application: logging, faults, auth and workspace checks wrapped around every operation."""

from __future__ import annotations

import asyncio
import functools
import itertools
import re
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

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
    _routes_view_writes,
    _routes_views,
)
from ._body_shaping import shape_response
from ._endpoint import Ctx, Endpoint
from ._errors import ApiError, error_response
from ._fake import FakeBeam
from ._requestlog import LoggedRequest, mask_headers, parse_body
from ._routes_spec import spec_endpoints, template
from ._serving import response_schemas, served

PRE_FAULTS = frozenset({"rate_limit", "server_error", "drop_before", "html_502"})
POST_FAULTS = frozenset({"drop_after", "malformed_json"})
ROUTE_MODULES = (
    _routes_auth,
    _routes_agents,
    _routes_graphs,
    _routes_tasks,
    _routes_task_actions,
    _routes_triggers,
    _routes_setup,
    _routes_files,
    _routes_views,
    _routes_view_writes,
    _routes_tools,
)

HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


class ConnectionDroppedError(ConnectionError):
    """Raised in-process (no real socket) where a real server would drop the connection."""


async def _drop(fake: FakeBeam, request: Request) -> Response:
    if not fake.drop_connection(request):
        raise ConnectionDroppedError("fake Beam dropped the connection")
    # Let the transport's connection_lost run before Starlette tries to write anything.
    for _ in range(3):
        await asyncio.sleep(0)
    return Response(status_code=204)


def _authorize(fake: FakeBeam, endpoint: Endpoint, headers: dict[str, str], path: str) -> Any:
    if not endpoint.auth:
        return None
    alternatives = security_of(endpoint)
    if fake.quirks.preferred_auth_only:
        alternatives = alternatives[:1]
    refuse_key = any(path.startswith(prefix) for prefix in fake.quirks.refuse_api_key_on)
    principal = fake.tokens.authorize(alternatives, headers, refuse_key=refuse_key)
    if endpoint.workspace:
        workspace = headers.get("current-workspace-id", "").strip()
        if not workspace:
            raise ApiError(400, ["current-workspace-id header is required"])
        if workspace not in principal.workspace_ids:
            raise ApiError(403, "You do not have access to this workspace")
    return principal


@functools.cache
def security_of(endpoint: Endpoint) -> tuple[tuple[str, ...], ...]:
    """The credentials the spec says the endpoint's operation accepts (either, when it is not in the spec)."""
    from beam_ai_api.surface.operations import OPERATIONS

    key = (endpoint.method, re.sub(r"\{[^}]*\}", "{}", endpoint.path))
    for operation in OPERATIONS.values():
        if (operation.method, re.sub(r"\{[^}]*\}", "{}", operation.path)) == key:
            return operation.security
    return (("ApiKeyAuth",), ("BearerAuth",))


_REQUEST_IDS = itertools.count(1)


def _request_id() -> str:
    """A fresh ``x-request-id`` for every response, as API gateways add (errors quote it)."""
    return f"fake-req-{next(_REQUEST_IDS):08d}"


def _capped_page_size(fake: FakeBeam, request: Request) -> Request:
    """``request`` with ``pageSize`` lowered to ``fake.quirks.max_page_size`` (a capping server)."""
    cap = fake.quirks.max_page_size
    asked = request.query_params.get("pageSize")
    if cap is None or asked is None or not asked.isdigit() or int(asked) <= cap:
        return request
    query = [(k, str(cap) if k == "pageSize" else v) for k, v in request.query_params.multi_items()]
    scope = {**request.scope, "query_string": urlencode(query).encode()}
    return Request(scope, request.receive)


def _wrap(fake: FakeBeam, endpoint: Endpoint) -> Any:
    schemas = response_schemas(fake.spec, endpoint.method, endpoint.path)

    async def run(request: Request) -> Response:
        raw = await request.body()
        headers = {k.lower(): v for k, v in request.headers.items()}
        entry = LoggedRequest(
            method=request.method,
            path=request.url.path,
            query=dict(request.query_params),
            headers=mask_headers(headers),
            body=parse_body(raw, headers.get("content-type", "")),
        )
        fake.requests.append(entry)
        request = _capped_page_size(fake, request)
        response = await _respond(fake, endpoint, request, raw, headers, entry, schemas)
        response = shape_response(fake, request.method, request.url.path, response)  # quirks: bodies
        response.headers["x-request-id"] = _request_id()
        entry.status = response.status_code
        return response

    return run


async def _respond(
    fake: FakeBeam,
    endpoint: Endpoint,
    request: Request,
    raw: bytes,
    headers: dict[str, str],
    entry: LoggedRequest,
    schemas: dict[int, Any],
) -> Response:
    method, path = request.method, request.url.path
    retry_after = fake.rate_limit.take()
    if retry_after is not None:
        entry.fault = "rate_limited"
        limited = error_response(429, "ThrottlerException: Too Many Requests")
        limited.headers["Retry-After"] = str(retry_after)
        return limited
    latency = fake.faults.take(method, path, frozenset({"latency"}))
    if latency is not None:
        await asyncio.sleep(latency.delay)
    fault = fake.faults.take(method, path, PRE_FAULTS)
    if fault is not None:
        entry.fault = fault.kind
        if fault.kind == "rate_limit":
            limited = error_response(429, "ThrottlerException: Too Many Requests")
            limited.headers["Retry-After"] = str(fault.retry_after)
            return limited
        if fault.kind == "server_error":
            return error_response(fault.status, "Internal server error (injected)")
        if fault.kind == "html_502":
            return HTMLResponse(HTML_502, status_code=502)
        return await _drop(fake, request)
    response: Response
    try:
        principal = _authorize(fake, endpoint, headers, path)
        response = served(fake, schemas, await endpoint.handler(Ctx(request, fake, principal, raw)))
    except ApiError as exc:
        response = exc.response()
    slow = fake.faults.take(method, path, frozenset({"slow_answer"}))
    if slow is not None:
        await asyncio.sleep(slow.delay)
    fault = fake.faults.take(method, path, POST_FAULTS)
    if fault is not None:
        entry.fault = fault.kind
        if fault.kind == "malformed_json":
            return Response(b'{"id": "trunc', status_code=200, media_type="application/json")
        return await _drop(fake, request)
    return response


def _ordered(endpoints: list[Endpoint]) -> list[Endpoint]:
    """Literal paths first so /agent-tasks/iterate beats /agent-tasks/{taskId}."""
    return sorted(endpoints, key=lambda e: e.path.count("{"))


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status in (404, 405):
        response = error_response(404, f"Cannot {request.method} {request.url.path}")
    else:
        response = error_response(status, str(getattr(exc, "detail", "Internal server error")))
    response.headers["x-request-id"] = _request_id()
    return response


def hand_endpoints() -> list[Endpoint]:
    """The hand-written routes: where Beam has behaviour the spec cannot say."""
    return [e for module in ROUTE_MODULES for e in module.routes.endpoints]


def endpoints_for(fake: FakeBeam) -> list[Endpoint]:
    """Every route of the app: the hand-written ones, and one built from the spec for each other operation."""
    hand = hand_endpoints()
    return hand + spec_endpoints(fake.spec, {(e.method, template(e.path)) for e in hand})


def create_app(fake: FakeBeam | None = None) -> Starlette:
    """Build the ASGI app serving ``fake`` (a fresh seeded :class:`FakeBeam` when omitted)."""
    fake = fake if fake is not None else FakeBeam()
    endpoints = endpoints_for(fake)
    routes = [Route(e.path, _wrap(fake, e), methods=[e.method]) for e in _ordered(endpoints)]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    app.state.fake = fake
    return app
