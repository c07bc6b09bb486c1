"""Direct `x-api-key` authentication as an httpx auth flow (no token exchange)."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._constants import API_KEY_HEADER
from ._security import check_credentials_url, same_origin


class ApiKeyAuth(httpx.Auth):
    """Sends the dashboard API key in the `x-api-key` header on every request.

    Lives in the auth flow rather than in default headers so the key never shows up in
    `client.headers`, reprs or logs of the client configuration.
    """

    def __init__(self, api_key: str, *, base_url: httpx.URL | str | None = None) -> None:
        if not api_key or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        self._api_key = api_key
        self._origin = None if base_url is None else httpx.URL(base_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request

    def apply(self, request: httpx.Request) -> None:
        """Put the key on `request` if it goes to the API's own origin (over https, or http to loopback)."""
        if self._origin is None or same_origin(request.url, self._origin):
            check_credentials_url(request.url)
            request.headers[API_KEY_HEADER] = self._api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='***')"
