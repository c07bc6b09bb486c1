"""FakeBeam: the handle tests hold. State, configuration, clock, faults and the request log."""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request

from ._auth import Principal, TokenIssuer
from ._clock import Clock, FakeClock
from ._faults import FaultRegistry
from ._ratelimit import RateLimit
from ._requestlog import RequestLog
from ._schema import JSON, Spec, shipped_spec
from ._seed import FAKE_API_KEY, FAKE_USER_ID, FAKE_WORKSPACE_ID
from ._state import Store
from ._tasks import TaskRecord

DEFAULT_TOKEN_TTL = 600.0  # the idToken field says "valid for 10 minutes"
KEEPALIVE_KINDS = frozenset({"comment", "empty_data", "replay"})


class ServerQuirks:
    """Behaviours of real deployments a client must survive, off by default (``fake.quirks``).

    - ``sse_keepalive``: while an update stream waits for the next status, send something every this
      many REAL seconds: ``sse_keepalive_kind`` ``"comment"`` (``: ping``, as sse-starlette does),
      ``"empty_data"`` (``data:`` with nothing) or ``"replay"`` (the last event again).
    - ``max_page_size``: list endpoints serve at most this many items per page, whatever ``pageSize``
      asked (below the documented maximum, as some gateways do).
    - ``read_lag``: ``GET /agent-tasks/{id}`` shows the task as it was this many seconds (on the fake's
      clock) ago: the read model behind the update stream.
    - ``full_bodies``: success bodies carry every field of their schema, made up where the fake has
      no value (as the fake served before it followed real servers in omitting them; see
      ``_serving``).
    - ``sparse_bodies``: success bodies carry only what the docs promise: optional fields and ids
      dropped, except what the client's calls need (see ``_body_shaping``).
    - ``future_bodies``: success bodies from a server ahead of the spec: unknown fields at every depth,
      enum values the spec does not list, a new terminal task status with ``endedAt``.
    - ``preferred_auth_only``: accept only each operation's first security alternative in the spec
      (a newer deployment: both the key and a token on ``/agent-graphs``).
    - ``refuse_api_key_on``: path prefixes whose routes refuse ``x-api-key`` with 403 but take the
      token (as some workspace reads do).
    """

    __slots__ = (
        "full_bodies",
        "future_bodies",
        "max_page_size",
        "preferred_auth_only",
        "read_lag",
        "refuse_api_key_on",
        "sparse_bodies",
        "sse_keepalive",
        "sse_keepalive_kind",
    )

    def __init__(self) -> None:
        self.sse_keepalive: float | None = None
        self.sse_keepalive_kind = "comment"
        self.max_page_size: int | None = None
        self.read_lag = 0.0
        self.full_bodies = False
        self.sparse_bodies = False
        self.future_bodies = False
        self.preferred_auth_only = False
        self.refuse_api_key_on: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        if name == "sse_keepalive_kind" and value not in KEEPALIVE_KINDS:
            raise ValueError(f"sse_keepalive_kind must be one of {sorted(KEEPALIVE_KINDS)}, got {value!r}")
        super().__setattr__(name, value)  # __slots__: a misspelt quirk raises AttributeError


class FakeBeam:
    """An in-memory Beam workspace, on a FAKE clock unless you pass ``clock=RealClock()``.

    The default clock is a :class:`FakeClock` that stands still: a task stays QUEUED, and its update
    stream waits, until time moves. Move it with ``fake.advance(seconds)``, or set
    ``fake.clock.autojump = True`` so every wait ends at once (the pytest plugin's ``beam`` and
    ``async_beam`` fixtures do), or serve real time with short durations:
    ``FakeBeam(clock=RealClock(), queue_seconds=0.05, run_seconds=0.1)`` (what
    ``python -m beam_ai.testing`` does, with 1 s and 2 s). A client sharing the fake clock reads
    token expiry and backoff from it: ``Beam(..., clock=fake.clock, sleep=fake.clock.sleep)``.

    ``token_ttl`` (seconds on ``clock``) bounds idToken lifetime; ``queue_seconds``/``run_seconds`` set how
    long a task stays QUEUED and IN_PROGRESS. ``spec`` is the OpenAPI document served (default: the one
    shipped with the generated package); operations without a hand-written route are answered from it.
    """

    api_key = FAKE_API_KEY
    workspace_id = FAKE_WORKSPACE_ID

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        queue_seconds: float = 1.0,
        run_seconds: float = 2.0,
        spec: JSON | None = None,
    ) -> None:
        self.spec = Spec(spec if spec is not None else shipped_spec())
        self.clock: Clock = clock if clock is not None else FakeClock()
        self.queue_seconds = queue_seconds
        self.run_seconds = run_seconds
        self._default_token_ttl = token_ttl
        self.store = Store()
        self.faults = FaultRegistry()
        self.quirks = ServerQuirks()
        #: Off until ``rate_limit.set(per_second=...)``: then a 429 with Retry-After past the rate.
        self.rate_limit = RateLimit(self.clock)
        self.requests = RequestLog()
        self.tokens = TokenIssuer(
            self.clock, {FAKE_API_KEY: Principal(FAKE_USER_ID, frozenset({FAKE_WORKSPACE_ID}))}, token_ttl
        )
        self.url: str | None = None
        #: Set by FakeBeamServer: aborts the TCP connection behind a request; False when it cannot.
        self.drop_connection: Callable[[Request], bool] = lambda request: False

    def __repr__(self) -> str:
        return f"FakeBeam(url={self.url!r}, workspace_id={self.workspace_id!r})"

    @property
    def token_ttl(self) -> float:
        return self.tokens.token_ttl

    @token_ttl.setter
    def token_ttl(self, seconds: float) -> None:
        self.tokens.token_ttl = seconds

    def reset(self) -> None:
        """Back to the seeded workspace: state, tokens, faults, request log and (fake) clock."""
        if isinstance(self.clock, FakeClock):
            self.clock.reset()
        self.store.reset()
        self.faults.clear()
        self.quirks = ServerQuirks()
        self.rate_limit.set(None)
        self.requests.clear()
        self.tokens.reset(self._default_token_ttl)

    def advance(self, seconds: float) -> None:
        """Move the fake clock; only meaningful with a :class:`FakeClock`."""
        if not isinstance(self.clock, FakeClock):
            raise TypeError("advance() needs a FakeClock")
        self.clock.advance(seconds)

    def refresh_task(self, task: TaskRecord) -> TaskRecord:
        """Bring a task's status up to the clock's current time."""
        task.advance(self.clock.now(), self.queue_seconds, self.run_seconds)
        return task

    def refresh_tasks(self) -> None:
        with self.store.lock:
            for task in self.store.tasks.values():
                self.refresh_task(task)

    def task_status(self, task_id: str) -> str:
        with self.store.lock:
            return self.refresh_task(self.store.task(task_id)).status
