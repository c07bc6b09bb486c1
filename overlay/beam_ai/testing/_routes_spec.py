"""Routes built from the spec, for every operation that has no hand-written route.

Each checks the request as the spec says (path, query and header parameters, the JSON body; NestJS-style
400s naming the field) and answers with the operation's success status and a value its response schema
accepts. State follows the collection/item pattern of the paths:

- ``POST /things`` (where ``/things/{thingId}`` is also in the spec) stores the body, merged with a new
  id, ``createdAt``/``updatedAt`` (now) where the schema has them and its other required fields, and
  answers with it (without that POST, the item paths are actions: nothing could be stored for them);
- ``GET``/``PUT``/``PATCH``/``DELETE /things/{thingId}`` read, change (both merge the body) and remove
  it; 404 when there is none;
- ``GET /things`` lists them: a plain array, or the envelope of ``x-beam-pagination`` (its ``page`` and
  ``size`` parameters page it, its ``total`` counts it);
- anything else (``POST /things/{thingId}/archive``) answers with the stored item when its path names
  one, else with a value built from the response schema (its required fields).

The app serves every answer through the operation's response schema (``_serving``), so optional fields
are served where a value was stored, and made up only with ``fake.quirks.full_bodies``.

Collections are kept per concrete path (``/agent/a-1/notes`` and ``/agent/a-2/notes`` are two), in
``fake.store.collections``, so ``fake.reset()`` empties them. Query filters are accepted and ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from starlette.responses import Response

from ._endpoint import Ctx, Endpoint, ok, paginate
from ._errors import ApiError, bad_request
from ._schema import JSON, WORKSPACE_HEADER, Spec, SpecOperation

_PARAM = re.compile(r"\{[^}]*\}")
_AUTH_HEADERS = frozenset({"authorization", "x-api-key", WORKSPACE_HEADER})
_DEFAULT_PAGE_SIZE = 10
#: What a server stamps on an item it creates (where the item's schema has them).
_STAMPS = ("createdAt", "updatedAt")


def template(path: str) -> str:
    """A path with its parameter names dropped, so routes and spec paths compare."""
    return _PARAM.sub("{}", path.rstrip("/") or "/")


def spec_endpoints(spec: Spec, taken: Iterable[tuple[str, str]]) -> list[Endpoint]:
    """An endpoint for every spec operation whose ``(METHOD, template)`` is not in ``taken``."""
    hand = set(taken)
    operations = {(op.method, template(op.path)) for op in spec.operations()}
    return [
        Endpoint(op.method, op.path, _handler(spec, op, _role(op, operations)), op.auth, op.workspace)
        for op in spec.operations()
        if (op.method, template(op.path)) not in hand
    ]


def _role(op: SpecOperation, operations: set[tuple[str, str]]) -> str:
    """``create``/``list`` on a collection, ``item`` on one of its items, else ``action``.

    A collection is a path with an item path beside it (``/things`` and ``/things/{id}``) and a POST
    to create items; without that POST nothing could ever be stored, so its item paths are actions.
    """
    path = template(op.path)
    paths = {p for _, p in operations}
    if path.endswith("/{}"):
        collection = path.removesuffix("/{}") or "/"
        creatable = ("POST", collection) in operations
        return "item" if creatable and op.method in ("GET", "PUT", "PATCH", "DELETE") else "action"
    if f"{path.rstrip('/')}/{{}}" in paths:
        return {"POST": "create", "GET": "list"}.get(op.method, "action")
    return "action"


def _handler(spec: Spec, op: SpecOperation, role: str) -> Any:
    async def handle(ctx: Ctx) -> Response:
        _check_parameters(spec, op, ctx)
        body = await _checked_body(spec, op, ctx)
        with ctx.fake.store.lock:
            value = _act(spec, op, role, ctx, body)
        return _answer(spec, op, ctx, value)

    handle.__name__ = f"spec_{op.operation_id}"
    return handle


# -- the request -------------------------------------------------------------------------------------


def _coerce(raw: str, schema: JSON) -> Any:
    """A query or path string as the schema's type (left as is when it does not parse: check names it)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    return raw


