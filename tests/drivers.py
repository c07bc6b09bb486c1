"""Run the same test against `Beam` and `AsyncBeam`.

`Driver` gives both clients one synchronous face: `driver.request(...)` is `client.request(...)`
for `Beam`, and the same coroutine run on a private event loop thread for `AsyncBeam`. One loop
per driver keeps the async client's connection pool on a single loop for its whole life.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from types import ModuleType
from typing import Any, TypeVar

import httpx

from beam_ai import AsyncBeam, Beam
from beam_ai._requester import acall, call

T = TypeVar("T")


class _LoopThread:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


class Driver:
    """A `Beam` or `AsyncBeam` (by `kind`) behind one synchronous interface."""

    def __init__(self, kind: str, **client_kwargs: Any) -> None:
        self.kind = kind
        self._loop: _LoopThread | None = None
        if kind == "sync":
            self.client: Beam | AsyncBeam = Beam(**client_kwargs)
        else:
            if "sleep" in client_kwargs:
                sync_sleep = client_kwargs.pop("sleep")

                async def async_sleep(seconds: float) -> None:
                    sync_sleep(seconds)

                client_kwargs["sleep"] = async_sleep
            self._loop = _LoopThread()
            self.client = self._run(self._make_async(client_kwargs))

    @staticmethod
    async def _make_async(kwargs: dict[str, Any]) -> AsyncBeam:
        return AsyncBeam(**kwargs)

    def _run(self, awaitable: Awaitable[T]) -> T:
        assert self._loop is not None

        async def wrapper() -> T:
            return await awaitable

        return self._loop.run(wrapper())

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if isinstance(self.client, Beam):
            return self.client.request(method, path, **kwargs)
        return self._run(self.client.request(method, path, **kwargs))

    def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        if isinstance(self.client, Beam):
            return call(self.client, operation, **kwargs)
        return self._run(acall(self.client, operation, **kwargs))

    def invoke(self, use: Callable[[Any], Any]) -> Any:
        """`use(client)`: its result for `Beam`; for `AsyncBeam` the awaitable it returns, awaited.

        `driver.invoke(lambda c: c.agent_tasks.run(agent_id, query))` runs the same call on both.
        """
        result = use(self.client)
        if isinstance(self.client, Beam):
            return result
        return self._run(result)

    def collect(self, use: Callable[[Any], Any], each: Callable[[Any], object] | None = None) -> list[Any]:
        """Every item of the iterable (`Beam`) or async iterable (`AsyncBeam`) `use(client)` returns.

        `each(item)` runs as each item arrives, before the next is asked for.
        """
        result = use(self.client)
        items: list[Any] = []
        if isinstance(self.client, Beam):
            for item in result:
                items.append(item)
                if each is not None:
                    each(item)
            return items

        async def gather() -> list[Any]:
            async for item in result:
                items.append(item)
                if each is not None:
                    each(item)
            return items

        return self._run(gather())

    def derive(self, **options: Any) -> Driver:
        """A driver over `client.with_options(**options)`, on the same loop."""
        clone = object.__new__(Driver)
        clone.kind = self.kind
        clone._loop = self._loop
        clone.client = self.client.with_options(**options)
        return clone

    def run_concurrently(self, count: int, make: Callable[[Any], Any]) -> list[Any]:
        """Run `make(client)` `count` times at once: threads for sync, tasks on one loop for async."""
        if isinstance(self.client, Beam):
            from concurrent.futures import ThreadPoolExecutor

            client = self.client
            with ThreadPoolExecutor(max_workers=count) as pool:
                return list(pool.map(lambda _: make(client), range(count)))

        async def gather() -> list[Any]:
            return list(await asyncio.gather(*(make(self.client) for _ in range(count))))

        return self._run(gather())

    def close(self) -> None:
        if isinstance(self.client, Beam):
            self.client.close()
        else:
            self._run(self.client.aclose())
            assert self._loop is not None
            self._loop.stop()
