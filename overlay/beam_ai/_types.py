"""Small shared types: the `NOT_GIVEN` sentinel (where `None` is a meaningful value) and aliases."""

from __future__ import annotations

from typing import Final, Literal

import httpx


class NotGiven:
    """Marks an argument the caller left out, where `None` means something (no timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
"""Seconds for every phase, an `httpx.Timeout` for each phase, or None to wait forever."""


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
