"""`client.auth`: the two token endpoints (the client's own auth already uses them; these are for completeness)."""

from __future__ import annotations

from typing import Any

from beam_ai_api.api.auth import create_access_token, refresh_access_token
from beam_ai_api.models import AccessTokenRequest, RefreshTokenRequest, TokenPair

from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource, body

_CREATE_TOKEN: Endpoint[TokenPair] = Endpoint(create_access_token)
_REFRESH: Endpoint[TokenPair] = Endpoint(refresh_access_token)


def _create_token_arguments(api_key: str) -> dict[str, Any]:
    return {"body": body(AccessTokenRequest, {"api_key": api_key})}


def _refresh_arguments(refresh_token: str) -> dict[str, Any]:
    return {"body": body(RefreshTokenRequest, {"refresh_token": refresh_token})}


class AuthResource(SyncResource):
    """Token exchange: `POST /auth/access-token` and `POST /auth/refresh-token`."""

    def create_token(
        self, *, api_key: str, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> TokenPair:
        """Exchange an API key for an `idToken` and a `refreshToken`."""
        return self._call(_CREATE_TOKEN, _create_token_arguments(api_key), timeout, max_retries)

    def refresh(
        self,
        *,
        refresh_token: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TokenPair:
        """Exchange a refresh token for a new token pair."""
        return self._call(_REFRESH, _refresh_arguments(refresh_token), timeout, max_retries)


class AsyncAuthResource(AsyncResource):
    """Async twin of `AuthResource`."""

    async def create_token(
        self, *, api_key: str, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> TokenPair:
        """Exchange an API key for an `idToken` and a `refreshToken`."""
        return await self._call(_CREATE_TOKEN, _create_token_arguments(api_key), timeout, max_retries)

    async def refresh(
        self,
        *,
        refresh_token: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TokenPair:
        """Exchange a refresh token for a new token pair."""
        return await self._call(_REFRESH, _refresh_arguments(refresh_token), timeout, max_retries)
