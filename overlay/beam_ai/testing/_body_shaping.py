"""Reshape the fake's JSON response bodies (and SSE event payloads) the way a real server may send them.

Two knobs on ``fake.quirks``, off by default, both driven by the spec (the generated models' field
tables and ``beam_ai_api.surface.operations``), never by field lists kept here:

- ``sparse_bodies``: what the vendor docs allow at the least. Every field the spec leaves optional is
  dropped, and so is every ``id`` (the spec requires ids on objects a client addresses by id, the
  vendor's examples often omit them), except the fields a call or helper of the client needs
  (``ESSENTIAL_FIELDS``: a task's id and status, a page's items...). Update events keep only
  their ``status``.
- ``future_bodies``: a server ahead of the spec. Every object gains a field the spec does not know
  (``FUTURE_FIELD``, at every depth), a value of a request enum echoed back becomes one the spec does
  not list (``FUTURE_ENUM_VALUE``), and a terminal task status becomes a new one (``FUTURE_STATUS``)
  with ``endedAt`` set, as a task that ended says.

Only 2xx JSON bodies and ``data:`` lines of event streams are touched; error bodies are left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from starlette.responses import Response, StreamingResponse

from beam_ai_api import models
from beam_ai_api.surface.operations import (
    ESSENTIAL_FIELDS,
    OPERATIONS,
    RESPONSES,
    SCHEMA_RULES,
    TASK_STATUSES,
)
from beam_ai_api.types import fields_of

FUTURE_FIELD = "fieldFromTheFuture"
FUTURE_ENUM_VALUE = "value-from-the-future"
FUTURE_STATUS = "EXPIRED"
"""A terminal status the spec does not list (checked at import)."""

assert FUTURE_STATUS not in TASK_STATUSES, "pick another FUTURE_STATUS: the spec lists this one"

_TERMINAL = frozenset(s.value for s in TASK_STATUSES.values() if s.meaning == "terminal")
_LIST = re.compile(r"^list\[(.+)\]$")


def _enum_values(rules: Any) -> Iterable[str]:
    """Every value of every enum in the generated request rules (parameters and body models)."""
    if isinstance(rules, dict):
        yield from rules.get("enum", ())
        for value in rules.values():
            yield from _enum_values(value)


@cache
def _request_enum_values() -> frozenset[str]:
    values = set(_enum_values(dict(SCHEMA_RULES)))
    for operation in OPERATIONS.values():
        for parameter in operation.parameters:
            values.update(_enum_values(dict(parameter.rules)))
    return frozenset(values)


@cache
def _routes() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(method, path pattern, response class) for every operation documenting a JSON body."""
    found = []
    for operation_id, operation in OPERATIONS.items():
        response = RESPONSES.get(operation_id)
        if response:
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path)) + "$")
            found.append((operation.method, pattern, response))
    # Literal paths before templated ones (/agent-tasks/iterate before /agent-tasks/{taskId}).
    return tuple(sorted(found, key=lambda route: route[1].pattern.count("[^/]+")))


def response_class(method: str, path: str) -> str | None:
    """The class (or `list[Class]`) the spec documents for a success of `method path`."""
    for route_method, pattern, response in _routes():
        if route_method == method and pattern.match(path):
            return response
    return None


class BodyShaper:
    """Applies the switched-on knobs to one JSON value of a documented class."""

    def __init__(self, *, sparse: bool, future: bool, now: float) -> None:
        self.sparse, self.future = sparse, future
        self.ended_at = datetime.fromtimestamp(now, UTC).isoformat().replace("+00:00", "Z")

    def value(self, value: Any, cls: str) -> Any:
        """`value` (JSON) shaped as the documented `cls` (a model class name, or `list[...]`)."""
        match = _LIST.match(cls)
        if match is not None:
            inner = match.group(1)
            return [self.value(item, inner) for item in value] if isinstance(value, list) else value
        if isinstance(value, list):  # a nested list of models (`list[list[X]]`'s inner lists)
            return [self.value(item, cls) for item in value]
        if not isinstance(value, dict) or not cls:
            return self.future_value(value)
        return self.model(value, cls)

    def model(self, body: dict[str, Any], cls: str) -> dict[str, Any]:
        fields = {field.key: field for field in fields_of(getattr(models, cls))}
        essential = ESSENTIAL_FIELDS.get(cls, ())
        shaped: dict[str, Any] = {}
        for key, item in body.items():
            field = fields.get(key)
            # Sparse: only required fields (ids aside) and what the client's calls need.
            if self.sparse and key not in essential and (field is None or not field.required or key == "id"):
                continue
            shaped[key] = self.value(item, field.nested) if field is not None else item
        if self.future:
            self.task_from_the_future(shaped, "endedAt" in fields)
            shaped[FUTURE_FIELD] = {"note": "a field the spec does not know yet", "items": [1, "two"]}
        return shaped

    def future_value(self, value: Any) -> Any:
        if self.future and isinstance(value, str) and value in _request_enum_values():
            return FUTURE_ENUM_VALUE
        return value

    def task_from_the_future(self, body: dict[str, Any], has_ended_at: bool) -> None:
        """A terminal task status becomes one the spec does not list, with `endedAt` set."""
        if body.get("status") in _TERMINAL:
            body["status"] = FUTURE_STATUS
            if has_ended_at and body.get("endedAt") is None:
                body["endedAt"] = self.ended_at

    def event(self, payload: Any) -> Any:
        """An SSE event payload (undocumented: a status update of the task; sparse keeps only the
        status, which is all the third-party client the docs inventory describes reads besides
        `message`)."""
        if not isinstance(payload, dict):
            return payload
        shaped = {"status": payload["status"]} if self.sparse and "status" in payload else dict(payload)
        if self.future:
            if shaped.get("status") in _TERMINAL:
                shaped["status"] = FUTURE_STATUS
                shaped.setdefault("endedAt", shaped.get("timestamp") or self.ended_at)
            shaped[FUTURE_FIELD] = {"note": "a field the spec does not know yet"}
        return shaped


def shape_response(fake: Any, method: str, path: str, response: Response) -> Response:
    """`response` with the fake's body knobs applied (the same object when none applies)."""
    quirks = fake.quirks
    if not (quirks.sparse_bodies or quirks.future_bodies) or not 200 <= response.status_code < 300:
        return response
    shaper = BodyShaper(sparse=quirks.sparse_bodies, future=quirks.future_bodies, now=fake.clock.now())
    if isinstance(response, StreamingResponse):
        if response.media_type == "text/event-stream":
            response.body_iterator = _shaped_events(response.body_iterator, shaper)
        return response
    cls = response_class(method, path)
    if cls is None or "json" not in response.headers.get("content-type", ""):
        return response
    try:
        body = json.loads(bytes(response.body))
    except ValueError:
        return response  # a fault (malformed_json) on purpose
    content = json.dumps(shaper.value(body, cls)).encode()
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    return Response(content, status_code=response.status_code, headers=headers, media_type="application/json")


async def _shaped_events(chunks: AsyncIterable[Any], shaper: BodyShaper) -> AsyncIterator[str]:
    async for chunk in chunks:
        text = chunk if isinstance(chunk, str) else bytes(chunk).decode()
        yield "\n".join(_shaped_line(line, shaper) for line in text.split("\n"))


def _shaped_line(line: str, shaper: BodyShaper) -> str:
    if not line.startswith("data:"):
        return line
    try:
        payload = json.loads(line[5:])
    except ValueError:
        return line
    return "data: " + json.dumps(shaper.event(payload), separators=(",", ":"))
