"""An `httpx.MockTransport` speaking just enough Beam for client-layer tests.

It answers the token endpoints with JWT-shaped tokens (real `exp`), records every request, and
hands everything else to a per-test handler. Used where a case is easier to script than to
provoke from the fake server (exact status sequences, malformed bodies, transport errors).
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

Handler = Callable[[httpx.Request], httpx.Response]

MOCK_BASE_URL = "https://api.beam.test"


def make_jwt(exp: float | None, subject: str = "user") -> str:
    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims: dict[str, Any] = {"sub": subject}
    if exp is not None:
        claims["exp"] = int(exp)
    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(claims)}.c2lnbmF0dXJl"


class MockBeam:
    """Records requests; serves `/auth/*` itself; routes the rest to `handler`."""

    def __init__(self, handler: Handler, *, now: Callable[[], float] = time.time, ttl: float = 600):
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.issued: list[str] = []
        self._now = now
        self._ttl = ttl

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.url.path in ("/auth/access-token", "/auth/refresh-token"):
            token = make_jwt(self._now() + self._ttl, subject=f"n{len(self.issued)}")
            self.issued.append(token)
            return httpx.Response(201, json={"idToken": token, "refreshToken": f"rt-{len(self.issued)}"})
        return self.handler(request)

    def api_requests(self) -> list[httpx.Request]:
        """Requests other than the token endpoints."""
        return [r for r in self.requests if not r.url.path.startswith("/auth/")]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
