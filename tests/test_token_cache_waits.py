"""The shared token cache never holds a caller past its own timeout, on both clients.

A worker that hangs while holding the cache's `flock` (stopped in a debugger, swapped out, stuck
on a dead NFS server) must not hang every other process with it: a call with `timeout=2` ends
after 2 s (on the injected clock) with `APITimeoutError`, and an async call stays cancellable
without leaving a thread stuck in `flock` behind the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from drivers import Driver

from beam_ai import APITimeoutError, AsyncBeam, Beam, CachedToken, FileTokenCache
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

REAL_TIME_LIMIT = 10.0  # a call still blocked after this long (real seconds) waits without limit


@pytest.fixture
def held_cache(tmp_path: Path) -> Iterator[FileTokenCache]:
    """A cache whose lock a hung worker holds (another open file description: flock conflicts)."""
    cache = FileTokenCache(tmp_path / "token.json")
    holder = os.open(cache.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        yield cache
    finally:
        os.close(holder)


def in_thread(call: Callable[[], object]) -> list[object]:
    """Run `call` on a thread; fail if it is still blocked after REAL_TIME_LIMIT real seconds."""
    outcome: list[object] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:
            outcome.append(error)

    runner = threading.Thread(target=target, daemon=True)
    runner.start()
    runner.join(REAL_TIME_LIMIT)
    assert not runner.is_alive(), "still blocked on the token cache's lock"
    return outcome


def test_a_hung_holder_of_the_cache_lock_costs_a_caller_its_timeout_and_no_more(
    make_driver: Callable[..., Driver],
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    held_cache: FileTokenCache,
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
        token_cache=held_cache,
    )
    start = fake_beam.clock.now()
    (outcome,) = in_thread(lambda: driver.request("GET", "/v2/user/me", timeout=2))
    assert isinstance(outcome, APITimeoutError), outcome
    assert "token cache's lock" in str(outcome)
    assert 2.0 <= fake_beam.clock.now() - start <= 2.2
    assert fake_beam.requests.count("POST", "/auth/access-token") == 0


def test_the_lock_is_taken_as_soon_as_the_holder_lets_go(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    holder = os.open(cache.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(holder, fcntl.LOCK_EX)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake_beam.advance(seconds)
        if len(waits) == 3:
            os.close(holder)  # the other worker finishes its renewal

    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=sleep,
        token_cache=cache,
    )
    (outcome,) = in_thread(lambda: driver.request("GET", "/v2/user/me", timeout=2))
    assert getattr(outcome, "status_code", outcome) == 200
    assert len(waits) == 3 and sum(waits) < 0.1


def test_an_async_call_waiting_for_the_cache_lock_can_be_cancelled_and_the_loop_ends(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, held_cache: FileTokenCache
) -> None:
    async def main() -> str:
        polls = 0
        waiting: asyncio.Task[object] | None = None

        async def sleep(seconds: float) -> None:
            nonlocal polls
            polls += 1
            if polls == 3 and waiting is not None:
                waiting.cancel()  # as asyncio.wait_for would at its timeout
            await asyncio.sleep(0)

        client = AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=fake_beam.clock.now,
            sleep=sleep,
            token_cache=held_cache,
        )
        waiting = asyncio.ensure_future(client.request("GET", "/v2/user/me"))
        try:
            await waiting
        except asyncio.CancelledError:
            return "cancelled"
        finally:
            await client.aclose()
        return "not cancelled"

    # asyncio.run returns only when no worker thread is left (a thread stuck in flock keeps it).
    assert in_thread(lambda: asyncio.run(main())) == ["cancelled"]
    assert fake_beam.requests.count("POST", "/auth/access-token") == 0


def test_every_folder_the_cache_creates_is_owner_only(tmp_path: Path) -> None:
    cache = FileTokenCache(tmp_path / "run" / "jobs" / "token.json")
    old_umask = os.umask(0o002)  # group-writable folders by default, as on many desktops
    try:
        with cache.lock("k"):
            cache.put("k", CachedToken("id", "rt", 100.0, 90.0))
    finally:
        os.umask(old_umask)
    for folder in (tmp_path / "run", tmp_path / "run" / "jobs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_cache_file_its_group_may_write_is_not_trusted(tmp_path: Path) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    with cache.lock("k"):
        cache.put("k", CachedToken("planted?", "rt", 100.0, 90.0))
    os.chmod(cache.path, 0o620)
    with cache.lock("k"):
        assert cache.get("k") is None
    os.chmod(cache.path, 0o600)
    with cache.lock("k"):
        assert cache.get("k") == CachedToken("planted?", "rt", 100.0, 90.0)


class ContextOnlyCache:
    """A user's cache whose lock is a plain context manager (no `acquire(blocking=False)` to poll)."""

    def __init__(self, held: threading.Lock) -> None:
        self.held = held

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        with self.held:
            yield

    def get(self, key: str) -> CachedToken | None:
        return None

    def put(self, key: str, token: CachedToken) -> None:
        pass


def test_a_sync_caller_waits_for_a_lock_it_cannot_poll_no_longer_than_its_timeout(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    """Entered as is, such a lock held elsewhere blocked a sync call until it was released."""
    held = threading.Lock()
    client = Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        token_cache=ContextOnlyCache(held),
    )
    held.acquire()
    try:
        (outcome,) = in_thread(lambda: client.request("GET", "/v2/user/me", timeout=0.2))
        assert isinstance(outcome, APITimeoutError), outcome
        assert fake_beam.requests.count("GET", "/v2/user/me") == 0  # the call was not sent
    finally:
        held.release()  # the abandoned worker thread takes it now and gives it back at once
    assert held.acquire(timeout=REAL_TIME_LIMIT)  # nobody keeps it
    held.release()
    assert client.request("GET", "/v2/user/me").status_code == 200  # and the next call goes through
    client.close()


def test_an_async_caller_waits_for_a_lock_it_cannot_poll_no_longer_than_its_timeout(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    """A user's lock without a non-blocking acquire is entered in a worker thread; the wait still ends."""
    held = threading.Lock()

    async def main() -> object:
        client = AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            token_cache=ContextOnlyCache(held),
        )
        try:
            return await client.request("GET", "/v2/user/me", timeout=0.2)  # real seconds: the loop's timer
        except APITimeoutError as error:
            return error
        finally:
            await client.aclose()

    held.acquire()
    try:
        runner: list[object] = []
        thread = threading.Thread(target=lambda: runner.append(asyncio.run(main())), daemon=True)
        thread.start()
        thread.join(REAL_TIME_LIMIT)
        assert runner and isinstance(runner[0], APITimeoutError), runner
    finally:
        held.release()  # the worker thread takes it now and gives it back at once
    thread.join(REAL_TIME_LIMIT)
    assert held.acquire(timeout=REAL_TIME_LIMIT)  # nobody keeps it
    held.release()
