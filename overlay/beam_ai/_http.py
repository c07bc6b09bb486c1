"""httpx clients that raise this package's exceptions, so every caller (namespaces, the raw
generated functions, `client.request`) gets typed errors without per-operation code.

`send` is the one place every request passes through after auth, redirects and retries; errors
are raised here rather than in a response hook because the auth flow must still see a 401 to
refresh and resend.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import APIConnectionError, APITimeoutError, status_error
from ._retry import IDEMPOTENT_METHODS, NOT_SENT_ERRORS


def connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    """Our exception for a transport failure, saying whether the server may have acted."""
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    outcome_unknown = request.method not in IDEMPOTENT_METHODS and not isinstance(error, NOT_SENT_ERRORS)
    what = "timed out" if cls is APITimeoutError else "failed"
    message = f"{request.method} {request.url} {what}: {type(error).__name__}: {error}"
    if outcome_unknown:
        message += (
            ". The connection broke after the request was sent, so the outcome is unknown: the server"
            " may have acted on it. It was not retried; check its effect before sending it again."
        )
    return cls(message, request=request, outcome_unknown=outcome_unknown)


class BeamHttpClient(httpx.Client):
    """An `httpx.Client` whose `send` raises `APIStatusError`s and `APIConnectionError`s."""

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        try:
            response = super().send(request, stream=stream, **kwargs)
        except httpx.TransportError as error:
            raise connection_error(request, error) from error
        if response.status_code >= 400:
            try:
                response.read()
            finally:
                response.close()
            raise status_error(response)
        return response


class AsyncBeamHttpClient(httpx.AsyncClient):
    """Async twin of `BeamHttpClient`."""

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        try:
            response = await super().send(request, stream=stream, **kwargs)
        except httpx.TransportError as error:
            raise connection_error(request, error) from error
        if response.status_code >= 400:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise status_error(response)
        return response
