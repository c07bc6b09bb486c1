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
import math
import os
import threading
from collections.abc import Awaitable, Callable
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

        A lock whose `acquire(blocking=False)` returns whether it got it (a `threading.Lock`,
        redis-py's lock, `FileTokenCache`'s) is polled: a caller waits for it no longer than its own timeout, and an
        async caller can be cancelled meanwhile. Any other lock is entered in a worker thread (by a
        caller with a timeout, and always by the async client), so the wait still ends at the
        caller's timeout; it may then be exited in another thread.
        """
        ...

    def get(self, key: str) -> CachedToken | None:
        """The stored token for `key`, or None."""
        ...

    def put(self, key: str, token: CachedToken) -> None:
        """Store `token` for `key`, replacing what was there."""
        ...


def _try_enter(lock: AbstractContextManager[object]) -> bool | None:
    """Take `lock` without waiting: True/False, or None when it has no `acquire(blocking=False)`."""
    acquire = getattr(lock, "acquire", None)
    if acquire is None:
        return None
    return bool(acquire(blocking=False))


_FIRST_POLL, _LONGEST_POLL = 0.005, 0.1  # seconds between tries while another process holds it


def enter_within(
    lock: AbstractContextManager[object],
    deadline: float | None,
    clock: Callable[[], float],
    sleep: Callable[[float], object],
) -> bool:
    """Enter `lock` by `deadline` (on `clock`; None: however long it takes); False if it stayed held.

    A lock whose `acquire(blocking=False)` returns whether it got it (`FileTokenCache`'s, a
    `threading.Lock`, redis-py's lock) is polled, so the wait ends at the deadline. Any other lock
    is entered as is without a deadline, and in a worker thread with one (the caller polls for the
    hand-over, and abandons the thread at the deadline: it gives the lock back as soon as it gets it).
    """
    entered = _try_enter(lock)
    if entered is None:
        if deadline is None:
            lock.__enter__()
            return True
        return _enter_in_thread_within(lock, deadline, clock, sleep)
    delay = _FIRST_POLL
    while not entered:
        left = math.inf if deadline is None else deadline - clock()
        if left <= 0:
            return False
        sleep(min(delay, left))
        delay = min(delay * 2, _LONGEST_POLL)
        entered = _try_enter(lock)
    return True


def _enter_in_thread_within(
    lock: AbstractContextManager[object],
    deadline: float,
    clock: Callable[[], float],
    sleep: Callable[[float], object],
) -> bool:
    """Enter `lock` in a daemon thread of its own, waiting for the hand-over until `deadline`."""
    handed_over = threading.Event()
    guard = threading.Lock()
    abandoned = False

    def enter() -> None:  # in the thread
        lock.__enter__()
        with guard:
            give_back = abandoned
            if not give_back:
                handed_over.set()
        if give_back:
            lock.__exit__(None, None, None)

    threading.Thread(target=enter, name="beam-ai token cache lock", daemon=True).start()
    delay = _FIRST_POLL
    while not handed_over.is_set():
        left = deadline - clock()
        if left <= 0:
            with guard:
                if handed_over.is_set():  # handed over just as this caller gave up
                    return True
                abandoned = True
            return False
        sleep(min(delay, left))
        delay = min(delay * 2, _LONGEST_POLL)
    return True


async def aenter_within(
    lock: AbstractContextManager[object],
    deadline: float | None,
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[object]],
) -> bool:
    """`enter_within` for the event loop: polled with `sleep`, so the wait is cancellable and no
    thread is left behind when the loop ends. A lock without a non-blocking `acquire` is entered
    in a worker thread (released at once if the waiting task is cancelled meanwhile)."""
    entered = _try_enter(lock)
    if entered is None:
        import asyncio

        try:
            async with asyncio.timeout(None if deadline is None else max(0.0, deadline - clock())):
                await enter_in_thread(lock)
        except TimeoutError:
            return False
        return True
    delay = _FIRST_POLL
    while not entered:
        left = math.inf if deadline is None else deadline - clock()
        if left <= 0:
            return False
        await sleep(min(delay, left))
        delay = min(delay * 2, _LONGEST_POLL)
        entered = _try_enter(lock)
    return True


async def enter_in_thread(lock: AbstractContextManager[object]) -> None:
    """Enter `lock` in a daemon thread of its own; a waiter that gives up (cancelled, timed out, its
    loop ended) abandons the thread, which releases the lock as soon as it gets it.

    Not the loop's executor: `asyncio.run` waits for the executor's threads, so one stuck on a lock
    would keep the program from ending.
    """
    import asyncio

    loop = asyncio.get_running_loop()
    entered: asyncio.Future[None] = loop.create_future()
    guard = threading.Lock()
    abandoned = False

    def hand_over() -> None:  # on the loop
        if entered.cancelled():
            lock.__exit__(None, None, None)
        else:
            entered.set_result(None)

    def enter() -> None:  # in the thread
        lock.__enter__()
        with guard:
            give_back = abandoned
            if not give_back:
                try:
                    loop.call_soon_threadsafe(hand_over)
                except RuntimeError:  # the loop is closed
                    give_back = True
        if give_back:
            lock.__exit__(None, None, None)

    threading.Thread(target=enter, name="beam-ai token cache lock", daemon=True).start()
    try:
        await entered
    except BaseException:
        with guard:
            abandoned = True
        if entered.done() and not entered.cancelled():
            lock.__exit__(None, None, None)  # handed over just as this waiter gave up
        raise


def cache_key(api_key: str, base_url: httpx.URL) -> str:
    """A key naming (API, key) without containing the key: a SHA-256 digest of both."""
    digest = hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()
    return f"beam-token-{digest[:40]}"


def make_private_folders(folder: Path) -> None:
    """Create `folder` and each missing parent owner-only (0700), not only the last one."""
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            path.mkdir(mode=0o700)
            os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask


class FileLock:
    """An exclusive `flock` on a file, released when closed (or when the process dies)."""

    def __init__(self, folder: Path, path: Path) -> None:
        self._folder = folder
        self._path = path
        self._fd: int | None = None

    def acquire(self, blocking: bool = True) -> bool:
        import fcntl

        make_private_folders(self._folder)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the lock

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


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

    def lock(self, key: str) -> FileLock:
        """The `flock` guarding the file; `acquire(blocking=False)` lets a caller bound its wait."""
        return FileLock(self.path.parent, self.lock_path)

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
