"""Every JSON answer served through its operation's documented response schema, and nothing else.

Routes, hand-written or built from the spec, return what they keep (``ok(record)``, an
:class:`~._endpoint.Answer`); the app then serves it through the schema the spec documents for the
operation and the status: the schema's fields the value has, the required ones it lacks made up,
unknown ones (the fake's own bookkeeping) dropped. A real server omits an optional field it has no
value for, so the fake does too, unless ``fake.quirks.full_bodies`` asks for every field (made up
where the fake has none). Field lists come from the spec alone: a field added to a task, graph or
context file schema is served after ``scripts/regen.sh`` once the fake holds a value for it
(``TaskRecord.fields``, a record's own key) or with ``full_bodies``.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from ._endpoint import Answer
from ._fake import FakeBeam
from ._routes_spec import template
from ._schema import JSON, Spec


def response_schemas(spec: Spec, method: str, path: str) -> dict[int, JSON]:
    """Status -> JSON schema node of every documented JSON success of the operation at ``method path``."""
    for op in spec.operations():
        if op.method == method and template(op.path) == template(path):
            return {
                status: schema for status, media, schema in spec.successes(op) if media == "application/json"
            }
    return {}


def served(fake: FakeBeam, schemas: dict[int, JSON], response: Response) -> Response:
    """``response`` rendered; an :class:`Answer` served through its status's schema first (the lowest
    documented one when a route answers another success status; the route's own where the spec
    documents no body or free-form JSON)."""
    if not isinstance(response, Answer):
        return response
    status = response.status_code
    schema = schemas[status] if status in schemas else next(iter(schemas.values()), None)
    if not schema:
        schema = response.schema
    with fake.store.lock:  # the content may hold the store's own records: rendered before they change
        content = response.content
        if schema is not None:
            content = fake.spec.shape(content, schema, fake.clock.now(), full=fake.quirks.full_bodies)
        return JSONResponse(content, status)
