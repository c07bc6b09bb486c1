"""Direct `x-api-key` authentication as an httpx auth flow (no token exchange)."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._constants import API_KEY_HEADER
from ._security import check_credentials_url


class ApiKeyAuth(httpx.Auth):
    """Sends the dashboard API key in the `x-api-key` header on every request.

    Lives in the auth flow rather than in default headers so the key never shows up in
    `client.headers`, reprs or logs of the client configuration.
    """

    def __init__(self, api_key: str) -> None:
        if not api_key or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        check_credentials_url(request.url)
        request.headers[API_KEY_HEADER] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='***')"
