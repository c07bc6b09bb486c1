"""Fault injection, switched on per route from a test.

Kinds:
- ``rate_limit``: 429 with ``Retry-After`` (``retry_after`` seconds).
- ``server_error``: a 5xx (``status``, default 503) with a NestJS body; use ``times=N`` for a burst.
- ``latency``: wait ``delay`` real seconds before handling (real time on purpose: it is meant to trip
  client timeouts).
- ``slow_answer``: act at once, then wait ``delay`` real seconds before answering (a slow server
  whose work is already done: a client killed meanwhile left a task behind, visible at once).
- ``drop_before``: close the connection without acting.
- ``drop_after``: act (state changes), then close the connection without answering.
- ``sse_cut``: end an SSE stream abruptly after ``after_events`` events.
- ``malformed_json``: act, then answer 200 with a body that is not valid JSON.
- ``html_502``: answer 502 with an HTML error page, as a gateway would.

Less tidy than the fake's defaults, as a real server may be:
- ``sse_end``: end an SSE stream cleanly (a normal close) after ``after_events`` events, although
  the task has not finished.
- ``sse_silence``: after ``after_events`` events, send nothing more and keep the connection open.
- ``nodes_out_of_order``: ``GET /agent-tasks/{id}`` lists the task's nodes in reverse run order (the
  waiting node then comes after, or before, nodes that have not run yet).
- ``strict_list_filters``: answer 400 to a list filter (``statuses``, ``includedStatuses``) that is not
  one comma-separated value as documented (repeated, bracketed, JSON, or with spaces).
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass

KINDS = frozenset(
    {
        "rate_limit",
        "server_error",
        "latency",
        "slow_answer",
        "drop_before",
        "drop_after",
        "sse_cut",
        "malformed_json",
        "html_502",
        "sse_end",
        "sse_silence",
        "nodes_out_of_order",
        "strict_list_filters",
    }
)


@dataclass
class Fault:
    kind: str
    method: str = "*"
    path: str = "*"
    times: int | None = None
    status: int = 503
    retry_after: int = 1
    delay: float = 0.5
    after_events: int = 1
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.method == "*" or self.method.upper() == method.upper()) and (
            self.path == path or fnmatch.fnmatchcase(path, self.path)
        )

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


class FaultRegistry:
    """Faults registered by tests; each fires until its ``times`` budget is used up."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        kind: str,
        *,
        method: str = "*",
        path: str = "*",
        times: int | None = None,
        status: int = 503,
        retry_after: int = 1,
        delay: float = 0.5,
        after_events: int = 1,
    ) -> Fault:
        """Register a fault. ``path`` is the request path or a glob such as ``/agent-tasks/*``."""
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; choose from {sorted(KINDS)}")
        fault = Fault(kind, method, path, times, status, retry_after, delay, after_events)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str, kinds: frozenset[str]) -> Fault | None:
        """Return (and count) the first live fault of one of ``kinds`` for this request."""
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and not fault.exhausted and fault.matches(method, path):
                    fault.hits += 1
                    return fault
        return None

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for f in self._faults if not f.exhausted)
