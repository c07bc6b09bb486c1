"""Secrets (API key, idToken, refreshToken) appear in no repr, str, log record or exception message."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from drivers import Driver

from beam_ai import BeamError
from beam_ai._config import resolve
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FOREIGN_WORKSPACE_ID, FakeBeam, FakeBeamServer

MakeDriver = Callable[..., Driver]

UNKNOWN_FAKE_KEY = "bm_key_" + "fake" + "x" * 24  # a key the fake does not know


def _tokens(driver: Driver) -> list[str]:
    token = driver.client._auth._token  # type: ignore[attr-defined]
    return [token.id_token, token.refresh_token]


def test_no_secret_in_logs_reprs_or_errors_across_a_whole_session(
    make_driver: MakeDriver,
    fake_beam: FakeBeam,
    fake_beam_server: FakeBeamServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level: httpx, httpcore, beam_ai.*
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=lambda seconds: None,
    )
    secrets = [FAKE_API_KEY, UNKNOWN_FAKE_KEY]
    errors: list[BaseException] = []

    first = driver.request("GET", "/agent")  # exchange
    secrets += _tokens(driver)
    texts_of_responses = [r.text for r in first.history]
    fake_beam.clock.advance(fake_beam.tokens.token_ttl + 1)
    driver.request("GET", "/agent")  # refresh ahead of the call
    secrets += _tokens(driver)
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1)
    driver.request("GET", "/agent")  # a logged retry
    driver.client._auth.invalidate()  # type: ignore[attr-defined]
    driver.request("GET", "/agent")  # refresh on demand
    secrets += _tokens(driver)
    with pytest.raises(BeamError) as forbidden:
        driver.derive(workspace_id=FOREIGN_WORKSPACE_ID).request("GET", "/agent")
    errors.append(forbidden.value)
    bad = make_driver(api_key=UNKNOWN_FAKE_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=fake_beam_server.url)
    with pytest.raises(BeamError) as refused:
        bad.request("GET", "/agent")
    errors.append(refused.value)
    assert getattr(refused.value, "status_code", None) == 401

    texts = [caplog.text, *(record.getMessage() for record in caplog.records), *texts_of_responses]
    for client in (driver.client, bad.client):
        texts += [repr(client), str(client), repr(client._auth), repr(vars(client))]  # type: ignore[attr-defined]
        texts += [repr(client.http.headers), repr(dict(client.http.headers))]
    for error in errors:
        texts += [str(error), repr(error), repr(error.args), repr(getattr(error, "body", None))]
    texts.append(repr(resolve(api_key=FAKE_API_KEY, workspace_id="ws", base_url=None, auth_mode="token")))
    assert len(caplog.records) > 10  # the session was really logged
    # ...including each attempt's headers and bodies (token exchange and refresh among them)
    http_debug = [
        r.getMessage() for r in caplog.records if r.name == "beam_ai.http" and r.levelno == logging.DEBUG
    ]
    assert any("/auth/access-token" in line for line in http_debug)
    assert any("/auth/refresh-token" in line for line in http_debug)
    leaks = [(secret[:12], text[:80]) for secret in secrets for text in texts if secret in text]
    assert leaks == []
