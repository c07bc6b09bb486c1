"""Credentials for the fake: the API key, HS256 idTokens (stdlib only) and rotating refresh tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import dataclass
from typing import Any

from ._clock import Clock
from ._errors import ApiError, unauthorized


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_jwt(claims: dict[str, Any], secret: bytes) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def decode_jwt(token: str, secret: bytes, now: float) -> dict[str, Any]:
    """Verify signature and ``exp``; raise a 401 ApiError otherwise."""
    parts = token.split(".")
    if len(parts) != 3:
        raise unauthorized("Invalid token")
    header, payload, signature = parts
    expected = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    try:
        given = _unb64(signature)
        claims = json.loads(_unb64(payload))
    except (ValueError, UnicodeDecodeError):
        raise unauthorized("Invalid token") from None
    if not hmac.compare_digest(given, expected) or not isinstance(claims, dict):
        raise unauthorized("Invalid token")
    exp = claims.get("exp")
    if not isinstance(exp, int | float) or now >= exp:
        raise unauthorized("Token expired")
    return claims


@dataclass(frozen=True)
class Principal:
    """Who is calling: the fake has one user whose key grants one workspace."""

    user_id: str
    workspace_ids: frozenset[str]


class TokenIssuer:
    """Issues idToken/refreshToken pairs; a refresh token works once (rotation)."""

    def __init__(self, clock: Clock, api_keys: dict[str, Principal], token_ttl: float) -> None:
        self._clock = clock
        self._api_keys = api_keys
        self.token_ttl = token_ttl
        self._secret = secrets.token_bytes(32)
        self._refresh: dict[str, Principal] = {}
        self._lock = threading.Lock()

    def reset(self, token_ttl: float) -> None:
        with self._lock:
            self._refresh.clear()
            self.token_ttl = token_ttl

    def principal_for_key(self, api_key: str) -> Principal:
        principal = self._api_keys.get(api_key)
        if principal is None:
            raise unauthorized("Invalid API key")
        return principal

    def issue(self, principal: Principal) -> dict[str, str]:
        now = self._clock.now()
        claims = {
            "sub": principal.user_id,
            "workspaces": sorted(principal.workspace_ids),
            "iat": int(now),
            "exp": int(now + self.token_ttl),
            "jti": secrets.token_hex(8),
            "token_use": "id",
        }
        refresh = "rt_fake_" + secrets.token_urlsafe(24)
        with self._lock:
            self._refresh[refresh] = principal
        return {"idToken": encode_jwt(claims, self._secret), "refreshToken": refresh}

    def rotate(self, refresh_token: str) -> dict[str, str]:
        with self._lock:
            principal = self._refresh.pop(refresh_token, None)
        if principal is None:
            raise unauthorized("Invalid refresh token")
        return self.issue(principal)

    def principal_for_token(self, token: str) -> Principal:
        claims = decode_jwt(token, self._secret, self._clock.now())
        workspaces = claims.get("workspaces")
        if not isinstance(workspaces, list):
            raise unauthorized("Invalid token")
        return Principal(str(claims.get("sub")), frozenset(str(w) for w in workspaces))

    def authenticate(self, headers: dict[str, str]) -> Principal:
        """x-api-key wins when present; otherwise ``Authorization: Bearer <idToken>``."""
        api_key = headers.get("x-api-key")
        if api_key:
            return self.principal_for_key(api_key)
        authorization = headers.get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "Unauthorized")
        return self.principal_for_token(token.strip())

    def by_scheme(self, scheme: str, headers: dict[str, str]) -> Principal:
        """The caller as one security scheme of the spec sees it: `ApiKeyAuth` or `BearerAuth`."""
        if scheme == "ApiKeyAuth":
            api_key = headers.get("x-api-key")
            if not api_key:
                raise ApiError(401, "This route needs the x-api-key header")
            return self.principal_for_key(api_key)
        scheme_name, _, token = headers.get("authorization", "").partition(" ")
        if scheme_name.lower() != "bearer" or not token.strip():
            raise ApiError(401, "This route needs Authorization: Bearer <idToken>")
        return self.principal_for_token(token.strip())

    def authorize(
        self, alternatives: tuple[tuple[str, ...], ...], headers: dict[str, str], *, refuse_key: bool = False
    ) -> Principal:
        """The caller when the request carries every credential of one accepted alternative (the
        operation's `security` in the spec), else the first alternative's 401. `refuse_key`: this
        deployment refuses `x-api-key` here (as some workspace reads do), whatever the spec says."""
        failure: ApiError | None = None
        for alternative in alternatives:
            if refuse_key and "ApiKeyAuth" in alternative:
                failure = failure or ApiError(403, "Forbidden resource")
                continue
            try:
                principals = [self.by_scheme(scheme, headers) for scheme in alternative]
            except ApiError as error:
                failure = failure or error
                continue
            return principals[0]
        raise failure or ApiError(401, "Unauthorized")
