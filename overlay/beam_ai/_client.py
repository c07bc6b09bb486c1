"""`Beam` and `AsyncBeam`: one configured httpx client per root client, shared by its derivatives.

Layers, outermost first (each request passes through all of them, so all 50 generated operations
inherit the behaviour with no per-operation code):

    BeamHttpClient.send   typed errors (APIStatusError, APIConnectionError...)
    auth flow             token exchange + refresh + one resend on 401, or x-api-key
                          (optionally through a token cache shared by processes: `_token_cache`)
    RetryTransport        backoff/jitter/Retry-After, never resending a POST that may have acted;
                          each attempt waits its turn from the process-wide `_rate_limiter`
    ForkSafeTransport     rebuilds the pool in a forked child (`_fork`)
    HTTPTransport         the connection pool (TLS verified)

Pickling carries the settings and never the secrets (`_client_pickling`).

`with_workspace()` / `with_options()` return a new client object that shares the httpx client,
auth (so tokens) and pool, and carries its own workspace, timeout and retry budget, applied per
request. The original is never changed.
"""

from __future__ import annotations

import functools
import math
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._api_key_auth import ApiKeyAuth
from ._client_pickling import pickle_args, unpickle_client
from ._config import Credentials, environment_proxy, resolve
from ._constants import DEFAULT_TIMEOUT, USER_AGENT, WORKSPACE_HEADER
from ._errors import BeamConfigError, safe_url
from ._fork import AsyncForkSafeTransport, ForkSafeTransport
from ._http import AsyncBeamHttpClient, BeamHttpClient
from ._observe import Hook, Observer, setup_from_env
from ._operation_auth import OperationAuth
from ._pool_fix import fixed_pool
from ._rate_limiter import Limiters
from ._requester import AsyncBeamRequester, BeamRequester, Options, check_max_retries, check_strict
from ._resources import AsyncNamespaces, SyncNamespaces
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._security import check_call_headers, check_header_value, check_proxy, same_origin
from ._token_auth import TokenExchangeAuth
from ._token_cache import TokenCache
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes, as_timeout

if TYPE_CHECKING:
    from beam_ai_api import Client as GeneratedClient

    from ._tracing import Tracing, TracingOption

DEFAULT_MAX_RETRIES = 2
# Keep-alive limit equal to the pool size: with fewer, httpcore's sync pool can close a connection it
# has just handed to a waiting thread (encode/httpcore#1110), which 200 threads on one client hit.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def _check_workspace(workspace_id: object) -> str:
    if not isinstance(workspace_id, str) or not workspace_id.strip():
        raise BeamConfigError(f"workspace_id must be a non-empty string, got {type(workspace_id).__name__}")
    check_header_value("workspace_id", workspace_id)
    return workspace_id.strip()


def _check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise BeamConfigError(f"headers: names and values must be strings (header {name!r})")
        check_header_value(f"headers[{name!r}]", name)
        check_header_value(f"headers[{name!r}]", value)
        checked[name] = value
    return checked


_CREDENTIAL_HEADERS = ("authorization", "x-api-key", WORKSPACE_HEADER)


def _strip_foreign_credentials(request: httpx.Request, origin: httpx.URL) -> None:
    """No credential or workspace header leaves the API's origin (httpx strips only Authorization,
    and only on redirects): this runs for every hop, redirects a user switched on included."""
    if not same_origin(request.url, origin):
        for name in _CREDENTIAL_HEADERS:
            request.headers.pop(name, None)


def _check_rate_limit(rate_limit: float | None) -> float | None:
    if rate_limit is not None and (
        isinstance(rate_limit, bool)
        or not isinstance(rate_limit, int | float)
        or not 0 < rate_limit < math.inf
    ):
        raise BeamConfigError(f"rate_limit must be a number of requests per second > 0, got {rate_limit!r}")
    return rate_limit


def _make_auth(
    credentials: Credentials,
    clock: Callable[[], float],
    token_cache: TokenCache | None,
    sleep: Callable[[float], object] | None,
) -> OperationAuth:
    """Per-operation credentials (`_operation_auth`): the key, a token minted from it, or both."""
    return OperationAuth(
        credentials.auth_mode,
        ApiKeyAuth(credentials.api_key, base_url=credentials.base_url),
        TokenExchangeAuth(
            credentials.api_key,
            base_url=credentials.base_url,
            clock=clock,
            token_cache=token_cache,
            sleep=sleep,
        ),
    )


