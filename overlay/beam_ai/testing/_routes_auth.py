"""Tag Auth: API key → idToken/refreshToken, and refresh with rotation."""

from __future__ import annotations

from starlette.responses import Response

from ._endpoint import Ctx, Routes, ok
from ._validate import body_str

routes = Routes()


@routes.post("/auth/access-token", auth=False, workspace=False)
async def create_access_token(ctx: Ctx) -> Response:
    api_key = body_str(ctx.json(), "apiKey", required=True) or ""
    principal = ctx.fake.tokens.principal_for_key(api_key)
    return ok(ctx.fake.tokens.issue(principal), 201)


@routes.post("/auth/refresh-token", auth=False, workspace=False)
async def refresh_access_token(ctx: Ctx) -> Response:
    refresh_token = body_str(ctx.json(), "refreshToken", required=True) or ""
    return ok(ctx.fake.tokens.rotate(refresh_token), 201)
