"""Pickling a client: its settings travel, its secrets do not.

Process pools, Celery and Dask pickle what they send to workers. A pickled `Beam`/`AsyncBeam` is
rebuilt in the receiving process from the settings it was built with (base URL, workspace, auth
mode, timeout, retries, extra headers, proxy, token cache, rate limit), with the API key read from that
process's `BEAM_API_KEY`; without it, unpickling raises a `BeamConfigError` saying so. Tokens,
connections and locks are never pickled: the new client has its own.

A client given its own transport, clock or sleep (tests, mostly), credential headers or a proxy
URL with a password cannot be rebuilt from settings: pickling it raises a `TypeError` saying to
create the client inside the worker instead.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._config import API_KEY_ENV
from ._errors import CREDENTIAL_HEADERS, BeamConfigError


def pickle_args(
    auth_mode: str,
    headers: Mapping[str, str] | None,
    proxy: str | None,
    token_cache: object,
    rate_limit: float | None,
    *,
    custom: tuple[object, object, object],
) -> dict[str, Any] | str:
    """The constructor arguments a pickle carries, or why this client cannot be rebuilt from them."""
    transport, clock, sleep = custom
    if transport is not None:
        return "it was given a transport of its own"
    if clock is not time.time or (sleep is not None and sleep is not time.sleep):
        return "it was given a clock or sleep of its own"
    if any(name.lower() in CREDENTIAL_HEADERS for name in headers or {}):
        return "its extra headers carry credentials"
    if proxy is not None and httpx.URL(proxy).userinfo:
        return "its proxy URL carries credentials"
    return {
        "auth_mode": auth_mode,
        "headers": dict(headers) if headers else None,
        "proxy": proxy,
        "token_cache": token_cache,
        "rate_limit": rate_limit,
    }


def unpickle_client(cls: type[Any], options: dict[str, Any]) -> Any:
    """Rebuild a pickled client; the API key comes from this process's environment."""
    if not os.environ.get(API_KEY_ENV, "").strip():
        raise BeamConfigError(
            f"cannot rebuild a pickled {cls.__name__}: a pickled client carries no API key;"
            f" set {API_KEY_ENV} in this process"
        )
    return cls(**options)