def _origin(url: httpx.URL) -> str:
    """The API a rate limit belongs to: scheme, host and port (with the tenant: see `_rate_limiter`)."""
    return f"{url.scheme}://{url.host}:{url.port or ''}"


def _generated_client(base_url: httpx.URL) -> GeneratedClient:
    # Imported here, not at the top: the generated package pulls in attrs (~12 ms of `import beam_ai`).
    from beam_ai_api import Client

    # Requests go through our httpx client; the generated one only shows its URL (in its repr).
    return Client(base_url=str(base_url.copy_with(userinfo=b"")))


@functools.cache
def _verified_ssl_context() -> ssl.SSLContext:
    """One verifying TLS context for every client: building one loads the CA bundle (~50 ms)."""
    return httpx.create_ssl_context(verify=True)


def _pool(credentials: Credentials, proxy: str | None) -> httpx.BaseTransport:
    """The connection pool; a forked child builds its own (see `_fork`)."""
    proxy = proxy or environment_proxy(credentials.base_url)
    return ForkSafeTransport(
        lambda: fixed_pool(
            httpx.HTTPTransport(verify=_verified_ssl_context(), limits=DEFAULT_LIMITS, proxy=proxy)
        )
    )


def _async_pool(credentials: Credentials, proxy: str | None) -> httpx.AsyncBaseTransport:
    proxy = proxy or environment_proxy(credentials.base_url)
    return AsyncForkSafeTransport(
        lambda: fixed_pool(
            httpx.AsyncHTTPTransport(verify=_verified_ssl_context(), limits=DEFAULT_LIMITS, proxy=proxy)
        )
    )


