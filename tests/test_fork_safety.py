"""A client used before `os.fork()` works in the child: its own connections, fresh locks, no hang.

Each call asks for a task id unique to its process and call; the fake answers 404 naming that id,
so a response read by the wrong process (a shared pooled socket) shows up as a foreign id.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from collections.abc import Iterator
from multiprocessing.queues import Queue
from typing import Any

import pytest

from beam_ai import AsyncBeam, Beam, NotFoundError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

CHILDREN = 20
CALLS = 10
JOIN_TIMEOUT = 60.0  # generous for a loaded 2-core machine; a copied held lock hangs forever
FORK = multiprocessing.get_context("fork")


def _ask(owner: str, call: int) -> str:
    return f"{owner}-call-{call}"


def _check(owner: str, call: int, error: NotFoundError) -> bool:
    """True when the 404 names this process's own id (the response is ours)."""
    return isinstance(error.body, dict) and error.body.get("message") == (
        f"Agent task with id {_ask(owner, call)} not found"
    )


def _sync_calls(beam: Beam, owner: str, timeout: float | None = None) -> tuple[int, int]:
    ours = crossed = 0
    for call in range(CALLS):
        try:
            beam.request("GET", f"/agent-tasks/{_ask(owner, call)}", timeout=timeout or beam.timeout)
        except NotFoundError as error:
            if _check(owner, call, error):
                ours += 1
            else:
                crossed += 1
    return ours, crossed


async def _async_calls(beam: AsyncBeam, owner: str) -> tuple[int, int]:
    ours = crossed = 0
    for call in range(CALLS):
        try:
            await beam.request("GET", f"/agent-tasks/{_ask(owner, call)}")
        except NotFoundError as error:
            if _check(owner, call, error):
                ours += 1
            else:
                crossed += 1
    return ours, crossed


def _child(kind: str, client: Any, index: int, results: Queue[tuple[int, int, int, str]]) -> None:
    owner = f"child{index}"
    try:
        if kind == "sync":
            ours, crossed = _sync_calls(client, owner)
        else:
            ours, crossed = asyncio.run(_async_calls(client, owner))
        results.put((index, ours, crossed, ""))
    except BaseException as error:  # reported to the parent, which fails the test with it
        results.put((index, 0, 0, repr(error)))


@pytest.fixture
def server(fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> Iterator[FakeBeamServer]:
    yield fake_beam_server


def _run_children(kind: str, client: Any, parent_calls: Any) -> dict[str, Any]:
    results: Queue[tuple[int, int, int, str]] = FORK.Queue()
    children = [FORK.Process(target=_child, args=(kind, client, i, results)) for i in range(CHILDREN)]
    for child in children:
        child.start()
    parent = parent_calls()  # the parent keeps working while its children use the copied client
    reports = [results.get(timeout=JOIN_TIMEOUT) for _ in children]
    hung = 0
    for child in children:
        child.join(JOIN_TIMEOUT)
        if child.is_alive():
            hung += 1
            child.kill()
    return {
        "ours": sum(r[1] for r in reports),
        "crossed": sum(r[2] for r in reports),
        "errors": [r[3] for r in reports if r[3]],
        "hung": hung,
        "exit_codes": {child.exitcode for child in children},
        "parent": parent,
    }


def test_sync_client_used_before_fork_serves_20_children_and_the_parent(server: FakeBeamServer) -> None:
    with Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url) as beam:
        assert _sync_calls(beam, "parent-before") == (CALLS, 0)  # token obtained, connection pooled
        outcome = _run_children("sync", beam, lambda: _sync_calls(beam, "parent-during"))
        assert outcome["errors"] == [] and outcome["hung"] == 0 and outcome["exit_codes"] == {0}
        assert (outcome["ours"], outcome["crossed"]) == (CHILDREN * CALLS, 0)
        assert outcome["parent"] == (CALLS, 0)
        assert _sync_calls(beam, "parent-after") == (CALLS, 0)


def test_async_client_used_before_fork_serves_20_children_and_the_parent(server: FakeBeamServer) -> None:
    loop = asyncio.new_event_loop()
    try:

        async def make() -> AsyncBeam:
            return AsyncBeam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url)

        beam = loop.run_until_complete(make())
        assert loop.run_until_complete(_async_calls(beam, "parent-before")) == (CALLS, 0)
        outcome = _run_children(
            "async", beam, lambda: loop.run_until_complete(_async_calls(beam, "parent-during"))
        )
        assert outcome["errors"] == [] and outcome["hung"] == 0 and outcome["exit_codes"] == {0}
        assert (outcome["ours"], outcome["crossed"]) == (CHILDREN * CALLS, 0)
        assert outcome["parent"] == (CALLS, 0)
        assert loop.run_until_complete(_async_calls(beam, "parent-after")) == (CALLS, 0)
        loop.run_until_complete(beam.aclose())
    finally:
        loop.close()


def _child_after_locked_fork(beam: Beam, results: Queue[tuple[int, int]]) -> None:
    results.put(_sync_calls(beam, "locked-child", timeout=5.0))


def test_fork_while_another_thread_holds_the_token_lock_does_not_hang_the_child(
    server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url) as beam:
        beam.request("GET", "/v2/user/me")
        beam._auth.invalidate()  # type: ignore[attr-defined]  # the next call must renew
        held, release = threading.Event(), threading.Event()

        def renewing_thread() -> None:  # what a thread inside the token exchange looks like
            with beam._auth._sync_lock:  # type: ignore[attr-defined]
                held.set()
                release.wait(JOIN_TIMEOUT)

        thread = threading.Thread(target=renewing_thread)
        thread.start()
        assert held.wait(JOIN_TIMEOUT)
        results: Queue[tuple[int, int]] = FORK.Queue()
        child = FORK.Process(target=_child_after_locked_fork, args=(beam, results))
        child.start()
        try:
            assert results.get(timeout=JOIN_TIMEOUT) == (CALLS, 0)
            child.join(JOIN_TIMEOUT)
            assert child.exitcode == 0
        finally:
            if child.is_alive():
                child.kill()
            release.set()
            thread.join()
        assert _sync_calls(beam, "parent-after") == (CALLS, 0)  # the parent renews once released
