"""The connection pool's assignment of requests to connections, without httpcore 1.0's churn.

httpcore's pool (1.0.x) hands a connection that became idle to every request waiting at that
moment, and again to each request that arrives before the first one has started on it: assigning
does not change an HTTP/1.1 connection's state. All but one of them then fail with
`ConnectionNotAvailable`, queue again and run another full assignment pass, each of which walks
every waiting request and every connection. So the client's CPU per request grows with the
requests in flight: 500 task creations started together against a fast server took 7 assignment
passes per request, and 1.5x the CPU per request they take with the corrected pass
(`bench/concurrency.py`). (Reported upstream as encode/httpcore#1035, open; fixed in the httpx2 fork.)

`fixed_pool(transport)` gives the pool of an httpx transport the corrected pass: a connection handed
to a request is spoken for until that request is done with it (not handed out again, not closed as
surplus or expired under it), each idle connection goes to one waiting request, and the pass stops
at the first request nothing can be assigned to. Everything else (limits, keep-alive, proxies,
timeouts) stays httpcore's. It applies to HTTP/1.1 pools of httpcore 1.0.x, the only ones the client
builds; on any other version the pool is left as it is (slower under load, not wrong).
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpcore
import httpx


def _assign_requests_to_connections(pool: Any) -> list[Any]:
    """The corrected pass (same contract as httpcore's: returns the connections to close)."""
    spoken_for = {id(r.connection) for r in pool._requests if r.connection is not None}
    closing: list[Any] = []
    live: list[Any] = []
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if id(connection) not in spoken_for and connection.has_expired():
            closing.append(connection)
            continue
        live.append(connection)
    idle = [c for c in live if id(c) not in spoken_for and c.is_idle()]
    surplus = len(idle) - pool._max_keepalive_connections
    if surplus > 0:
        dropped = {id(c) for c in idle[:surplus]}
        closing += idle[:surplus]
        live = [c for c in live if id(c) not in dropped]
        idle = idle[surplus:]
    pool._connections = live

    available = [c for c in live if id(c) not in spoken_for and c.is_available()]
    for pool_request in [r for r in pool._requests if r.is_queued()]:
        origin = pool_request.request.url.origin
        connection = next((c for c in available if c.can_handle_request(origin)), None)
        if connection is not None:
            available.remove(connection)
            if connection in idle:
                idle.remove(connection)
        elif len(pool._connections) < pool._max_connections:
            connection = pool.create_connection(origin)
            pool._connections.append(connection)
        elif idle:  # full, but an idle connection to another origin can make room
            surplus_connection = idle.pop(0)
            if surplus_connection in available:
                available.remove(surplus_connection)
            pool._connections.remove(surplus_connection)
            closing.append(surplus_connection)
            connection = pool.create_connection(origin)
            pool._connections.append(connection)
        else:
            break  # nothing is free: this request and the ones after it wait for a connection
        pool_request.assign_to_connection(connection)
    return closing


class _SyncFix(httpcore.ConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return _assign_requests_to_connections(self)


class _AsyncFix(httpcore.AsyncConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return _assign_requests_to_connections(self)


_FIXED: dict[type, type] = {}


def _fixed_class(cls: type) -> type:
    """`cls` with the corrected pass; the pool's own class stays in the bases, after the fix, so a
    proxy pool keeps its `create_connection`."""
    fixed = _FIXED.get(cls)
    if fixed is None:
        fix = _SyncFix if issubclass(cls, httpcore.ConnectionPool) else _AsyncFix
        fixed = _FIXED[cls] = type(cls.__name__, (fix, cls), {"__module__": __name__, "__doc__": cls.__doc__})
    return fixed


def _fixable(pool: object) -> bool:
    return (
        httpcore.__version__.startswith("1.0.")
        and isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool)
        and not getattr(pool, "_http2", False)  # an HTTP/2 connection serves many requests at once
        and all(
            hasattr(pool, name)
            for name in ("_requests", "_connections", "_max_connections", "_max_keepalive_connections")
        )
    )


Transport = TypeVar("Transport", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def fixed_pool(transport: Transport) -> Transport:
    """`transport`, its pool given the corrected assignment pass (where it applies)."""
    pool = getattr(transport, "_pool", None)
    if pool is not None and _fixable(pool):
        pool.__class__ = _fixed_class(type(pool))
    return transport
