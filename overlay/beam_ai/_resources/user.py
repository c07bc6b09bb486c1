"""`client.user`: the authenticated user."""

from __future__ import annotations

from beam_ai_api.api.user import get_current_user
from beam_ai_api.models import User

from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource

_GET: Endpoint[User] = Endpoint(get_current_user)


class UserResource(SyncResource):
    """`GET /v2/user/me`."""

    def get(self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None) -> User:
        """The authenticated user's profile, workspaces and feature flags."""
        return self._call(_GET, {}, timeout, max_retries)


class AsyncUserResource(AsyncResource):
    """Async twin of `UserResource`."""

    async def get(
        self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> User:
        """The authenticated user's profile, workspaces and feature flags."""
        return await self._call(_GET, {}, timeout, max_retries)
