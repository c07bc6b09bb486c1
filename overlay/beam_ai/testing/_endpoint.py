"""What a route handler sees (:class:`Ctx`) and how route modules declare operations."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from ._auth import Principal
from ._errors import bad_request

if TYPE_CHECKING:
    from ._fake import FakeBeam

JSON = dict[str, Any]
#: Paths of the fake's own stand-ins (a pre-signed storage URL), not operations of the API.
OWN_PREFIX = "/_fake/"
Handler = Callable[["Ctx"], Awaitable[Response]]


@dataclass
class Ctx:
    request: Request
    fake: FakeBeam
    principal: Principal | None
    raw_body: bytes

    @property
    def path(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.request.path_params.items()}

    @property
    def query(self) -> dict[str, str]:
        return dict(self.request.query_params)

    def json(self) -> JSON:
        """The JSON body as an object; an absent body counts as ``{}`` (NestJS validates fields next)."""
        if not self.raw_body.strip():
            return {}
        try:
            body = json.loads(self.raw_body)
        except ValueError:
            raise bad_request("Request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise bad_request("request body must be a JSON object")
        return body

    def now(self) -> float:
        return self.fake.clock.now()


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    handler: Handler
    auth: bool = True
    workspace: bool = True


@dataclass
class Routes:
    """Collects a module's endpoints: ``@routes.get("/path")``."""

    endpoints: list[Endpoint] = field(default_factory=list)

    def add(
        self, method: str, path: str, *, auth: bool = True, workspace: bool = True
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.endpoints.append(Endpoint(method, path, handler, auth, workspace))
            return handler

        return register

    def get(self, path: str, **kw: bool) -> Callable[[Handler], Handler]:
        return self.add("GET", path, **kw)

    def post(self, path: str, **kw: bool) -> Callable[[Handler], Handler]:
        return self.add("POST", path, **kw)

    def put(self, path: str, **kw: bool) -> Callable[[Handler], Handler]:
        return self.add("PUT", path, **kw)

    def patch(self, path: str, **kw: bool) -> Callable[[Handler], Handler]:
        return self.add("PATCH", path, **kw)

    def delete(self, path: str, **kw: bool) -> Callable[[Handler], Handler]:
        return self.add("DELETE", path, **kw)


class Answer(Response):
    """A JSON answer not rendered yet: the app serves ``content`` through the operation's documented
    response schema first (``_serving``), so routes return their records as they keep them.

    ``schema`` (a schema node kept by the route module) is the route's own reading where the spec
    documents no body or free-form JSON: what the fake sends there all the same.
    """

    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200, schema: JSON | None = None) -> None:
        super().__init__(None, status_code)
        self.content = content
        self.schema = schema


def ok(body: Any, status: int = 200, *, schema: JSON | None = None) -> Answer:
    return Answer(body, status, schema)


def paginate(items: list[Any], page_num: int, page_size: int) -> list[Any]:
    start = (page_num - 1) * page_size
    return items[start : start + page_size]