def _check_parameters(spec: Spec, op: SpecOperation, ctx: Ctx) -> None:
    messages: list[str] = []
    query, headers = ctx.request.query_params, ctx.request.headers
    for param in op.parameters:
        name, where = param["name"], param["in"]
        schema = spec.resolve(param.get("schema", {}))
        if where == "header":
            if param.get("required") and name.lower() not in _AUTH_HEADERS and name not in headers:
                messages.append(f"{name} header is required")
            continue
        raws = [ctx.path.get(name, "")] if where == "path" else [v for v in query.getlist(name) if v != ""]
        if not raws:
            if param.get("required"):
                messages.append(f"{name} should not be empty")
            continue
        if schema.get("type") == "array":
            items = spec.resolve(schema.get("items", {}))
            parts = [p for raw in raws for p in (raw.split(",") if param.get("x-beam-comma-list") else [raw])]
            value: Any = [_coerce(p, items) for p in parts]
        else:
            value = _coerce(raws[-1], schema)
        messages += spec.check(value, schema, name)
    if messages:
        raise bad_request(*messages)


async def _checked_body(spec: Spec, op: SpecOperation, ctx: Ctx) -> JSON:
    """The request body as a mapping, checked against its schema (form fields: only required ones)."""
    request_body = spec.resolve(op.raw.get("requestBody", {}))
    content = request_body.get("content", {})
    if not content:
        return {}
    if "application/json" not in content:
        form = await ctx.request.form()
        fields = {k: (v if isinstance(v, str) else getattr(v, "filename", "")) for k, v in form.items()}
        media = next(iter(content.values()))
        required = spec.resolve(media.get("schema", {})).get("required", [])
        missing = [f"{name} should not be empty" for name in required if name not in form]
        if missing:
            raise bad_request(*missing)
        return fields
    schema = content["application/json"].get("schema", {})
    if not ctx.raw_body.strip():
        body: Any = {}
    else:
        try:
            body = json.loads(ctx.raw_body)
        except ValueError:
            raise bad_request("Request body is not valid JSON") from None
    if not isinstance(body, dict):
        messages = spec.check(body, schema, "body")
        if messages:
            raise bad_request(*messages)
        return {"body": body}
    messages = spec.check_object(body, schema) if spec.resolve(schema).get("properties") else []
    if messages:
        raise bad_request(*messages)
    return body


# -- state -------------------------------------------------------------------------------------------


def _success(spec: Spec, op: SpecOperation) -> tuple[int, str | None, JSON]:
    """The documented success status, its media type (None: no body) and its schema."""
    successes = spec.successes(op)
    return successes[0] if successes else (200, "application/json", {})


def _item_schema(spec: Spec, op: SpecOperation) -> JSON:
    _, _, schema = _success(spec, op)
    return spec.resolve(schema)


def _id_key(schema: JSON, param: str | None) -> str:
    """Where a new item's id goes: ``id``, else the field named like the item path's parameter."""
    properties = schema.get("properties", {})
    return param if param is not None and "id" not in properties and param in properties else "id"


def _act(spec: Spec, op: SpecOperation, role: str, ctx: Ctx, body: JSON) -> Any:
    store, now = ctx.fake.store, ctx.now()
    path = ctx.request.url.path.rstrip("/")
    if role == "create":
        schema = _item_schema(spec, op)
        record = spec.synthesize(schema, now) if schema.get("properties") else {}
        record.update(
            {name: _timestamp(spec, now) for name in _STAMPS if name in schema.get("properties", {})}
        )
        record.update(body)
        params = [m.group(0)[1:-1] for m in _PARAM.finditer(_sibling_item(spec, op) or "")]
        key = _id_key(schema, params[-1] if params else None)
        record[key] = store.new_id()
        store.collections.setdefault(path, {})[record[key]] = record
        return record
    if role == "list":
        return list(store.collections.get(path, {}).values())
    parent, _, ident = path.rpartition("/")
    if role == "item":
        collection = store.collections.get(parent, {})
        if ident not in collection:
            raise ApiError(404, f"{op.raw.get('tags', ['Item'])[0]} with id {ident} not found")
        if op.method == "DELETE":
            return collection.pop(ident)
        if op.method in ("PUT", "PATCH"):
            collection[ident].update(body)
            if "updatedAt" in _item_schema(spec, op).get("properties", {}):
                collection[ident]["updatedAt"] = _timestamp(spec, now)
        return collection[ident]
    # An action: on the stored item its path names (``/things/{id}/archive``), else on nothing.
    owner_path, _, _ = parent.rpartition("/")
    owner = store.collections.get(owner_path, {}).get(parent.rpartition("/")[2])
    if owner is not None:
        return owner
    value = spec.synthesize(_item_schema(spec, op), now)
    if isinstance(value, dict) and "id" in value and ctx.path:
        value["id"] = list(ctx.path.values())[-1]
    return value


