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
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
