"""The requester: what a namespace, the task follower and the update stream hold to send requests.

A client (`Beam` / `AsyncBeam`) is a façade over one requester: its options (workspace, timeout,
retry budget, an optional deadline), the shared httpx client, the generated low-level client (for
parsing) and the clock and sleep. A derived client (`with_options()`) gets a derived requester.
Nothing below the façade holds or imports the client.

`call` / `acall` send one generated operation through `_operation` (check, workspace, build, send,
parse); `send` / `paginate` are what the generated namespaces call (`beam_ai_api.namespace`'s
`Requester` protocols). `_operation` and the argument helpers are imported on first send, which
keeps `import beam_ai` free of the operation table and the models.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, Self, overload

import httpx

from ._fork import ForkLocal
from ._observe import OPERATION_EXTENSION, request_id
from ._retry import MAX_RETRIES_EXTENSION, TIME_LEFT_EXTENSION, cap_timeout
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes, as_timeout

if TYPE_CHECKING:
    from beam_ai_api import Client as GeneratedClient
    from beam_ai_api.namespace import Extras, RawResponse
    from beam_ai_api.surface.operations import Operation

    from ._pagination import AsyncPaginator, Paginator
    from ._tracing import Tracing


@dataclass(frozen=True, slots=True)
class Options:
    """What differs between a client and the clients derived from it."""

    workspace_id: str
    timeout: httpx.Timeout
    max_retries: int
    deadline: float | None = None
    """When set (seconds on the client's clock), every request is bounded by the time left until then."""
    strict_responses: bool = False
    """Raise on a response field that is missing, of another type or unknown to the spec, and on
    request values the spec does not list; lenient (the default) reads such fields as None (unknown
    ones into `additional_properties`) and sends such values."""


def check_strict(strict_responses: bool) -> bool:
    from ._errors import BeamConfigError

    if not isinstance(strict_responses, bool):
        raise BeamConfigError(f"strict_responses must be True or False, got {strict_responses!r}")
    return strict_responses


def check_max_retries(max_retries: int) -> int:
    from ._errors import BeamConfigError

    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise BeamConfigError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


_modules: dict[str, ModuleType] = {}


def remember_request_id(result: Any, response: httpx.Response) -> None:
    """Let a parsed model answer `._request_id` (kept beside it, never in its data)."""
    if hasattr(result, "to_dict"):
        module = _modules.get("types")
        if module is None:  # imported on first use: it brings attrs, which `import beam_ai` avoids
            from beam_ai_api import types

            module = _modules["types"] = types
        module.remember_request_id(result, request_id(response))


def _send_path() -> ModuleType:
    """`beam_ai._operation`, imported on the first send (a dict lookup afterwards)."""
    module = _modules.get("operation")
    if module is None:
        from . import _operation

        module = _modules["operation"] = _operation
    return module


MAX_STREAMS = 50
"""Update streams one client keeps open at once (half its pool's 100 connections)."""


class StreamSlots:
    """The update streams a client (and every client derived from it) may have open at once.

    A stream holds one of the pool's connections for as long as its task runs: a hundred tasks
    followed at once over their streams would hold every connection, and every other call of the
    client (a list, a create, another task's read) would wait for a task to end. A follow that finds
    no free slot polls its task instead (`_task_follow`), which holds a connection only per read.
    """

    __slots__ = ("_free", "watcher")

    def __init__(self, size: int = MAX_STREAMS) -> None:
        self._free = ForkLocal(lambda: _Counter(size))  # a forked child has none of its parent's streams
        self.watcher: tuple[object, object] | None = None
        """(event loop, task watcher) following tasks beyond the streams in that loop (`_task_watch`);
        a later loop replaces it, as the connection pool of an earlier loop is dropped."""

    def take(self) -> bool:
        """Take a slot; False when all are in use."""
        return self._free.get().take()

    def give_back(self) -> None:
        self._free.get().give_back()


class _Counter:
    __slots__ = ("free", "lock")

    def __init__(self, free: int) -> None:
        self.free, self.lock = free, threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.free <= 0:
                return False
            self.free -= 1
            return True

    def give_back(self) -> None:
        with self.lock:
            self.free += 1


class _Requester:
    """Options and the per-request settings derived from them, shared by both requesters."""

    __slots__ = ("base_url", "clock", "options", "raw", "streams", "tracing")

    def __init__(
        self, options: Options, raw: GeneratedClient, base_url: httpx.URL, clock: Callable[[], float]
    ) -> None:
        self.options = options
        self.raw = raw
        self.base_url = base_url
        self.clock = clock
        self.tracing: Tracing | None = None
        """OpenTelemetry spans per call, when the client was built with `tracing=` (see `_tracing`)."""
        self.streams = StreamSlots()

    @property
    def workspace_id(self) -> str:
        return self.options.workspace_id

    @property
    def timeout(self) -> httpx.Timeout:
        return self.options.timeout

    def derive(self, options: Options) -> Self:
        """The same requester with other options (everything else is shared)."""
        clone = object.__new__(type(self))
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                setattr(clone, name, getattr(self, name))
        clone.options = options
        return clone

    def within(self, seconds: float) -> Self:
        """A copy whose requests (and their retries) all end within `seconds` from now (a task run's
        deadline): timeouts are cut to the time left and no retry starts after it."""
        return self.derive(replace(self.options, deadline=self.clock() + seconds))

    def with_max_retries(self, max_retries: int | None) -> Self:
        """A copy with another retry budget (None: this one)."""
        if max_retries is None:
            return self
        return self.derive(replace(self.options, max_retries=check_max_retries(max_retries)))

    def request_options(
        self, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> dict[str, Any]:
        """httpx `request()` keyword arguments carrying these options' (or the call's) timeout and retries."""
        options = self.options
        retries = options.max_retries if max_retries is None else check_max_retries(max_retries)
        chosen = options.timeout if isinstance(timeout, NotGiven) else as_timeout(timeout)
        extensions: dict[str, Any] = {MAX_RETRIES_EXTENSION: retries}
        if options.deadline is not None:
            left = options.deadline - self.clock()
            chosen = cap_timeout(chosen, left)
            extensions[TIME_LEFT_EXTENSION] = max(left, 0.0)
        return {"timeout": chosen, "extensions": extensions}

    def _request(
        self,
        operation: Any,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> tuple[Operation, dict[str, Any]]:
        send_path = _send_path()
        entry, kwargs = send_path.build(
            operation,
            arguments,
            self.workspace_id,
            timeout,
            max_retries,
            self.base_url,
            strict=self.options.strict_responses,
        )
        if extras is not None:
            from ._extras import apply_extras

            apply_extras(kwargs, extras)
        kwargs.update(self.request_options(timeout, max_retries))
        kwargs["extensions"].update(send_path.operation_extensions(entry))
        kwargs["extensions"][OPERATION_EXTENSION] = entry  # operation id and URL template for logs and spans
        return entry, kwargs

    def _parse(self, entry: Operation, response: httpx.Response) -> Any:
        """The typed result, which remembers the request id it came with (`result._request_id`)."""
        result = _send_path().parse(entry, self.raw, response, strict=self.options.strict_responses)
        remember_request_id(result, response)
        return result

    def _raw(self, entry: Operation, response: httpx.Response) -> RawResponse[Any]:
        from beam_ai_api.namespace import RawResponse

        return RawResponse(
            response,
            request_id(response),
            response.elapsed.total_seconds(),
            lambda received: self._parse(entry, received),
        )

    def _paging(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> tuple[dict[str, Any], Any]:
        """The namespace's arguments (body built) and the page reader, checked before the first page."""
        send_path = _send_path()
        given = send_path.given(arguments)
        send_path.check_call_options(timeout, max_retries)
        first = send_path.first_page(operation, given, page_size)
        send_path.prepare(
            self.workspace_id, operation, first, self.base_url, strict=self.options.strict_responses
        )
        if extras is not None:
            from ._extras import apply_extras

            apply_extras({}, extras)  # checked now, like the arguments: a bad one sends no page
        return given, send_path.page_reader(operation)


class BeamRequester(_Requester):
    """The send path of a `Beam` (and of its namespaces, task follower and update stream)."""

    __slots__ = ("http", "sleep")

    def __init__(
        self,
        options: Options,
        raw: GeneratedClient,
        http: httpx.Client,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:
        super().__init__(options, raw, http.base_url, clock)
        self.http = http
        self.sleep = sleep

    def call(
        self,
        operation: Any,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        _extras: Extras | None = None,
        **arguments: Any,
    ) -> Any:
        """Send `operation` (a generated entry or operation module) with `arguments` (the generated
        builder's names) and parse the result."""
        entry, response = self._exchange(operation, arguments, timeout, max_retries, _extras)
        return self._parse(entry, response)

    def _exchange(
        self,
        operation: Any,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None,
    ) -> tuple[Operation, httpx.Response]:
        entry, kwargs = self._request(operation, arguments, timeout, max_retries, extras)
        if self.tracing is None:
            return entry, self.http.request(**kwargs)
        with self.tracing.operation(entry, kwargs):
            return entry, self.http.request(**kwargs)

    def send(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> Any:
        """A namespace method's call: arguments left as None are not sent; a `Body` is built."""
        entry, response = self._exchange(
            operation, _send_path().given(arguments), timeout, max_retries, extras
        )
        return self._parse(entry, response)

    def send_raw(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> RawResponse[Any]:
        """`send`, returning the response before parsing (`with_raw_response`)."""
        entry, response = self._exchange(
            operation, _send_path().given(arguments), timeout, max_retries, extras
        )
        return self._raw(entry, response)

    def paginate(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> Paginator[Any, Any]:
        """Every page of `operation`, lazily; the arguments are checked now, before the first page."""
        from ._pagination import Paginator

        given, reader = self._paging(operation, arguments, page_size, timeout, max_retries, extras)
        at_page, with_items = _send_path().at_page, _send_path().with_items

        def fetch(page_num: int, size: int) -> Any:
            page = self.call(
                operation,
                timeout=timeout,
                max_retries=max_retries,
                _extras=extras,
                **at_page(operation, given, page_num, size),
            )
            return with_items(operation, page, self.base_url)  # a page without its items names the field

        return Paginator(fetch, reader, page_size=page_size)


class AsyncBeamRequester(_Requester):
    """The send path of an `AsyncBeam`."""

    __slots__ = ("http", "sleep")

    def __init__(
        self,
        options: Options,
        raw: GeneratedClient,
        http: httpx.AsyncClient,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        super().__init__(options, raw, http.base_url, clock)
        self.http = http
        self.sleep = sleep

    async def acall(
        self,
        operation: Any,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        _extras: Extras | None = None,
        **arguments: Any,
    ) -> Any:
        """Async twin of `BeamRequester.call`."""
        entry, response = await self._exchange(operation, arguments, timeout, max_retries, _extras)
        return self._parse(entry, response)

    async def _exchange(
        self,
        operation: Any,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None,
    ) -> tuple[Operation, httpx.Response]:
        entry, kwargs = self._request(operation, arguments, timeout, max_retries, extras)
        if self.tracing is None:
            return entry, await self.http.request(**kwargs)
        with self.tracing.operation(entry, kwargs):
            return entry, await self.http.request(**kwargs)

    async def send(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> Any:
        """A namespace method's call: arguments left as None are not sent; a `Body` is built."""
        given = _send_path().given(arguments)
        entry, response = await self._exchange(operation, given, timeout, max_retries, extras)
        return self._parse(entry, response)

    async def send_raw(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> RawResponse[Any]:
        """Async twin of `BeamRequester.send_raw`."""
        given = _send_path().given(arguments)
        entry, response = await self._exchange(operation, given, timeout, max_retries, extras)
        return self._raw(entry, response)

    def paginate(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        extras: Extras | None = None,
    ) -> AsyncPaginator[Any, Any]:
        """Every page of `operation`, lazily (`async for`); the arguments are checked now."""
        from ._pagination import AsyncPaginator

        given, reader = self._paging(operation, arguments, page_size, timeout, max_retries, extras)
        at_page, with_items = _send_path().at_page, _send_path().with_items

        async def fetch(page_num: int, size: int) -> Any:
            page = await self.acall(
                operation,
                timeout=timeout,
                max_retries=max_retries,
                _extras=extras,
                **at_page(operation, given, page_num, size),
            )
            return with_items(operation, page, self.base_url)  # a page without its items names the field

        return AsyncPaginator(fetch, reader, page_size=page_size)


class _HasRequester(Protocol):
    @property
    def _requester(self) -> BeamRequester: ...


class _HasAsyncRequester(Protocol):
    @property
    def _requester(self) -> AsyncBeamRequester: ...


SyncClient = BeamRequester | _HasRequester
"""A `Beam` (or its requester): what the public task functions (`run_task`...) take."""
AsyncClient = AsyncBeamRequester | _HasAsyncRequester
"""An `AsyncBeam` (or its requester)."""


@overload
def requester_of(client: SyncClient) -> BeamRequester: ...


@overload
def requester_of(client: AsyncClient) -> AsyncBeamRequester: ...


def requester_of(client: SyncClient | AsyncClient) -> BeamRequester | AsyncBeamRequester:
    """The requester of a client façade, or the requester itself."""
    return client if isinstance(client, _Requester) else client._requester


def call(
    client: SyncClient,
    operation: Any,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """`BeamRequester.call` of a client (or a requester) as a function."""
    return requester_of(client).call(operation, timeout=timeout, max_retries=max_retries, **arguments)


async def acall(
    client: AsyncClient,
    operation: Any,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """`AsyncBeamRequester.acall` of a client (or a requester) as a function."""
    return await requester_of(client).acall(operation, timeout=timeout, max_retries=max_retries, **arguments)
