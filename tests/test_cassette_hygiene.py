"""No secret in any committed cassette, and the scrub hooks really scrub.

The scan looks at each file as text (API-key-like strings, the fake key, bearer tokens, JWTs that are
not our unsigned placeholders, the fake server's refresh tokens) and interaction by interaction
(`authorization` / `x-api-key` values, `apiKey` / `idToken` / `refreshToken` and other secret JSON
fields at any depth, headers that should have been dropped). The scanner and the hooks are tested
on synthetic traffic full of secrets, so a pass over the committed cassettes means something.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
from cassette_tools import (
    CASSETTE_DIR,
    FAR_FUTURE_EXP,
    PLACEHOLDER,
    ReadableYamlSerializer,
    Scrubber,
    find_secrets,
    is_placeholder,
    is_placeholder_jwt,
    load_interactions,
    placeholder_jwt,
    text_secrets,
)
from vcr.request import Request as VcrRequest

from beam_ai._token_auth import jwt_expiry
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID
from beam_ai.testing._auth import encode_jwt

# Key-like literals are built by concatenation so no line of this file looks like a real key.
REAL_LOOKING_KEY = "bm_" + "key_" + "Zx81Qe5Rt0Lp3Nw7"
SIGNED_ID_TOKEN = encode_jwt({"sub": "user-1", "exp": 1_900_000_000}, b"secret-1")
SIGNED_ID_TOKEN_2 = encode_jwt({"sub": "user-1", "exp": 1_900_000_600}, b"secret-1")
REFRESH_TOKEN = "rt_" + "9f8e7d6c5b4a39281706"
REFRESH_TOKEN_2 = "rt_" + "0a1b2c3d4e5f60718293"
SECRETS = (REAL_LOOKING_KEY, SIGNED_ID_TOKEN, SIGNED_ID_TOKEN_2, REFRESH_TOKEN, REFRESH_TOKEN_2)

CASSETTE_PATHS = sorted(p for p in CASSETTE_DIR.iterdir() if p.is_file())


def test_there_are_cassettes_to_scan() -> None:
    assert len([p for p in CASSETTE_PATHS if p.suffix == ".yaml"]) >= 10


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in CASSETTE_PATHS])
def test_committed_cassette_holds_no_secret(path: Path) -> None:
    assert find_secrets(path, known_secrets=[FAKE_API_KEY]) == []


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in CASSETTE_PATHS if p.suffix == ".yaml"])
def test_committed_token_placeholders_replay(path: Path) -> None:
    """Every idToken in a cassette is an unsigned JWT the client accepts with an `exp` far ahead."""
    for interaction in load_interactions(path):
        if interaction.path.startswith("/auth/") and interaction.status < 300:
            body = interaction.response_json()
            assert is_placeholder_jwt(body["idToken"])
            assert jwt_expiry(body["idToken"]) == FAR_FUTURE_EXP
            assert is_placeholder(body["refreshToken"])


# -- the hooks -----------------------------------------------------------------------------------


def _request(uri: str, body: Any, headers: dict[str, str]) -> VcrRequest:
    return VcrRequest("POST", uri, json.dumps(body).encode(), headers)


def _response(body: Any, headers: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "status": {"code": 201, "message": "Created"},
        "headers": headers,
        "body": {"string": json.dumps(body).encode()},
    }


def test_request_hook_scrubs_headers_and_nested_body_fields() -> None:
    scrubber = Scrubber(source_base_url="http://127.0.0.1:8123")
    request = _request(
        "http://127.0.0.1:8123/auth/access-token?x=1",
        {
            "apiKey": REAL_LOOKING_KEY,
            "nested": {"deeper": [{"refreshToken": REFRESH_TOKEN}], "keep": "me"},
            "credentials": {"user": "someone", "pass": "hunter2"},
        },
        {
            "Authorization": f"Bearer {SIGNED_ID_TOKEN}",
            "x-api-key": REAL_LOOKING_KEY,
            "current-workspace-id": FAKE_WORKSPACE_ID,
            "content-type": "application/json",
            "user-agent": "beam-ai-python/0.0.0",
            "cookie": "session=abc",
        },
    )
    scrubbed = scrubber.before_record_request(request)

    assert scrubbed.uri == "https://api.beamstudio.ai/auth/access-token?x=1"
    assert dict(scrubbed.headers) == {
        "authorization": f"Bearer {PLACEHOLDER}",  # a token never seen in a response
        "content-type": "application/json",
        "current-workspace-id": FAKE_WORKSPACE_ID,
        "x-api-key": PLACEHOLDER,
    }
    body = json.loads(scrubbed.body)
    assert body["apiKey"] == PLACEHOLDER
    assert body["nested"] == {"deeper": [{"refreshToken": "REDACTED-1"}], "keep": "me"}
    assert body["credentials"] == {"user": "REDACTED-2", "pass": "REDACTED-3"}
    assert not any(secret.encode() in scrubbed.body for secret in SECRETS)


def test_response_hook_scrubs_tokens_into_placeholders_that_still_work() -> None:
    scrubber = Scrubber()
    response = _response(
        {
            "idToken": SIGNED_ID_TOKEN,
            "refreshToken": REFRESH_TOKEN,
            "user": {"accessToken": SIGNED_ID_TOKEN_2},
        },
        {
            "Content-Type": ["application/json"],
            "Date": ["Mon, 05 Jan 2026 09:00:00 GMT"],
            "Server": ["uvicorn"],
            "Set-Cookie": ["session=abc"],
            "X-Request-Id": ["req-1"],
            "Retry-After": ["3"],
        },
    )
    scrubbed = scrubber.before_record_response(response)

    assert scrubbed["headers"] == {"content-type": ["application/json"], "retry-after": ["3"]}
    body = json.loads(scrubbed["body"]["string"])
    assert body == {
        "idToken": placeholder_jwt(1),
        "refreshToken": "REDACTED-1",
        "user": {"accessToken": placeholder_jwt(2)},
    }
    assert jwt_expiry(body["idToken"]) == FAR_FUTURE_EXP  # the client will not think it expired
    assert body["idToken"].endswith(".") and is_placeholder_jwt(body["idToken"])  # alg none, no signature


def test_the_same_secret_gets_the_same_placeholder_everywhere() -> None:
    scrubber = Scrubber()
    scrubber.before_record_response(
        _response({"idToken": SIGNED_ID_TOKEN, "refreshToken": REFRESH_TOKEN}, {})
    )
    refresh = scrubber.before_record_request(
        _request(
            "https://api.beamstudio.ai/auth/refresh-token",
            {"refreshToken": REFRESH_TOKEN},
            {"content-type": "application/json"},
        )
    )
    call = scrubber.before_record_request(
        VcrRequest(
            "GET", "https://api.beamstudio.ai/v2/user/me", b"", {"authorization": f"Bearer {SIGNED_ID_TOKEN}"}
        )
    )
    assert json.loads(refresh.body) == {"refreshToken": "REDACTED-1"}
    assert call.headers["authorization"] == f"Bearer {placeholder_jwt(1)}"


def test_scrubbing_is_idempotent_so_replayed_requests_match() -> None:
    """vcrpy runs the request hook on replayed requests too; placeholders must come out unchanged."""
    recorded = Scrubber()
    recorded.before_record_response(
        _response({"idToken": SIGNED_ID_TOKEN, "refreshToken": REFRESH_TOKEN}, {})
    )
    first = recorded.before_record_request(
        VcrRequest(
            "POST",
            "https://api.beamstudio.ai/auth/refresh-token",
            json.dumps({"refreshToken": REFRESH_TOKEN}).encode(),
            {"authorization": f"Bearer {SIGNED_ID_TOKEN}", "content-type": "application/json"},
        )
    )
    replay = Scrubber()  # a fresh scrubber, as in a replay test
    again = replay.before_record_request(VcrRequest("POST", first.uri, first.body, dict(first.headers)))
    assert (again.uri, again.body, dict(again.headers)) == (first.uri, first.body, dict(first.headers))


def test_live_recordings_are_normalised_to_the_documented_host_and_the_fake_workspace() -> None:
    scrubber = Scrubber(
        source_base_url="https://eu.beam.example/api/",
        api_key=REAL_LOOKING_KEY,
        replacements={"ws-live-123": FAKE_WORKSPACE_ID},
        redact_emails=True,
    )
    request = scrubber.before_record_request(
        VcrRequest(
            "GET",
            "https://eu.beam.example/api/agent?workspace=ws-live-123",
            b"",
            {"current-workspace-id": "ws-live-123"},
        )
    )
    assert request.uri == f"https://api.beamstudio.ai/agent?workspace={FAKE_WORKSPACE_ID}"
    assert request.headers["current-workspace-id"] == FAKE_WORKSPACE_ID
    response = scrubber.before_record_response(
        _response(
            {
                "email": "maintainer@company.example",
                "workspaceId": "ws-live-123",
                "note": f"key {REAL_LOOKING_KEY}",
            },
            {"content-type": ["application/json"]},
        )
    )
    assert json.loads(response["body"]["string"]) == {
        "email": "user@example.com",
        "workspaceId": FAKE_WORKSPACE_ID,
        "note": f"key {PLACEHOLDER}",
    }


def test_non_json_and_event_stream_bodies_lose_known_secrets() -> None:
    scrubber = Scrubber(api_key=REAL_LOOKING_KEY)
    scrubber.before_record_response(
        _response({"idToken": SIGNED_ID_TOKEN}, {"content-type": ["application/json"]})
    )
    response = scrubber.before_record_response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {"content-type": ["text/event-stream"]},
            "body": {"string": f'data: {{"echo": "{SIGNED_ID_TOKEN} {REAL_LOOKING_KEY}"}}\n\n'.encode()},
        }
    )
    text = response["body"]["string"].decode()
    assert SIGNED_ID_TOKEN not in text and REAL_LOOKING_KEY not in text
    assert placeholder_jwt(1) in text


# -- end to end: record synthetic secrets through vcrpy, then scan ---------------------------------


def _leaky_api(request: httpx.Request) -> httpx.Response:
    """Answers like Beam would, with real-looking secrets everywhere."""
    if request.url.path == "/auth/access-token":
        return httpx.Response(
            201,
            json={"idToken": SIGNED_ID_TOKEN, "refreshToken": REFRESH_TOKEN},
            headers={"set-cookie": "session=abc", "date": "Mon, 05 Jan 2026 09:00:00 GMT"},
        )
    if request.url.path == "/auth/refresh-token":
        return httpx.Response(201, json={"idToken": SIGNED_ID_TOKEN_2, "refreshToken": REFRESH_TOKEN_2})
    return httpx.Response(
        200, json={"id": "u1", "accessToken": SIGNED_ID_TOKEN, "refreshToken": REFRESH_TOKEN, "ok": True}
    )


def _calls(http: httpx.Client) -> None:
    http.post("/auth/access-token", json={"apiKey": REAL_LOOKING_KEY})
    http.get(
        "/v2/user/me", headers={"authorization": f"Bearer {SIGNED_ID_TOKEN}", "x-api-key": REAL_LOOKING_KEY}
    )
    http.post("/auth/refresh-token", json={"refreshToken": REFRESH_TOKEN})
    http.get("/v2/user/me", headers={"authorization": f"Bearer {SIGNED_ID_TOKEN_2}"})


def test_a_recording_full_of_secrets_is_written_clean_and_replays(tmp_path: Path) -> None:
    path = tmp_path / "leaky.yaml"
    recorder = vcr.VCR()
    recorder.register_serializer("readable-yaml", ReadableYamlSerializer())
    scrubber = Scrubber(source_base_url="http://127.0.0.1:9", api_key=REAL_LOOKING_KEY)
    with (
        recorder.use_cassette(
            str(path), serializer="readable-yaml", **scrubber.vcr_config(record_mode="all")
        ),
        httpx.Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(_leaky_api)) as http,
    ):
        _calls(http)

    text = path.read_text()
    assert not [secret for secret in SECRETS if secret in text]
    assert "set-cookie" not in text and "127.0.0.1" not in text
    assert find_secrets(path, known_secrets=SECRETS) == []

    # Replays from https://api.beamstudio.ai with the scrubbed values, the network never touched.
    with vcr.use_cassette(str(path), **Scrubber().vcr_config(record_mode="none")) as cassette:
        with httpx.Client(base_url="https://api.beamstudio.ai") as http:
            token = http.post("/auth/access-token", json={"apiKey": FAKE_API_KEY}).json()
            assert token == {"idToken": placeholder_jwt(1), "refreshToken": "REDACTED-1"}
            http.get("/v2/user/me", headers={"authorization": f"Bearer {token['idToken']}", "x-api-key": "x"})
            fresh = http.post("/auth/refresh-token", json={"refreshToken": token["refreshToken"]}).json()
            http.get("/v2/user/me", headers={"authorization": f"Bearer {fresh['idToken']}"})
        assert cassette.all_played


# -- the scanner catches what it should ----------------------------------------------------------


def _dirty_cassette(tmp_path: Path) -> Path:
    """An unscrubbed cassette, as vcrpy would write it with no hooks."""
    path = tmp_path / "dirty.yaml"
    with (
        vcr.use_cassette(str(path), record_mode="all"),
        httpx.Client(base_url="https://api.beamstudio.ai", transport=httpx.MockTransport(_leaky_api)) as http,
    ):
        _calls(http)
    return path


def test_scanner_flags_every_kind_of_leak(tmp_path: Path) -> None:
    found = "\n".join(find_secrets(_dirty_cassette(tmp_path), known_secrets=[REAL_LOOKING_KEY]))
    for expected in (
        "known secret value",
        "API-key-like string",
        "bearer token",
        "is not an unsigned placeholder",
        "authorization header is not a placeholder",
        "x-api-key header is not 'REDACTED'",
        "JSON field 'apiKey'",
        "JSON field 'refreshToken'",
        "JSON field 'idToken'",
        "JSON field 'accessToken'",
        "idToken is not a placeholder JWT",
        "response header 'set-cookie' should have been dropped",
        "request header 'user-agent' should have been dropped",
    ):
        assert expected in found, expected


@pytest.mark.parametrize(
    "text",
    [
        FAKE_API_KEY,  # the fake key, which replay tests send
        "token: " + REAL_LOOKING_KEY,
        "Authorization: Bearer abc.def",
        SIGNED_ID_TOKEN,
        "rt_fake_" + "abcdefgh",
        placeholder_jwt(1) + "c2lnbmF0dXJl",  # a placeholder with a signature is a real token
    ],
)
def test_text_scan_flags(text: str) -> None:
    assert text_secrets("x", text, known_secrets=[FAKE_API_KEY])


@pytest.mark.parametrize(
    "text",
    [PLACEHOLDER, f"Bearer {PLACEHOLDER}", f"Bearer {placeholder_jwt(3)}", '"refreshToken": "REDACTED-2"'],
)
def test_text_scan_accepts_placeholders(text: str) -> None:
    assert text_secrets("x", text) == []
