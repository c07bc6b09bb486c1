"""Small shared types: the `NOT_GIVEN` sentinel (where `None` is a meaningful value) and aliases."""

from __future__ import annotations

import httpx

# Defined in the generated package, whose signatures name them; one sentinel for both packages.
from beam_ai_api.namespace import NOT_GIVEN as NOT_GIVEN
from beam_ai_api.namespace import NotGiven as NotGiven
from beam_ai_api.namespace import TimeoutTypes as TimeoutTypes


def as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """`timeout` as an `httpx.Timeout`; anything but seconds >= 0, None or a Timeout raises
    `BeamValidationError` naming `timeout` (a string such as "5" would only fail deep inside a socket)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    check_seconds("timeout", timeout)
    return httpx.Timeout(timeout)


def check_seconds(name: str, value: object) -> None:
    """`value` is None or a finite number of seconds >= 0; else `BeamValidationError` naming `name`."""
    from ._errors import BeamValidationError

    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BeamValidationError(name, f"expected seconds (a number) or None, got {type(value).__name__}")
    if not 0 <= value < float("inf"):
        raise BeamValidationError(name, f"expected seconds >= 0, got {value!r}")
