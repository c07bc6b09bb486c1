"""The shared token cache: many processes, one token exchange per token lifetime."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import stat
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from beam_ai import Beam, CachedToken, FileTokenCache, TokenCache
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer

WORKERS = 20
CALLS = 3
JOIN_TIMEOUT = 60.0
FORK = multiprocessing.get_context("fork")


def _exchanges(fake: FakeBeam) -> int:
    return fake.requests.count("POST", "/auth/access-token")


def _refreshes(fake: FakeBeam) -> int:
    return fake.requests.count("POST", "/auth/refresh-token")


def _worker(beam: Beam, start: Barrier, phase_two: Barrier, results: Queue[str]) -> None:
    try:
        start.wait(JOIN_TIMEOUT)  # every worker calls at the same moment
        for _ in range(CALLS):
            beam.request("GET", "/v2/user/me")
        phase_two.wait(JOIN_TIMEOUT)  # the parent moves the clock past the token's expiry
        phase_two.wait(JOIN_TIMEOUT)
        for _ in range(CALLS):
            beam.request("GET", "/v2/user/me")
        results.put("ok")
    except BaseException as error:
        results.put(repr(error))


def _run_workers(
    server: FakeBeamServer, fake: FakeBeam, token_cache: TokenCache | None
) -> tuple[tuple[int, int], tuple[int, int]]:
    """(exchanges, refreshes) after 20 workers start together, and again after the token expired."""
    shared_now: Synchronized[float] = FORK.Value("d", fake.clock.now())
    # Created in the parent before the workers start (as with a preloading server); never used here.
    beam = Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=lambda: shared_now.value,  # the fake's clock, visible to every process
        token_cache=token_cache,
    )
    start, phase_two = FORK.Barrier(WORKERS), FORK.Barrier(WORKERS + 1)
    results: Queue[str] = FORK.Queue()
    workers = [FORK.Process(target=_worker, args=(beam, start, phase_two, results)) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    try:
        phase_two.wait(JOIN_TIMEOUT)
        first = (_exchanges(fake), _refreshes(fake))
        fake.advance(fake.token_ttl + 1)
        shared_now.value = fake.clock.now()
        phase_two.wait(JOIN_TIMEOUT)
        outcomes = [results.get(timeout=JOIN_TIMEOUT) for _ in workers]
        assert outcomes == ["ok"] * WORKERS
    finally:
        for worker in workers:
            worker.join(JOIN_TIMEOUT)
            if worker.is_alive():
                worker.kill()
    return first, (_exchanges(fake), _refreshes(fake))


def test_twenty_workers_share_one_exchange_and_one_refresh_per_token_lifetime(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    first, second = _run_workers(fake_beam_server, fake_beam, FileTokenCache(tmp_path / "token.json"))
    assert first == (1, 0)
    assert second == (1, 1)  # the expired token was refreshed once, for everyone


def test_without_the_cache_every_worker_exchanges_and_refreshes(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    first, second = _run_workers(fake_beam_server, fake_beam, None)
    assert first == (WORKERS, 0)
    assert second == (WORKERS, WORKERS)


def _pair(server: FakeBeamServer, fake: FakeBeam, cache: TokenCache) -> tuple[Beam, Beam]:
    def make() -> Beam:
        return Beam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=server.url,
            clock=fake.clock.now,
            token_cache=cache,
        )

    return make(), make()


def test_a_rotated_refresh_token_reaches_the_other_process_before_it_refreshes(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    first, second = _pair(fake_beam_server, fake_beam, FileTokenCache(tmp_path / "token.json"))
    first.request("GET", "/v2/user/me")
    second.request("GET", "/v2/user/me")
    fake_beam.advance(fake_beam.token_ttl + 1)
    first.request("GET", "/v2/user/me")  # refreshes: the fake rotates the refresh token
    second.request("GET", "/v2/user/me")  # adopts the stored pair instead of using the spent token
    assert (_exchanges(fake_beam), _refreshes(fake_beam)) == (1, 1)
    assert fake_beam.requests.filter("POST", "/auth/refresh-token")[0].status == 201


def test_a_lost_rotation_costs_at_most_one_extra_exchange(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    cache_file = tmp_path / "token.json"
    first, second = _pair(fake_beam_server, fake_beam, FileTokenCache(cache_file))
    first.request("GET", "/v2/user/me")
    second.request("GET", "/v2/user/me")
    fake_beam.advance(fake_beam.token_ttl + 1)
    first.request("GET", "/v2/user/me")
    cache_file.unlink()  # the rotated pair is lost (cache wiped between the two refreshes)
    second.request("GET", "/v2/user/me")  # its refresh token is spent: refused, then one exchange
    assert (_exchanges(fake_beam), _refreshes(fake_beam)) == (2, 2)
    assert [r.status for r in fake_beam.requests.filter("POST", "/auth/refresh-token")] == [201, 401]
    first.request("GET", "/v2/user/me")
    second.request("GET", "/v2/user/me")
    assert (_exchanges(fake_beam), _refreshes(fake_beam)) == (2, 2)


def test_the_cache_file_is_owner_only_and_never_holds_the_api_key(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    cache = FileTokenCache(tmp_path / "cache" / "token.json")
    old_umask = os.umask(0o022)  # the usual default: new files readable by everyone
    try:
        beam, _ = _pair(fake_beam_server, fake_beam, cache)
        beam.request("GET", "/v2/user/me")
    finally:
        os.umask(old_umask)
    for path in (cache.path, cache.lock_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = cache.path.read_text()
    assert FAKE_API_KEY not in text
    assert "idToken" in text  # it does hold the token, which is its job
    names = {p.name for p in cache.path.parent.iterdir()}
    assert names == {"token.json", "token.json.lock"}  # no temporary file left behind


def test_a_cache_that_does_not_parse_counts_as_empty(tmp_path: Path) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    cache.path.write_text("{not json")
    with cache.lock("k"):
        assert cache.get("k") is None
        cache.put("k", CachedToken("id", "rt", 100.0, 90.0))
        assert cache.get("k") == CachedToken("id", "rt", 100.0, 90.0)
    assert "id" not in repr(cache.get("k"))


def test_a_user_supplied_cache_only_needs_lock_get_and_put(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    import threading

    class DictCache:
        def __init__(self) -> None:
            self.entries: dict[str, CachedToken] = {}
            self._lock = threading.Lock()

        def lock(self, key: str) -> Any:
            return self._lock

        def get(self, key: str) -> CachedToken | None:
            return self.entries.get(key)

        def put(self, key: str, token: CachedToken) -> None:
            self.entries[key] = token

    cache = DictCache()
    first, second = _pair(fake_beam_server, fake_beam, cache)
    first.request("GET", "/v2/user/me")
    second.request("GET", "/v2/user/me")
    assert _exchanges(fake_beam) == 1
    (key,) = cache.entries
    assert FAKE_API_KEY not in key


def test_the_file_cache_pickles_as_its_path(tmp_path: Path) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    assert pickle.loads(pickle.dumps(cache)) == cache


def test_token_cache_serves_api_key_mode_too() -> None:
    """api_key mode still mints a token for token-only routes (triggers, the inbox): through the cache."""
    cache = FileTokenCache("/tmp/x.json")
    beam = Beam(api_key="k", workspace_id="w", auth_mode="api_key", token_cache=cache)
    assert beam._auth.token_cache is cache


def test_async_clients_on_one_loop_share_the_cache_without_stopping_the_loop(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, tmp_path: Path
) -> None:
    import asyncio
    import threading

    from beam_ai import AsyncBeam

    cache = FileTokenCache(tmp_path / "token.json")
    outcome: list[object] = []

    async def main() -> None:
        clients = [
            AsyncBeam(
                api_key=FAKE_API_KEY,
                workspace_id=FAKE_WORKSPACE_ID,
                base_url=fake_beam_server.url,
                clock=fake_beam.clock.now,
                token_cache=cache,
            )
            for _ in range(4)
        ]
        # Each waits for the cache lock while another, on this same loop, awaits its exchange.
        responses = await asyncio.gather(*(c.request("GET", "/v2/user/me") for c in clients))
        outcome.extend(r.status_code for r in responses)
        for client in clients:
            await client.aclose()

    # On a thread, so a stopped loop fails this test instead of hanging the suite.
    runner = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    runner.start()
    runner.join(JOIN_TIMEOUT)
    assert not runner.is_alive(), "the event loop was blocked waiting for the cache lock"
    assert outcome == [200] * 4
    assert (_exchanges(fake_beam), _refreshes(fake_beam)) == (1, 0)


def test_a_cache_file_others_may_write_is_not_trusted(tmp_path: Path) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    with cache.lock("k"):
        cache.put("k", CachedToken("planted?", "rt", 100.0, 90.0))
    os.chmod(cache.path, 0o666)
    with cache.lock("k"):
        assert cache.get("k") is None
        cache.put("k", CachedToken("ours", "rt", 100.0, 90.0))  # replaced by an owner-only file
        assert cache.get("k") == CachedToken("ours", "rt", 100.0, 90.0)
    assert stat.S_IMODE(cache.path.stat().st_mode) == 0o600
