"""A token cache that the processes on one machine share, so many workers make one token exchange.

Opt in with `Beam(token_cache=FileTokenCache("/run/myapp/beam-token.json"))`. Whoever finds the
token stale takes the cache's lock, reads the cache, and either adopts a token another process has
just stored or renews (refreshing with the newest refresh token the cache knows) and stores the
result, all before releasing the lock. So 20 workers starting together make one exchange, and a
rotated refresh token is seen by every process before it refreshes again.

The interface is three methods (`lock`, `get`, `put`), so a user can plug in Redis or similar. The
cache key is a digest of the base URL and API key; the API key itself is never stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import httpx


@dataclass(frozen=True)
class CachedToken:
    """A token pair as the cache holds it; times are seconds since the epoch."""

    id_token: str
    refresh_token: str | None
    expires_at: float
    refresh_at: float

    def __repr__(self) -> str:
        return f"CachedToken(expires_at={self.expires_at!r}, refresh_at={self.refresh_at!r})"


@runtime_checkable
class TokenCache(Protocol):
    """Where processes share a token. `get` and `put` are called only while `lock(key)` is held."""

    def lock(self, key: str) -> AbstractContextManager[object]:
        """Exclusive across every process using this cache, held while one of them renews.

        The async client enters it in a worker thread (so its event loop keeps running) and may
        exit it in another thread: a `threading.Lock`, a file lock or a Redis lock all allow that.
        """
        ...

    def get(self, key: str) -> CachedToken | None:
        """The stored token for `key`, or None."""
        ...

    def put(self, key: str, token: CachedToken) -> None:
        """Store `token` for `key`, replacing what was there."""
        ...


async def enter_in_thread(lock: AbstractContextManager[object]) -> None:
    """Enter `lock` in a worker thread; if the waiting task is cancelled, release it once entered."""
    import asyncio

    entering = asyncio.get_running_loop().run_in_executor(None, lock.__enter__)
    try:
        await asyncio.shield(entering)
    except asyncio.CancelledError:

        def release(done: asyncio.Future[object]) -> None:
            if not done.cancelled() and done.exception() is None:
                lock.__exit__(None, None, None)

        entering.add_done_callback(release)
        raise


def cache_key(api_key: str, base_url: httpx.URL) -> str:
    """A key naming (API, key) without containing the key: a SHA-256 digest of both."""
    digest = hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()
    return f"beam-token-{digest[:40]}"


class FileTokenCache:
    """A JSON file (owner-only, 0600) guarded by an `fcntl.flock` on a sibling `.lock` file (POSIX).

    Writes go to a temporary file that replaces the cache, so a reader never sees half a file; a
    file that does not parse, or that another user owns or others may write, counts as empty. Pickles as its path, so a client carrying it can be
    sent to worker processes.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        import fcntl  # noqa: F401 (fail at construction, not first use, where there is no flock)

        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    def __repr__(self) -> str:
        return f"FileTokenCache({str(self.path)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileTokenCache) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        import fcntl

        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def get(self, key: str) -> CachedToken | None:
        entry = self._read().get(key)
        if not isinstance(entry, dict):
            return None
        try:
            return CachedToken(
                id_token=str(entry["idToken"]),
                refresh_token=entry.get("refreshToken"),
                expires_at=float(entry["expiresAt"]),
                refresh_at=float(entry["refreshAt"]),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, key: str, token: CachedToken) -> None:
        entries = self._read()
        entries[key] = {
            "idToken": token.id_token,
            "refreshToken": token.refresh_token,
            "expiresAt": token.expires_at,
            "refreshAt": token.refresh_at,
        }
        import tempfile  # lazily: only a renewing process writes

        # mkstemp creates the file 0600; os.replace keeps that mode and is atomic.
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".")
        try:
            with os.fdopen(fd, "w") as file:
                json.dump(entries, file)
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def _read(self) -> dict[str, Any]:
        """The entries; none from a file another user owns or others may write (a planted token)."""
        try:
            with open(self.path, "rb") as file:
                info = os.fstat(file.fileno())
                if info.st_uid != os.getuid() or info.st_mode & 0o022:
                    return {}
                data = json.loads(file.read())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}