class _BeamBase:
    """Settings, derivation and per-request options shared by `Beam` and `AsyncBeam`."""

    _credentials: Credentials
    _requester: BeamRequester | AsyncBeamRequester
    _auth: TokenExchangeAuth
    _operation_auth: OperationAuth
    _raw: GeneratedClient
    _owns_http: bool
    _clock: Callable[[], float]
    _pickle_args: dict[str, Any] | str
    _tracing: Tracing | None

    def _configure(
        self,
        *,
        api_key: str | None,
        workspace_id: str | None,
        base_url: str | httpx.URL | None,
        environment: str | None,
        auth_mode: str,
        timeout: TimeoutTypes,
        max_retries: int,
        clock: Callable[[], float],
        token_cache: TokenCache | None,
        pickle_args: dict[str, Any] | str,
        sleep: Callable[[float], object] | None = None,
        strict_responses: bool = False,
    ) -> tuple[Options, RetryPolicy]:
        self._credentials = resolve(
            api_key=api_key,
            workspace_id=workspace_id,
            base_url=base_url,
            environment=environment,
            auth_mode=auth_mode,
        )
        check_header_value("api_key", self._credentials.api_key)  # x-api-key, or the exchange body
        options = Options(
            workspace_id=_check_workspace(self._credentials.workspace_id),
            timeout=as_timeout(timeout),
            max_retries=check_max_retries(max_retries),
            strict_responses=check_strict(strict_responses),
        )
        self._operation_auth = _make_auth(self._credentials, clock, token_cache, sleep)
        self._auth = self._operation_auth.token  # the token side, shared by derived clients
        self._clock = clock
        self._pickle_args = pickle_args
        self._owns_http = True
        return options, RetryPolicy(max_retries=options.max_retries, clock=clock)

    def _observer(
        self, on_request: Hook | None, on_response: Hook | None, on_retry: Hook | None, tracing: TracingOption
    ) -> Observer:
        """The hooks and tracing the retry transport reports each attempt to (see `_observe`)."""
        setup_from_env()
        traced = None
        if tracing is not False and tracing is not None:
            from ._tracing import Tracing  # only now: OpenTelemetry costs nothing until asked for

            traced = Tracing.create(None if tracing is True else tracing)
        observer = Observer(on_request=on_request, on_response=on_response, on_retry=on_retry, tracing=traced)
        if observer.custom and isinstance(self._pickle_args, dict):
            self._pickle_args = "it was given hooks of its own"
        elif isinstance(self._pickle_args, dict) and traced is not None:
            if tracing is not True:
                self._pickle_args = "it was given a tracer provider of its own"
            else:
                self._pickle_args = {**self._pickle_args, "tracing": True}
        self._tracing = traced
        return observer

    @property
    def _options(self) -> Options:
        return self._requester.options

    def _limiters(self, clock: Callable[[], float], sleep: object, rate_limit: float | None) -> Limiters:
        """The process-wide rate limiters this client shares with the other clients of its tenant."""
        origin, key = _origin(self.base_url), self._credentials.api_key
        return Limiters(origin, key, clock, sleep, _check_rate_limit(rate_limit))

    def _http_options(
        self, options: Options, headers: Mapping[str, str] | None, hook: Callable[..., Any]
    ) -> dict[str, Any]:
        return {
            "base_url": self._credentials.base_url,
            "timeout": options.timeout,
            "headers": {"user-agent": USER_AGENT, **_check_headers(headers)},
            "auth": self._operation_auth,
            "trust_env": False,  # proxies come from _config.environment_proxy, inside our transport
            "event_hooks": {"request": [hook]},
        }

    @property
    def workspace_id(self) -> str:
        """Sent as `current-workspace-id` on every operation that documents it."""
        return self._options.workspace_id

    @property
    def base_url(self) -> httpx.URL:
        return self._credentials.base_url

    @property
    def auth_mode(self) -> str:
        """`"auto"` (what each operation accepts), `"token"` (bearer token) or `"api_key"` (x-api-key)."""
        return self._credentials.auth_mode

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def strict_responses(self) -> bool:
        """Whether responses (and request enum values) must match the spec exactly; see `Beam`."""
        return self._options.strict_responses

    @property
    def raw(self) -> GeneratedClient:
        """The generated low-level client, for `beam_ai_api.api.*` functions.

        It shares this client's connection, auth, retries and typed errors, but not its
        per-client workspace, timeout or retry overrides: pass `current_workspace_id` yourself.
        """
        return self._raw

    def with_workspace(self, workspace_id: str) -> Self:
        """A client for another workspace, sharing this one's connections and tokens.

        A missing workspace (None, empty) raises `BeamConfigError`: it never falls back to this one's.
        """
        return self.with_options(workspace_id=workspace_id)

    def with_options(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        strict_responses: bool | None = None,
    ) -> Self:
        """A copy with other defaults; shares the connection pool and auth, leaves `self` unchanged.

        `workspace_id` left out keeps this client's; passed, it must be a non-empty string (None raises).
        """
        options = self._options
        if not isinstance(workspace_id, NotGiven):
            options = replace(options, workspace_id=_check_workspace(workspace_id))
        if not isinstance(timeout, NotGiven):
            options = replace(options, timeout=as_timeout(timeout))
        if max_retries is not None:
            options = replace(options, max_retries=check_max_retries(max_retries))
        if strict_responses is not None:
            options = replace(options, strict_responses=check_strict(strict_responses))
        return self._derive(options)

    def _derive(self, options: Options) -> Self:
        clone = object.__new__(type(self))
        clone._copy_shared_from(self)
        clone._requester = self._requester.derive(options)
        clone._owns_http = False
        return clone

    def _copy_shared_from(self, other: Self) -> None:
        self._credentials = other._credentials
        self._auth = other._auth
        self._operation_auth = other._operation_auth
        self._raw = other._raw
        self._clock = other._clock
        self._pickle_args = other._pickle_args
        self._tracing = other._tracing

    @property
    def clock(self) -> Callable[[], float]:
        """The time source (seconds) for token expiry, backoff and task-follow deadlines."""
        return self._clock

    def _request_options(
        self, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> dict[str, Any]:
        """httpx `request()` keyword arguments carrying this client's (or the call's) timeout and retries."""
        return self._requester.request_options(timeout, max_retries)

    def _build_request_kwargs(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        files: Any,
        data: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        workspace: bool,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> dict[str, Any]:
        merged: dict[str, str] = {WORKSPACE_HEADER: self.workspace_id} if workspace else {}
        merged.update(check_call_headers(headers))
        kwargs: dict[str, Any] = {"method": method.upper(), "url": path, "headers": merged}
        if params is not None:
            kwargs["params"] = {k: v for k, v in params.items() if v is not None}
        if json is not None:
            kwargs["json"] = json
        if files is not None:
            kwargs["files"] = files
        if data is not None:
            kwargs["data"] = data
        kwargs.update(self._request_options(timeout, max_retries))
        return kwargs

    def __copy__(self) -> Self:
        """A copy shares the pool and tokens, as `with_options()` does (pickling is for other processes)."""
        return self.with_options()

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        return self.with_options()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its settings, never its secrets: see `_client_pickling`."""
        refusal = self._pickle_args
        if isinstance(refusal, dict) and self.base_url.userinfo:
            refusal = "its base URL carries credentials"
        if isinstance(refusal, str):
            raise TypeError(
                f"this {type(self).__name__} cannot be pickled: {refusal}. Create the client inside"
                " the worker process instead (it reads BEAM_API_KEY and BEAM_WORKSPACE_ID there)."
            )
        options = {
            **refusal,
            "base_url": str(self.base_url),
            "workspace_id": self._options.workspace_id,
            "timeout": self._options.timeout,
            "max_retries": self._options.max_retries,
            "strict_responses": self._options.strict_responses,
        }
        return unpickle_client, (type(self), options)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={safe_url(self.base_url)!r}, workspace_id={self.workspace_id!r}, "
            f"auth_mode={self.auth_mode!r})"
        )


class Beam(SyncNamespaces, _BeamBase):
    """Synchronous Beam AI client.

    Args:
        api_key: dashboard API key; default `BEAM_API_KEY`. Never shown in reprs, logs or errors.
        workspace_id: sent as `current-workspace-id`; default `BEAM_WORKSPACE_ID`.
        base_url: API root; default `BEAM_BASE_URL`, else https://api.beamstudio.ai. Plain http
            is refused except to loopback.
        environment: `"production"`, `"enterprise"` or `"staging"`: the API host of that Beam
            environment, instead of `base_url` (default `BEAM_ENVIRONMENT`).
        auth_mode: `"auto"` (default: per operation, the credential its route family accepts: the
            `x-api-key` where it may, a bearer token minted from the key where only that works, both
            on `/agent-graphs`), `"token"` (the token wherever accepted: exchanged, refreshed before
            expiry and on 401) or `"api_key"` (`x-api-key` wherever accepted).
        timeout: seconds or `httpx.Timeout`; default 60 s (10 s to connect). None waits forever.
        max_retries: retries after the first attempt for retryable failures; default 2.
        headers: extra headers on every request.
        transport: replaces the connection pool (tests: `httpx.MockTransport`, the fake server).
        proxy: proxy URL; default from the standard `HTTPS_PROXY` / `NO_PROXY` variables.
        clock, sleep: time source and sleep used for token expiry and retry backoff (inject in tests).
        token_cache: share tokens with other processes on this machine, e.g.
            `FileTokenCache(path)`: one token exchange for many workers (token auth only).
        rate_limit: requests per second this process may start to this API, if the quota is
            known; every client of the API in the process shares the pace (and any 429 pause).
        on_request, on_response, on_retry: called with an `Attempt` before each HTTP attempt is
            sent, when its response headers arrive (any status), and when it is about to be
            retried (`attempt.retry_delay` says when). Plain callables, on both clients; an
            exception in one fails the call.
        tracing: OpenTelemetry spans per call, per attempt and per task run, to the global tracer
            provider (`True`) or to the `TracerProvider` given (`pip install 'beam-ai[otel]'`).
        strict_responses: raise `APIResponseValidationError` when a response lacks a required field,
            holds a value of another type or a field the spec does not list, and refuse request
            values the spec does not list.
            Default False (lenient): such fields read None and the model lists them
            (`missing_fields`, `mismatched_fields`); unlisted request values are sent as given.

    Fork-safe (a child builds its own connections and locks) and picklable: the pickle carries the
    settings, not the API key, which the receiving process reads from `BEAM_API_KEY`.
    """

    _requester: BeamRequester

    def __init__(
        self,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: str | None = None,
        auth_mode: str = "auto",
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        proxy: str | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        token_cache: TokenCache | None = None,
        rate_limit: float | None = None,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
        tracing: TracingOption = False,
        strict_responses: bool = False,
    ) -> None:
        options, policy = self._configure(
            api_key=api_key,
            workspace_id=workspace_id,
            base_url=base_url,
            environment=environment,
            auth_mode=auth_mode,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            token_cache=token_cache,
            strict_responses=strict_responses,
            pickle_args=pickle_args(
                auth_mode, headers, proxy, token_cache, rate_limit, custom=(transport, clock, sleep)
            ),
            sleep=sleep,
        )
        self._sleep = sleep
        check_proxy(proxy, self._credentials.base_url)
        pool = transport if transport is not None else _pool(self._credentials, proxy)
        origin = self._credentials.base_url

        def strip_foreign_credentials(request: httpx.Request) -> None:
            _strip_foreign_credentials(request, origin)

        limiters = self._limiters(clock, sleep, rate_limit)
        observer = self._observer(on_request, on_response, on_retry, tracing)
        self._http = BeamHttpClient(
            transport=RetryTransport(pool, policy, sleep, limiters, observer),
            **self._http_options(options, headers, strip_foreign_credentials),
        )
        self._raw = _generated_client(self.base_url).set_httpx_client(self._http)
        self._requester = BeamRequester(options, self._raw, self._http, clock, sleep)
        self._requester.tracing = self._tracing

    def _copy_shared_from(self, other: Self) -> None:
        super()._copy_shared_from(other)
        self._http = other._http
        self._sleep = other._sleep

    @property
    def sleep(self) -> Callable[[float], None]:
        """How this client waits (retry backoff, polling); injected in tests."""
        return self._sleep

    @property
    def http(self) -> httpx.Client:
        """The httpx client every request goes through (shared with derived clients)."""
        return self._http

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        workspace: bool = True,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """Call any endpoint, documented or not, with this client's auth, retries and errors.

        `path` is relative to the base URL. The workspace header is added unless `workspace=False`.
        Raises `APIStatusError` subclasses for 4xx/5xx; returns the read response otherwise.
        """
        kwargs = self._build_request_kwargs(
            method,
            path,
            params=params,
            json=json,
            files=files,
            data=data,
            headers=headers,
            workspace=workspace,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._http.request(**kwargs)

    def close(self) -> None:
        """Close the connection pool. Derived clients share it; only the root client closes it."""
        if self._owns_http:
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


class AsyncBeam(AsyncNamespaces, _BeamBase):
    """Asynchronous twin of `Beam`, with the same arguments (`sleep` is a coroutine function)."""

    _requester: AsyncBeamRequester

    def __init__(
        self,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: str | None = None,
        auth_mode: str = "auto",
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        token_cache: TokenCache | None = None,
        rate_limit: float | None = None,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
        tracing: TracingOption = False,
        strict_responses: bool = False,
    ) -> None:
        options, policy = self._configure(
            api_key=api_key,
            workspace_id=workspace_id,
            base_url=base_url,
            environment=environment,
            auth_mode=auth_mode,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            token_cache=token_cache,
            strict_responses=strict_responses,
            pickle_args=pickle_args(
                auth_mode, headers, proxy, token_cache, rate_limit, custom=(transport, clock, sleep)
            ),
            sleep=sleep,
        )
        self._sleep = sleep
        check_proxy(proxy, self._credentials.base_url)
        pool = transport if transport is not None else _async_pool(self._credentials, proxy)
        origin = self._credentials.base_url

        async def strip_foreign_credentials(request: httpx.Request) -> None:
            _strip_foreign_credentials(request, origin)

        limiters = self._limiters(clock, self.sleep, rate_limit)
        observer = self._observer(on_request, on_response, on_retry, tracing)
        self._http = AsyncBeamHttpClient(
            transport=AsyncRetryTransport(pool, policy, self.sleep, limiters, observer),
            **self._http_options(options, headers, strip_foreign_credentials),
        )
        self._raw = _generated_client(self.base_url).set_async_httpx_client(self._http)
        self._requester = AsyncBeamRequester(options, self._raw, self._http, clock, self.sleep)
        self._requester.tracing = self._tracing

    def _copy_shared_from(self, other: Self) -> None:
        super()._copy_shared_from(other)
        self._http = other._http
        self._sleep = other._sleep

    @property
    def sleep(self) -> Callable[[float], Awaitable[None]]:
        """How this client waits (retry backoff, polling): `asyncio.sleep` unless injected."""
        if self._sleep is not None:
            return self._sleep
        import asyncio  # lazily: importing asyncio costs ~15 ms and sync users never need it

        return asyncio.sleep

    @property
    def http(self) -> httpx.AsyncClient:
        """The httpx client every request goes through (shared with derived clients)."""
        return self._http

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        workspace: bool = True,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """Async twin of `Beam.request`."""
        kwargs = self._build_request_kwargs(
            method,
            path,
            params=params,
            json=json,
            files=files,
            data=data,
            headers=headers,
            workspace=workspace,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._http.request(**kwargs)

    async def aclose(self) -> None:
        """Close the connection pool. Derived clients share it; only the root client closes it."""
        if self._owns_http:
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
