"""A pickled client is rebuilt from its settings in the receiving process; no secret travels."""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import httpx
import pytest

from beam_ai import AsyncBeam, Beam, BeamConfigError, FileTokenCache
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer


def _client(server: FakeBeamServer, **kwargs: object) -> Beam:
    return Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, **kwargs)  # type: ignore[arg-type]


def _use_in_worker(beam: Beam) -> tuple[str, str, float | None, int, str]:
    """Runs in a spawned process, which has BEAM_API_KEY in its environment (set before spawning)."""
    user = beam.request("GET", "/v2/user/me").json()
    return beam.workspace_id, str(beam.base_url), beam.timeout.read, beam.max_retries, user["email"]


def test_pickled_client_carries_no_secret_and_works_in_a_fresh_process(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _client(fake_beam_server, timeout=7.5, max_retries=4) as beam:
        base_url = str(beam.base_url)
        beam.request("GET", "/v2/user/me")  # a token is held now
        token = beam._auth._token  # type: ignore[attr-defined]
        data = pickle.dumps(beam)
        assert FAKE_API_KEY.encode() not in data
        assert token.id_token.encode() not in data and token.refresh_token.encode() not in data
        monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)  # inherited by the spawned worker
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            result = pool.submit(_use_in_worker, beam.with_workspace(FAKE_WORKSPACE_ID)).result(timeout=60)
    assert result == (FAKE_WORKSPACE_ID, base_url, 7.5, 4, "fake.user@example.com")


def test_unpickling_without_the_api_key_in_the_environment_says_what_to_set(
    fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = pickle.dumps(_client(fake_beam_server))
    monkeypatch.delenv("BEAM_API_KEY", raising=False)
    with pytest.raises(BeamConfigError, match="BEAM_API_KEY"):
        pickle.loads(data)


def test_derived_options_and_the_token_cache_survive(
    fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = FileTokenCache(tmp_path / "token.json")
    beam = _client(fake_beam_server, token_cache=cache, headers={"x-team": "ops"}).with_options(
        workspace_id="ws-other", max_retries=0
    )
    monkeypatch.setenv("BEAM_API_KEY", "bk-other-process")
    clone = pickle.loads(pickle.dumps(beam))
    assert type(clone) is Beam
    assert (clone.workspace_id, clone.max_retries, clone.auth_mode) == ("ws-other", 0, "auto")
    assert clone.http.headers["x-team"] == "ops"
    assert clone._auth.token_cache == cache  # type: ignore[attr-defined]
    assert clone._auth._api_key == "bk-other-process"  # type: ignore[attr-defined]


def test_async_client_pickles_too(fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch) -> None:
    async def make() -> AsyncBeam:
        return AsyncBeam(
            api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url, timeout=3
        )

    beam = asyncio.run(make())
    data = pickle.dumps(beam)
    assert FAKE_API_KEY.encode() not in data
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    clone = pickle.loads(data)

    async def use() -> int:
        response = await clone.request("GET", "/v2/user/me")
        await clone.aclose()
        return response.status_code

    assert type(clone) is AsyncBeam and clone.timeout.read == 3
    assert asyncio.run(use()) == 200


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"transport": httpx.MockTransport(lambda r: httpx.Response(200))}, "transport"),
        ({"sleep": lambda seconds: None}, "clock or sleep"),
        ({"headers": {"Authorization": "Bearer x"}}, "headers carry credentials"),
        ({"proxy": "http://user:secret@127.0.0.1:3128"}, "proxy URL carries credentials"),
    ],
)
def test_a_client_that_cannot_be_rebuilt_from_settings_says_what_to_do(
    fake_beam_server: FakeBeamServer, kwargs: dict[str, object], reason: str
) -> None:
    beam = _client(fake_beam_server, **kwargs)
    with pytest.raises(TypeError, match=reason) as excinfo:
        pickle.dumps(beam)
    assert "inside the worker" in str(excinfo.value)
    assert "secret" not in str(excinfo.value)


def test_copying_a_client_does_not_go_through_the_environment(
    fake_beam_server: FakeBeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import copy

    monkeypatch.delenv("BEAM_API_KEY", raising=False)
    beam = _client(fake_beam_server, sleep=lambda seconds: None)  # not picklable, still copyable
    for clone in (copy.copy(beam), copy.deepcopy(beam)):
        assert type(clone) is Beam and clone.workspace_id == beam.workspace_id
        assert clone.http is beam.http  # same pool and tokens, like with_options()
