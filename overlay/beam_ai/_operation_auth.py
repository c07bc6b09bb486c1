"""Which credentials each request carries: the operation's `security` from the spec, and the auth mode.

Beam's route families accept different credentials (evidence in the README, "Auth"): most take
`x-api-key` or a Bearer token minted from the key; agent delete, triggers, webhooks and the inbox take
only the token; newer deployments want both on `/agent-graphs`. The spec says so per operation, the
send path puts the operation's alternatives on the request (`SECURITY_EXTENSION`), and this auth flow
picks one alternative:

- `auto` (default): the spec's preferred (first) alternative: the token on the public reference's
  routes (the API overview's default), the key on the routes of Beam's tooling that take it (as that
  tooling sends), the token where only the token works, both on `/agent-graphs`. A GET sent with the key alone that is answered
  401/403 is sent once more with the token, where the operation accepts the token (what Beam's CLI
  does: some workspace reads refuse the key but take the token minted from it).
- `api_key` / `token`: the alternative that is exactly that credential where the operation accepts it;
  otherwise the first alternative, so a token-only route still works in `api_key` mode (a token is
  minted from the key) and a route that needs both gets both.

A request without the extension (`beam.request()`, generated functions called directly) is treated
like an operation of the spec without its own `security` (`DEFAULT_SECURITY`). An operation declaring no security (token exchange, webhook trigger)
is sent with none.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from ._api_key_auth import ApiKeyAuth
from ._token_auth import TokenExchangeAuth

SECURITY_EXTENSION = "beam_ai.security"
"""Request extension: the operation's accepted credential alternatives (`Operation.security`)."""

API_KEY = "ApiKeyAuth"
BEARER = "BearerAuth"
_DENIED = frozenset({401, 403})


def choose(mode: str, alternatives: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The credentials to send: see the module docstring. `()` sends none."""
    if not alternatives:
        return ()
    preferred = {"api_key": (API_KEY,), "token": (BEARER,)}.get(mode)
    if preferred is not None and preferred in alternatives:
        return preferred
    return alternatives[0]


def _falls_back(
    mode: str, request: httpx.Request, chosen: tuple[str, ...], alternatives: tuple[tuple[str, ...], ...]
) -> bool:
    return mode == "auto" and request.method == "GET" and chosen == (API_KEY,) and (BEARER,) in alternatives


class OperationAuth(httpx.Auth):
    """Sends each request the credentials its operation accepts (one instance per root client)."""

    requires_request_body = True  # a request answered with 401 is sent again

    def __init__(self, mode: str, api_key: ApiKeyAuth, token: TokenExchangeAuth) -> None:
        self.mode = mode
        self.api_key = api_key
        self.token = token

    def __repr__(self) -> str:
        return f"OperationAuth(mode={self.mode!r}, api_key='***')"

    def _plan(self, request: httpx.Request) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        alternatives = request.extensions.get(SECURITY_EXTENSION)
        if alternatives is None:
            # Imported here: the operation table is loaded on first use, not by `import beam_ai`.
            from beam_ai_api.surface.operations import DEFAULT_SECURITY

            alternatives = DEFAULT_SECURITY
        return choose(self.mode, alternatives), alternatives

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        chosen, alternatives = self._plan(request)
        if API_KEY in chosen:
            self.api_key.apply(request)
        if BEARER in chosen:
            yield from self.token.sync_auth_flow(request)
            return
        response = yield request
        if response.status_code in _DENIED and _falls_back(self.mode, request, chosen, alternatives):
            response.read()
            request.headers.pop("x-api-key", None)
            yield from self.token.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        chosen, alternatives = self._plan(request)
        if API_KEY in chosen:
            self.api_key.apply(request)
        if BEARER not in chosen:
            response = yield request
            if response.status_code not in _DENIED or not _falls_back(
                self.mode, request, chosen, alternatives
            ):
                return
            await response.aread()
            request.headers.pop("x-api-key", None)
        flow = self.token.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            try:
                incoming = yield outgoing
            except BaseException as error:
                # What httpx throws in (closing this flow after a transport error) reaches the token flow
                # as itself, so a failed renewal is noted for its waiters and a shared cache's lock freed now.
                await flow.athrow(error)
                raise
            try:
                outgoing = await flow.asend(incoming)
            except StopAsyncIteration:
                return
