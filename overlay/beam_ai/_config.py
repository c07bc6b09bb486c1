"""Client settings from arguments or the environment, checked once at construction."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import httpx

from ._app_urls import API_HOSTS
from ._constants import DEFAULT_BASE_URL
from ._errors import BeamConfigError, safe_url
from ._security import check_credentials_url, is_loopback_host

API_KEY_ENV = "BEAM_API_KEY"
WORKSPACE_ENV = "BEAM_WORKSPACE_ID"
BASE_URL_ENV = "BEAM_BASE_URL"
ENVIRONMENT_ENV = "BEAM_ENVIRONMENT"

AuthMode = Literal["auto", "token", "api_key"]
AUTH_MODES: tuple[AuthMode, ...] = ("auto", "token", "api_key")


@dataclass(frozen=True, slots=True)
class Credentials:
    """Resolved settings. `api_key` is kept out of the repr."""

    api_key: str
    workspace_id: str
    base_url: httpx.URL
    auth_mode: AuthMode

    def __repr__(self) -> str:
        return (
            f"Credentials(api_key='***', workspace_id={self.workspace_id!r}, "
            f"base_url={safe_url(self.base_url)!r}, auth_mode={self.auth_mode!r})"
        )


def _pick(value: str | None, env: Mapping[str, str], variable: str, what: str) -> str:
    if value is None:
        value = env.get(variable)
    if value is None or not value.strip():
        raise BeamConfigError(f"no {what}: pass {what}=... or set the {variable} environment variable")
    return value.strip()


def resolve(
    *,
    api_key: str | None,
    workspace_id: str | None,
    base_url: str | httpx.URL | None,
    auth_mode: str,
    environment: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Credentials:
    """Arguments win over `BEAM_*` environment variables; missing ones name the variable to set."""
    env = os.environ if env is None else env
    if auth_mode not in AUTH_MODES:
        raise BeamConfigError(f"auth_mode must be one of {', '.join(AUTH_MODES)}, got {auth_mode!r}")
    key = _pick(api_key, env, API_KEY_ENV, "api_key")
    workspace = _pick(workspace_id, env, WORKSPACE_ENV, "workspace_id")
    url = httpx.URL(str(base_url_for(base_url, environment, env)))
    if not url.host:
        raise BeamConfigError(f"base_url must be an absolute http(s) URL, got {str(url)!r}")
    check_credentials_url(url)
    if not url.raw_path.endswith(b"/"):
        url = url.copy_with(raw_path=url.raw_path + b"/")
    return Credentials(key, workspace, url, auth_mode)


def environment_url(environment: str, source: str) -> str:
    """The API root of a named environment (`production`, `enterprise`, `staging`)."""
    try:
        return API_HOSTS[environment]
    except KeyError:
        raise BeamConfigError(
            f"{source} must be one of {', '.join(API_HOSTS)}, got {environment!r}"
        ) from None


def base_url_for(
    base_url: str | httpx.URL | None, environment: str | None, env: Mapping[str, str]
) -> str | httpx.URL:
    """`base_url`, else the `environment`'s host, else `BEAM_BASE_URL`, else `BEAM_ENVIRONMENT`'s host,
    else production. Both arguments at once is a contradiction, refused."""
    if base_url is not None and environment is not None:
        raise BeamConfigError("pass base_url or environment, not both")
    if base_url:
        return base_url
    if environment is not None:
        return environment_url(environment, "environment")
    if env.get(BASE_URL_ENV):
        return env[BASE_URL_ENV]
    if env.get(ENVIRONMENT_ENV):
        return environment_url(env[ENVIRONMENT_ENV].strip(), ENVIRONMENT_ENV)
    return DEFAULT_BASE_URL


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the standard `*_PROXY` / `NO_PROXY` variables choose for `url`, if any.

    The client reads these itself (and turns off httpx's `trust_env`) so that the one retrying
    transport also carries proxied traffic.
    """
    if is_loopback_host(url.host):
        return None
    import urllib.request  # ~20 ms to import; only needed when a client is built without a transport

    if urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")
