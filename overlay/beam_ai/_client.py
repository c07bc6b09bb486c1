"""Client constructors: one configured httpx client, handed to the generated low-level client.

Every generated operation goes through the httpx client built here, so base URL, timeout,
user-agent, workspace header and auth are set once for all 50 operations.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

import httpx

from beam_ai_api import Client as GeneratedClient

from ._api_key_auth import ApiKeyAuth
from ._constants import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, USER_AGENT, WORKSPACE_HEADER

TimeoutTypes = float | httpx.Timeout | None


def _default_headers(workspace_id: str | None, extra: dict[str, str] | None) -> dict[str, str]:
    headers = {"user-agent": USER_AGENT}
    if workspace_id is not None:
        if not workspace_id.strip():
            raise ValueError("workspace_id must be a non-empty string when given")
        headers[WORKSPACE_HEADER] = workspace_id
    headers.update(extra or {})
    return headers


def _auth(api_key: str | None) -> httpx.Auth | None:
    return ApiKeyAuth(api_key) if api_key is not None else None


def _timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


class _ClientSettings:
    """What the sync and async clients share: validated settings and the httpx options built from them."""

    def __init__(
        self,
        *,
        api_key: str | None,
        workspace_id: str | None,
        base_url: str,
        timeout: TimeoutTypes,
        headers: dict[str, str] | None,
    ) -> None:
        self.base_url = base_url
        self.workspace_id = workspace_id
        self._http_options: dict[str, Any] = {
            "base_url": base_url,
            "timeout": _timeout(timeout),
            "headers": _default_headers(workspace_id, headers),
            "auth": _auth(api_key),
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, workspace_id={self.workspace_id!r})"


class Beam(_ClientSettings):
    """Synchronous Beam AI client.

    Args:
        api_key: dashboard API key (`bm_key_...`), sent as `x-api-key`. Optional so that
            unauthenticated calls (token exchange) and custom auth are possible.
        workspace_id: sent as `current-workspace-id` on every request.
        base_url: API root; defaults to the documented production host.
        timeout: seconds or an `httpx.Timeout`; on by default (60 s, 10 s to connect).
        headers: extra default headers.
        transport: custom httpx transport (tests, proxies, the fake server in-process).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key, workspace_id=workspace_id, base_url=base_url, timeout=timeout, headers=headers
        )
        self._http = httpx.Client(transport=transport, **self._http_options)
        self._raw = GeneratedClient(base_url=base_url).set_httpx_client(self._http)

    @property
    def raw(self) -> GeneratedClient:
        """The generated low-level client, for calling `beam_ai_api.api.*` functions directly."""
        return self._raw

    @property
    def http(self) -> httpx.Client:
        """The configured httpx client every request goes through."""
        return self._http

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBeam(_ClientSettings):
    """Asynchronous twin of `Beam`, with the same arguments."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key, workspace_id=workspace_id, base_url=base_url, timeout=timeout, headers=headers
        )
        self._http = httpx.AsyncClient(transport=transport, **self._http_options)
        self._raw = GeneratedClient(base_url=base_url).set_async_httpx_client(self._http)

    @property
    def raw(self) -> GeneratedClient:
        """The generated low-level client, for calling `beam_ai_api.api.*` `asyncio*` functions."""
        return self._raw

    @property
    def http(self) -> httpx.AsyncClient:
        """The configured httpx client every request goes through."""
        return self._http

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
