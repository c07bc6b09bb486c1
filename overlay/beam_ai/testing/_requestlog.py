"""The request log tests inspect; secrets are masked before anything is stored."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

SECRET_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})
SECRET_FIELDS = frozenset({"apiKey", "idToken", "refreshToken", "accessToken", "password"})
MASK = "***"


def mask_headers(headers: dict[str, str]) -> dict[str, str]:
    masked = {}
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme, _, _ = value.partition(" ")
            masked[name] = f"{scheme} {MASK}" if scheme else MASK
        elif name.lower() in SECRET_HEADERS:
            masked[name] = MASK
        else:
            masked[name] = value
    return masked


def mask_body(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (MASK if k in SECRET_FIELDS else mask_body(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_body(v) for v in value]
    return value


def parse_body(raw: bytes, content_type: str) -> Any:
    """JSON bodies are decoded (and masked); other bodies are kept as a short description."""
    if not raw:
        return None
    if "json" in content_type:
        try:
            return mask_body(json.loads(raw))
        except ValueError:
            return raw.decode("utf-8", "replace")
    return f"<{len(raw)} bytes of {content_type or 'unknown content'}>"


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    status: int | None = None
    fault: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class RequestLog:
    """Thread-safe, append-only list of requests that reached the server."""

    def __init__(self) -> None:
        self._items: list[LoggedRequest] = []
        self._lock = threading.Lock()

    def append(self, item: LoggedRequest) -> None:
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def filter(self, method: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        """Requests matching ``method`` and exact ``path`` (either may be omitted)."""
        with self._lock:
            return [
                r
                for r in self._items
                if (method is None or r.method == method.upper()) and (path is None or r.path == path)
            ]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return len(self.filter(method, path))

    def __iter__(self) -> Iterator[LoggedRequest]:
        with self._lock:
            return iter(list(self._items))

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __getitem__(self, index: int) -> LoggedRequest:
        with self._lock:
            return self._items[index]
