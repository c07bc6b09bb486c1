"""The client's connection pool hands each free connection to one waiting request (`_pool_fix`).

httpcore 1.0's pool gives a connection that became idle to every request waiting at that moment;
all but one fail with `ConnectionNotAvailable`, queue again and run another full pass (500
creations started together: 7 passes per request). A request that lost such a race shows as a
`clear_connection()` of its pool request.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from httpcore._async import connection_pool as async_pool_module
from httpcore._sync import connection_pool as sync_pool_module

from beam_ai import AsyncBeam, Beam
from beam_ai._pool_fix import fixed_pool
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer


@pytest.fixture
def lost_races(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts requests that were handed a connection another request took first (both pools)."""
    count = [0]
    for module, name in ((async_pool_module, "AsyncPoolRequest"), (sync_pool_module, "PoolRequest")):
        cls = getattr(module, name)
        original = cls.clear_connection

        def counted(self: Any, _original: Any = original) -> None:
            count[0] += 1
            _original(self)

        monkeypatch.setattr(cls, "clear_connection", counted)
    yield count


def test_many_async_requests_at_once_never_race_for_a_connection(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, lost_races: list[int]
) -> None:
    async def main() -> list[str]:
        async with AsyncBeam(
            api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url
        ) as beam:
            created = await asyncio.gather(
                *(beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=f"burst {i}") for i in range(300))
            )
            return [str(task.id) for task in created]

    ids = asyncio.run(main())
    assert len(set(ids)) == 300  # every creation answered, each once
    assert fake_beam.requests.count("POST", "/agent-tasks") == 300
    assert lost_races[0] == 0  # stock httpcore 1.0.9: about 1,200 for these 300


def test_many_threads_at_once_never_race_for_a_connection(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, lost_races: list[int]
) -> None:
    beam = Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url)
    start, errors = threading.Barrier(48), []

    def worker() -> None:
        start.wait()
        try:
            for _ in range(4):
                beam.agents.list()
        except Exception as error:  # reported below, with the race count
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(48)]
    with beam:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert fake_beam.requests.count("GET", "/agent") == 48 * 4
    assert lost_races[0] == 0


# -- the assignment pass (shared by both pools), on stand-in connections ---------------------------------------------------

ORIGIN = httpcore.URL("http://api.example").origin
OTHER = httpcore.URL("http://other.example").origin


class StandIn:
    """A connection as the pool sees it: idle or busy, for one origin, maybe expired."""

    def __init__(self, origin: httpcore.Origin = ORIGIN, *, idle: bool = True, expired: bool = False) -> None:
        self.origin, self.idle, self.expired = origin, idle, expired

    def is_closed(self) -> bool:
        return False

    def is_idle(self) -> bool:
        return self.idle

    def is_available(self) -> bool:
        return self.idle

    def has_expired(self) -> bool:
        return self.expired

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return origin == self.origin


def fixed_sync_pool(max_connections: int) -> Any:
    transport = fixed_pool(httpx.HTTPTransport(limits=httpx.Limits(max_connections=max_connections)))
    pool: Any = transport._pool
    pool.create_connection = lambda origin: StandIn(origin, idle=False)
    return pool


def queue(pool: Any, count: int, url: str = "http://api.example/x") -> list[Any]:
    requests = [sync_pool_module.PoolRequest(httpcore.Request("GET", url)) for _ in range(count)]
    pool._requests.extend(requests)
    return requests


def test_each_idle_connection_goes_to_one_waiting_request() -> None:
    pool = fixed_sync_pool(max_connections=2)
    first, second = StandIn(), StandIn()
    pool._connections = [first, second]
    waiting = queue(pool, 5)
    assert pool._assign_requests_to_connections() == []
    assert [r.connection for r in waiting] == [first, second, None, None, None]
    # A pass before the two have started on them (still idle) hands them out no further.
    assert pool._assign_requests_to_connections() == []
    assert [r.connection for r in waiting[2:]] == [None, None, None]


def test_a_connection_handed_out_is_not_closed_under_its_request() -> None:
    pool = fixed_sync_pool(max_connections=1)
    connection = StandIn()
    pool._connections = [connection]
    (request,) = queue(pool, 1)
    pool._assign_requests_to_connections()
    connection.expired = True  # its keep-alive ran out before the request started on it
    queue(pool, 1)
    assert pool._assign_requests_to_connections() == []
    assert pool._connections == [connection] and request.connection is connection


def test_a_full_pool_closes_an_idle_connection_to_another_origin_to_make_room() -> None:
    pool = fixed_sync_pool(max_connections=2)
    busy, idle_elsewhere = StandIn(idle=False), StandIn(OTHER)
    pool._connections = [busy, idle_elsewhere]
    (request,) = queue(pool, 1)
    assert pool._assign_requests_to_connections() == [idle_elsewhere]
    assert request.connection is not None and request.connection not in (busy, idle_elsewhere)
    assert len(pool._connections) == 2


def test_expired_idle_connections_are_closed_and_new_ones_opened_up_to_the_limit() -> None:
    pool = fixed_sync_pool(max_connections=3)
    stale = StandIn(expired=True)
    pool._connections = [stale]
    requests = queue(pool, 4)
    assert pool._assign_requests_to_connections() == [stale]
    assert sum(r.connection is not None for r in requests) == 3 and requests[3].connection is None


def test_a_proxy_pool_keeps_its_own_connections() -> None:
    transport = fixed_pool(httpx.AsyncHTTPTransport(proxy="http://proxy.example:8080"))
    assert isinstance(transport._pool, httpcore.AsyncHTTPProxy)
    assert type(transport._pool).create_connection is httpcore.AsyncHTTPProxy.create_connection


def test_another_httpcore_version_keeps_its_own_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpcore, "__version__", "1.1.0")
    transport = fixed_pool(httpx.HTTPTransport())
    assert type(transport._pool) is httpcore.ConnectionPool
