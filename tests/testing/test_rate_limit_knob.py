"""The fake's rate-limit knob: a token bucket on the fake's clock, 429 with Retry-After past it."""

from __future__ import annotations

import httpx

from beam_ai.testing import FAKE_API_KEY, FakeBeam, FakeBeamServer


def _get(server: FakeBeamServer) -> httpx.Response:
    return httpx.get(f"{server.url}/v2/user/me", headers={"x-api-key": FAKE_API_KEY})


def test_requests_past_the_rate_get_429_until_the_clock_refills_the_bucket(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.rate_limit.set(per_second=2)
    assert [_get(fake_beam_server).status_code for _ in range(3)] == [200, 200, 429]
    refused = _get(fake_beam_server)
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
    assert fake_beam.requests.filter("GET", "/v2/user/me")[-1].fault == "rate_limited"
    fake_beam.advance(0.5)  # one token back
    assert [_get(fake_beam_server).status_code for _ in range(2)] == [200, 429]
    assert (fake_beam.rate_limit.admitted, fake_beam.rate_limit.refused) == (3, 3)


def test_the_knob_is_off_by_default_and_after_a_reset(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.rate_limit.set(per_second=1)
    fake_beam.reset()
    assert {_get(fake_beam_server).status_code for _ in range(5)} == {200}
