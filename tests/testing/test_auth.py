"""Token exchange, refresh rotation, expiry on the fake clock, API keys and the workspace header."""

from __future__ import annotations

import base64
import json

import httpx

from beam_ai.testing import FOREIGN_WORKSPACE_ID, FakeBeam


def _claims(token: str) -> dict[str, object]:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))  # type: ignore[no-any-return]


def _tokens(anon: httpx.Client, fake_beam: FakeBeam) -> dict[str, str]:
    response = anon.post("/auth/access-token", json={"apiKey": fake_beam.api_key})
    assert response.status_code == 201
    return response.json()  # type: ignore[no-any-return]


def _bearer(token: str, fake_beam: FakeBeam) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "current-workspace-id": fake_beam.workspace_id}


def test_access_token_is_a_jwt_with_exp_set_by_token_ttl(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    tokens = _tokens(anon, fake_beam)
    claims = _claims(tokens["idToken"])
    assert claims["exp"] == int(fake_beam.clock.now() + fake_beam.token_ttl)
    assert tokens["refreshToken"]


def test_bearer_token_works_until_the_clock_passes_exp(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    token = _tokens(anon, fake_beam)["idToken"]
    assert anon.get("/agent", headers=_bearer(token, fake_beam)).status_code == 200
    fake_beam.advance(fake_beam.token_ttl)
    expired = anon.get("/agent", headers=_bearer(token, fake_beam))
    assert expired.status_code == 401
    assert expired.json() == {"statusCode": 401, "message": "Token expired", "error": "Unauthorized"}


def test_token_ttl_is_configurable(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.token_ttl = 5
    token = _tokens(anon, fake_beam)["idToken"]
    fake_beam.advance(4)
    assert anon.get("/agent", headers=_bearer(token, fake_beam)).status_code == 200
    fake_beam.advance(1)
    assert anon.get("/agent", headers=_bearer(token, fake_beam)).status_code == 401


def test_refresh_rotates_and_old_refresh_token_dies(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    first = _tokens(anon, fake_beam)
    fake_beam.advance(fake_beam.token_ttl + 1)
    refreshed = anon.post("/auth/refresh-token", json={"refreshToken": first["refreshToken"]})
    assert refreshed.status_code == 201
    second = refreshed.json()
    assert second["refreshToken"] != first["refreshToken"]
    assert anon.get("/agent", headers=_bearer(second["idToken"], fake_beam)).status_code == 200
    reused = anon.post("/auth/refresh-token", json={"refreshToken": first["refreshToken"]})
    assert reused.status_code == 401


def test_wrong_key_malformed_and_missing_credentials_are_401(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    ws = {"current-workspace-id": fake_beam.workspace_id}
    assert anon.post("/auth/access-token", json={"apiKey": "bm_key_fake_wrong"}).status_code == 401
    assert anon.get("/agent", headers={**ws, "x-api-key": "bm_key_fake_wrong"}).status_code == 401
    assert anon.get("/agent", headers={**ws, "Authorization": "Bearer not.a.jwt"}).status_code == 401
    assert anon.get("/agent", headers={**ws, "Authorization": "Bearer abc"}).status_code == 401
    missing = anon.get("/agent", headers=ws)
    assert missing.status_code == 401
    assert missing.json()["error"] == "Unauthorized"


def test_access_token_body_is_validated(anon: httpx.Client) -> None:
    response = anon.post("/auth/access-token", json={})
    assert response.status_code == 400
    assert "apiKey should not be empty" in response.json()["message"]


def test_api_key_header_works_directly(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    headers = {"x-api-key": fake_beam.api_key, "current-workspace-id": fake_beam.workspace_id}
    assert anon.get("/agent", headers=headers).json()["count"] == 2


def test_missing_workspace_header_is_400(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    response = anon.get("/agent", headers={"x-api-key": fake_beam.api_key})
    assert response.status_code == 400
    assert response.json() == {
        "statusCode": 400,
        "message": ["current-workspace-id header is required"],
        "error": "Bad Request",
    }


def test_foreign_workspace_is_403(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    headers = {"x-api-key": fake_beam.api_key, "current-workspace-id": FOREIGN_WORKSPACE_ID}
    response = anon.get("/agent", headers=headers)
    assert response.status_code == 403
    assert response.json()["error"] == "Forbidden"


def test_operations_without_the_header_in_the_spec_do_not_need_it(
    anon: httpx.Client, fake_beam: FakeBeam
) -> None:
    key = {"x-api-key": fake_beam.api_key}
    assert anon.get("/v2/user/me", headers=key).json()["email"] == "fake.user@example.com"
    assert (
        anon.get(f"/agent-setup/session/{'a1000000-0000-4000-8000-000000000001'}", headers=key).status_code
        == 200
    )
    assert anon.get("/agent-views/v2000000-0000-4000-8000-000000000002", headers=key).status_code == 200
    assert (
        anon.get("/agent-views/v2000000-0000-4000-8000-000000000002/records", headers=key).status_code == 200
    )