def _timestamp(spec: Spec, now: float) -> str:
    return str(spec.synthesize({"type": "string", "format": "date-time"}, now))


def _sibling_item(spec: Spec, op: SpecOperation) -> str | None:
    """The item path ``/things/{thingId}`` beside the collection path ``/things``."""
    prefix = op.path.rstrip("/") + "/"
    for path in spec.document.get("paths", {}):
        rest = path[len(prefix) :] if path.startswith(prefix) else ""
        if rest.startswith("{") and rest.endswith("}") and "/" not in rest:
            return str(path)
    return None


# -- the response ------------------------------------------------------------------------------------


def _answer(spec: Spec, op: SpecOperation, ctx: Ctx, value: Any) -> Response:
    status, media, schema = _success(spec, op)
    if media is None:
        return Response(status_code=status)
    if media != "application/json":
        text = spec.synthesize(schema, ctx.now()) if schema else ""
        return Response(str(text), status_code=status, media_type=media)
    if isinstance(value, list):
        return ok(_listing(spec, op, ctx, spec.resolve(schema), value), status)
    return ok(value, status)


def _listing(spec: Spec, op: SpecOperation, ctx: Ctx, schema: JSON, items: list[Any]) -> Any:
    """The stored items as the list operation answers them: a plain array, or its envelope (the app
    serves either through the response schema)."""
    now = ctx.now()
    if schema.get("type") == "array":
        return items
    envelope = spec.synthesize(schema, now)
    pagination = op.raw.get("x-beam-pagination")
    if not isinstance(envelope, dict):
        return envelope
    if pagination is None:
        arrays = [
            k for k, p in schema.get("properties", {}).items() if spec.resolve(p).get("type") == "array"
        ]
        if len(arrays) != 1:
            return envelope
        pagination = {"items": arrays[0]}
    total = len(items)
    if "page" in pagination and "size" in pagination:
        sizes = {p["name"]: spec.resolve(p.get("schema", {})) for p in op.parameters}
        page = int(ctx.query.get(pagination["page"]) or 1)
        default = sizes.get(pagination["size"], {}).get("default", _DEFAULT_PAGE_SIZE)
        items = paginate(items, page, int(ctx.query.get(pagination["size"]) or default))
    _put(spec, envelope, schema, str(pagination["items"]).split("."), items, now)
    if "total" in pagination:
        _put(spec, envelope, schema, str(pagination["total"]).split("."), total, now)
    return envelope


def _put(spec: Spec, target: JSON, schema: JSON, steps: list[str], value: Any, now: float) -> None:
    """Set ``value`` at the dotted path ``steps`` of ``target`` (``data[]``: into its one element)."""
    step, rest = steps[0], steps[1:]
    name = step.removesuffix("[]")
    prop = spec.resolve(schema.get("properties", {}).get(name, {}))
    if not rest:
        target[name] = value
        return
    if step.endswith("[]"):
        element_schema = spec.resolve(prop.get("items", {}))
        element = spec.synthesize(element_schema, now)
        target[name] = [element]
        _put(spec, element, element_schema, rest, value, now)
        return
    if not isinstance(target.get(name), dict):
        target[name] = spec.synthesize(prop, now)
    _put(spec, target[name], prop, rest, value, now)
