"""Running and following tasks (`agent_tasks.run/wait/stream`) against the fake Beam server.

Every scenario runs on `Beam` and `AsyncBeam` alike (the `make_driver` fixture). Time never really
passes: the fake's tasks move on its FakeClock, the clients get a `sleep` that advances that clock
(so polling and backoff move time), and `on_event` handlers advance it by `STEP` per event so a
stream blocked on the clock gets its next status.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from drivers import Driver

from beam_ai import APIConnectionError, AsyncBeam, NotFoundError
from beam_ai._task_events import (
    FollowState,
    TaskEvent,
    classify_stream_error,
    is_terminal,
    is_waiting,
    normalize_status,
    reconnect_delay,
)
from beam_ai._task_follow import TaskTimeoutError, arun_task
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    SUPPORT_AGENT_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.api.agent_tasks import submit_user_input
from beam_ai_api.models import AgentTask, SubmitUserInputRequest, UserInputAnswer

MakeDriver = Callable[..., Driver]
STEP = 2.0  # >= the fake's QUEUED (1 s) and IN_PROGRESS (2 s) phases: each event unblocks the next
SSE_PATH = "/agent-tasks/*/updates"


class Recorder:
    """An `on_event` handler: records events and moves the fake clock on."""

    def __init__(self, fake: FakeBeam, step: float = STEP) -> None:
        self.fake, self.step = fake, step
        self.events: list[TaskEvent] = []

    def __call__(self, event: TaskEvent) -> None:
        self.events.append(event)
        self.fake.advance(self.step)

    @property
    def statuses(self) -> list[str]:
        return [e.status for e in self.events]


@pytest.fixture
def driver(make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
    )


def run(driver: Driver, query: str, **options: Any) -> AgentTask:
    """`agent_tasks.run` on the support agent, on whichever client the driver holds."""
    task = driver.invoke(lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, query, **options))
    assert isinstance(task, AgentTask)
    return task


def wait(driver: Driver, task_id: str, **options: Any) -> AgentTask:
    task = driver.invoke(lambda c: c.agent_tasks.wait(task_id, **options))
    assert isinstance(task, AgentTask)
    return task


def same_kind_sleep(driver: Driver, sleep: Callable[[float], None]) -> Any:
    """`sleep` as the driver's client wants it: a plain function, or a coroutine function."""
    if driver.kind == "sync":
        return sleep

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    return async_sleep


def async_beam(server: FakeBeamServer, fake: FakeBeam) -> AsyncBeam:
    async def sleep(seconds: float) -> None:
        fake.advance(seconds)

    return AsyncBeam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        sleep=sleep,
    )


def created_once(fake: FakeBeam) -> None:
    assert fake.requests.count("POST", "/agent-tasks") == 1


def sse_requests(fake: FakeBeam, task_id: str) -> int:
    return fake.requests.count("GET", f"/agent-tasks/{task_id}/updates")


def no_duplicates(events: list[TaskEvent]) -> None:
    statuses = [e.status for e in events]
    assert all(a != b for a, b in itertools.pairwise(statuses)), statuses


def create(driver: Driver, query: str = "x") -> str:
    created = driver.request(
        "POST", "/agent-tasks", json={"agentId": SUPPORT_AGENT_ID, "taskQuery": {"query": query}}
    )
    task_id = created.json()["id"]
    assert isinstance(task_id, str)
    return task_id


# -- against the fake, on both clients ------------------------------------------------------------------


def test_run_to_completed_reports_each_status_once_in_order(driver: Driver, fake_beam: FakeBeam) -> None:
    recorder = Recorder(fake_beam)
    task = run(driver, "Summarise tickets", on_event=recorder)
    assert task.status == "COMPLETED"
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    first, *streamed = recorder.events
    assert first.synthesized and first.task_id == task.id  # from the create response, no extra GET
    assert [(e.synthesized, e.event_id, e.message) for e in streamed] == [
        (False, "2", "Task is running"),
        (False, "3", "Task completed"),
    ]
    assert all(e.task_id == task.id for e in recorder.events)
    created_once(fake_beam)
    assert sse_requests(fake_beam, str(task.id)) == 1
    updates = fake_beam.requests.filter("GET", f"/agent-tasks/{task.id}/updates")[0]
    assert updates.headers.get("current-workspace-id") == FAKE_WORKSPACE_ID
    assert "text/event-stream" in updates.headers.get("accept", "")


@pytest.mark.parametrize("after_events", [1, 2])
def test_cut_stream_resumes_without_duplicates_or_lost_statuses(
    driver: Driver, fake_beam: FakeBeam, after_events: int
) -> None:
    fake_beam.faults.add("sse_cut", path=SSE_PATH, times=1, after_events=after_events)
    recorder = Recorder(fake_beam)
    task = run(driver, "Summarise tickets", on_event=recorder)
    assert task.status == "COMPLETED"
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    # The status reached while disconnected came from a GET of the task; the replay added nothing.
    assert any(e.synthesized for e in recorder.events[1:])
    no_duplicates(recorder.events)
    created_once(fake_beam)
    assert sse_requests(fake_beam, str(task.id)) == (2 if after_events == 1 else 1)


@pytest.mark.parametrize(
    ("status", "sse_attempts"),
    [(501, 1), (404, 1), (405, 1), (503, 2)],
    ids=["501", "404", "405", "503-repeated"],
)
def test_without_a_stream_polling_reaches_the_terminal_status(
    driver: Driver, fake_beam: FakeBeam, status: int, sse_attempts: int
) -> None:
    fake_beam.faults.add("server_error", method="GET", path=SSE_PATH, status=status)
    recorder = Recorder(fake_beam, step=0)  # only the client's injected sleep moves time
    start = fake_beam.clock.now()
    task = run(driver, "Summarise tickets", on_event=recorder, max_reconnects=1)
    assert task.status == "COMPLETED"
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    assert all(e.synthesized for e in recorder.events)
    created_once(fake_beam)
    assert sse_requests(fake_beam, str(task.id)) == sse_attempts
    assert fake_beam.clock.now() - start >= 3  # the polling/backoff sleeps advanced the fake clock


def test_input_required_with_a_handler_submits_the_answer_and_completes(
    driver: Driver, fake_beam: FakeBeam
) -> None:
    asked: list[str | None] = []

    def answer(task: AgentTask) -> str:
        asked.append(task.status if isinstance(task.status, str) else None)
        return "ACME Corp"

    recorder = Recorder(fake_beam)
    task = run(driver, "[input] Draft a reply", on_event=recorder, on_input_required=answer)
    assert task.status == "COMPLETED"
    assert asked == ["USER_INPUT_REQUIRED"]
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", "USER_INPUT_REQUIRED", "IN_PROGRESS", "COMPLETED"]
    [submitted] = fake_beam.requests.filter("PATCH", f"/agent-tasks/execution/{task.id}/user-input")
    assert submitted.body == {"taskNodeId": f"tn-{task.id}-1", "userInputs": [{"answer": "ACME Corp"}]}
    created_once(fake_beam)


def test_input_required_without_a_handler_returns_the_waiting_task(
    driver: Driver, fake_beam: FakeBeam
) -> None:
    task = run(driver, "[input] Draft a reply", on_event=Recorder(fake_beam))
    assert task.status == "USER_INPUT_REQUIRED"
    assert task.id is not None
    body = SubmitUserInputRequest(
        task_node_id=f"tn-{task.id}-1", user_inputs=[UserInputAnswer(answer="ACME")]
    )
    driver.call(submit_user_input, task_id=task.id, body=body, current_workspace_id=FAKE_WORKSPACE_ID)
    recorder = Recorder(fake_beam)
    done = wait(driver, task.id, on_event=recorder)
    assert done.status == "COMPLETED"
    # The replayed history (with its old USER_INPUT_REQUIRED) is not reported again.
    assert recorder.statuses == ["IN_PROGRESS", "COMPLETED"]
    created_once(fake_beam)


@pytest.mark.parametrize(
    ("approve", "final", "path"), [(True, "COMPLETED", "user-consent"), (False, "STOPPED", "rejection")]
)
def test_consent_required_is_approved_or_rejected_by_the_handler(
    driver: Driver, fake_beam: FakeBeam, approve: bool, final: str, path: str
) -> None:
    recorder = Recorder(fake_beam)
    task = run(
        driver, "[consent] Send the invoice", on_event=recorder, on_consent_required=lambda task: approve
    )
    assert task.status == final
    expected = ["QUEUED", "IN_PROGRESS", "USER_CONSENT_REQUIRED"]
    assert recorder.statuses == expected + (["IN_PROGRESS", "COMPLETED"] if approve else ["STOPPED"])
    [answered] = fake_beam.requests.filter("POST", f"/agent-tasks/execution/{task.id}/{path}")
    nodes = task.agent_task_nodes
    assert isinstance(nodes, list)
    assert answered.body["taskNodeId"] == nodes[-1].id  # the fake asks for consent on the last node
    assert answered.body["taskId"] == task.id
    assert answered.body.get("consent", approve) is approve
    created_once(fake_beam)


def test_overall_timeout_raises_with_task_id_and_last_status(driver: Driver, fake_beam: FakeBeam) -> None:
    recorder = Recorder(fake_beam)
    with pytest.raises(TaskTimeoutError) as caught:
        run(driver, "Summarise tickets", timeout=3, on_event=recorder)
    error = caught.value
    assert error.last_status == "IN_PROGRESS" and error.timeout == 3
    assert recorder.events[0].task_id == error.task_id
    assert error.task_id in str(error) and "not cancelled" in str(error)
    created_once(fake_beam)
    # Not cancelled: the task still runs to completion on the server.
    assert wait(driver, error.task_id).status == "COMPLETED"


def test_timeout_while_polling(driver: Driver, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error", method="GET", path=SSE_PATH, status=501)
    recorder = Recorder(fake_beam, step=0)
    with pytest.raises(TaskTimeoutError) as caught:
        run(driver, "x", timeout=2.5, poll_interval=2, on_event=recorder)
    assert caught.value.last_status == "IN_PROGRESS"
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS"]
    created_once(fake_beam)


@pytest.mark.parametrize(
    ("marker", "status"),
    [("[fail]", "FAILED"), ("[error]", "ERROR"), ("[stop]", "STOPPED"), ("[timeout]", "TIMEOUT")],
)
def test_unsuccessful_task_is_returned_not_raised(
    driver: Driver, fake_beam: FakeBeam, marker: str, status: str
) -> None:
    recorder = Recorder(fake_beam)
    task = run(driver, f"{marker} Summarise", on_event=recorder)
    assert task.status == status
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", status]
    created_once(fake_beam)


def test_stream_of_a_finished_task_is_its_final_state_without_streaming(
    driver: Driver, fake_beam: FakeBeam
) -> None:
    task = run(driver, "Summarise", on_event=Recorder(fake_beam))
    assert task.id is not None
    task_id = task.id
    streams = sse_requests(fake_beam, task_id)
    events = driver.collect(lambda c: c.agent_tasks.stream(task_id))
    assert [(e.status, e.synthesized) for e in events] == [("COMPLETED", True)]
    assert sse_requests(fake_beam, task_id) == streams


def test_stream_follows_a_live_task(driver: Driver, fake_beam: FakeBeam) -> None:
    task_id = create(driver)
    events = driver.collect(lambda c: c.agent_tasks.stream(task_id), each=lambda e: fake_beam.advance(STEP))
    assert [(e.status, e.synthesized) for e in events] == [
        ("QUEUED", True),
        ("IN_PROGRESS", False),
        ("COMPLETED", False),
    ]
    created_once(fake_beam)


def test_waiting_task_answered_by_hand_is_followed_to_the_end(driver: Driver, fake_beam: FakeBeam) -> None:
    waiting = run(driver, "[consent] x", on_event=Recorder(fake_beam))
    assert waiting.status == "USER_CONSENT_REQUIRED" and waiting.id is not None
    task_id = waiting.id
    driver.invoke(lambda c: c.agent_tasks.consent(waiting, approve=True))
    events = driver.collect(lambda c: c.agent_tasks.stream(task_id), each=lambda e: fake_beam.advance(STEP))
    assert [e.status for e in events] == ["IN_PROGRESS", "COMPLETED"]
    recorder = Recorder(fake_beam)
    assert wait(driver, task_id, on_event=recorder).status == "COMPLETED"
    assert recorder.statuses == ["COMPLETED"]
    created_once(fake_beam)


def test_create_with_unknown_outcome_is_not_retried(driver: Driver, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("drop_after", method="POST", path="/agent-tasks", times=1)
    before = len(fake_beam.store.tasks)
    with pytest.raises(APIConnectionError) as caught:
        run(driver, "Summarise", on_event=Recorder(fake_beam))
    assert caught.value.outcome_unknown
    created_once(fake_beam)
    assert len(fake_beam.store.tasks) == before + 1  # the server did act, once


def test_unknown_task_raises_not_found(driver: Driver) -> None:
    with pytest.raises(NotFoundError):
        wait(driver, "no-such-task")


def test_explicit_clock_and_sleep_arguments_win(driver: Driver, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("server_error", method="GET", path=SSE_PATH, status=501)
    task_id = create(driver)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        fake_beam.advance(seconds)

    chosen = same_kind_sleep(driver, sleep)
    task = wait(driver, task_id, poll_interval=1.5, clock=fake_beam.clock.now, sleep=chosen)
    assert task.status == "COMPLETED"
    assert slept == [1.5, 1.5]


# -- a server whose "stream" is plain JSON, or goes quiet ------------------------------------------------


def _mock_driver(
    make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response], **kw: Any
) -> Driver:
    return make_driver(
        api_key="bm_key_test",
        workspace_id="ws",
        base_url="http://127.0.0.1:9",
        auth_mode="api_key",
        transport=httpx.MockTransport(handler),
        **kw,
    )


def test_non_event_stream_content_type_falls_back_to_polling(make_driver: MakeDriver) -> None:
    polls = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/updates"):
            return httpx.Response(200, json={"status": "COMPLETED"})
        polls.append(request.url.path)
        return httpx.Response(200, json={"id": "t1", "status": "completed" if len(polls) > 1 else "running"})

    driver = _mock_driver(make_driver, handler, sleep=lambda s: None)
    events = driver.collect(lambda c: c.agent_tasks.stream("t1"))
    assert [e.status for e in events] == ["RUNNING", "COMPLETED"]
    assert polls == ["/agent-tasks/t1", "/agent-tasks/t1"]


class _StalledStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One SSE event, then silence until the read timeout."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body
        raise httpx.ReadTimeout("no event for the whole read timeout")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body
        raise httpx.ReadTimeout("no event for the whole read timeout")


def test_silent_stream_reconnects_at_once_with_last_event_id(make_driver: MakeDriver) -> None:
    seen_headers: list[str | None] = []
    task = {"id": "t1", "status": "IN_PROGRESS", "updatedAt": "2027-01-15T08:00:00Z"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/updates"):
            seen_headers.append(request.headers.get("last-event-id"))
            if len(seen_headers) == 1:
                event = b'id: 7\ndata: {"status":"IN_PROGRESS","message":"step 1","timestamp":"2027-01-15T08:00:01Z"}\n\n'
                return httpx.Response(
                    200, headers={"content-type": "text/event-stream"}, stream=_StalledStream(event)
                )
            body = b'id: 8\ndata: {"status":"COMPLETED","timestamp":"2027-01-15T08:00:02Z"}\n\n'
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        return httpx.Response(200, json=task)

    slept: list[float] = []
    driver = _mock_driver(make_driver, handler, sleep=slept.append)
    events = driver.collect(lambda c: c.agent_tasks.stream("t1", max_reconnects=0))
    assert [(e.status, e.message, e.event_id) for e in events] == [
        ("IN_PROGRESS", None, None),
        ("IN_PROGRESS", "step 1", "7"),
        ("COMPLETED", None, "8"),
    ]
    assert seen_headers == [None, "7"]
    assert slept == []  # an idle stream is not a failure: no backoff, no fallback to polling


# -- async only: coroutine handlers are awaited ---------------------------------------------------------


def test_async_event_handler_is_awaited(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("sse_cut", path=SSE_PATH, times=1, after_events=1)
    recorder = Recorder(fake_beam)

    async def on_event(event: TaskEvent) -> None:
        recorder(event)

    async def main() -> AgentTask:
        async with async_beam(fake_beam_server, fake_beam) as client:
            return await arun_task(client, agent_id=SUPPORT_AGENT_ID, query="Summarise", on_event=on_event)

    task = asyncio.run(main())
    assert task.status == "COMPLETED"
    assert recorder.statuses == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    created_once(fake_beam)


def test_async_input_and_consent_handlers_are_awaited(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    async def answer(task: AgentTask) -> str:
        return "ACME Corp"

    async def approve(task: AgentTask) -> bool:
        return True

    async def main() -> tuple[AgentTask, AgentTask]:
        async with async_beam(fake_beam_server, fake_beam) as client:
            asked = await arun_task(
                client,
                agent_id=SUPPORT_AGENT_ID,
                query="[input] x",
                on_event=Recorder(fake_beam),
                on_input_required=answer,
            )
            approved = await arun_task(
                client,
                agent_id=SUPPORT_AGENT_ID,
                query="[consent] x",
                on_event=Recorder(fake_beam),
                on_consent_required=approve,
            )
            return asked, approved

    asked, approved = asyncio.run(main())
    assert (asked.status, approved.status) == ("COMPLETED", "COMPLETED")
    assert fake_beam.requests.count("POST", "/agent-tasks") == 2  # one per run
    assert fake_beam.requests.count("PATCH", f"/agent-tasks/execution/{asked.id}/user-input") == 1
    assert fake_beam.requests.count("POST", f"/agent-tasks/execution/{approved.id}/user-consent") == 1


# -- the shared, I/O-free logic -------------------------------------------------------------------------


def _sse(seq: int, status: str, at: int, **extra: Any) -> dict[str, Any]:
    stamp = datetime.fromtimestamp(1_800_000_000 + at, UTC).isoformat().replace("+00:00", "Z")
    payload = {"taskId": "t", "status": status, "timestamp": stamp, "sequence": seq, **extra}
    return {"data": json.dumps(payload), "event_id": str(seq)}


def test_statuses_are_classified_in_any_case() -> None:
    assert normalize_status(" in-progress ") == "IN_PROGRESS"
    assert normalize_status("canceled") == "CANCELLED"
    assert normalize_status("") is None and normalize_status(None) is None
    assert is_terminal("completed") and is_terminal("FAILED") and is_terminal("Cancelled")
    assert not is_terminal("pending") and not is_terminal("running") and not is_terminal("QUEUED")
    assert is_waiting("user_input_required") and is_waiting("USER_CONSENT_REQUIRED")
    assert not is_waiting("IN_PROGRESS")


def test_replayed_history_is_dropped_and_new_events_kept() -> None:
    state = FollowState("t", None, None, 3)
    first = [state.from_stream(**_sse(1, "QUEUED", 0)), state.from_stream(**_sse(2, "IN_PROGRESS", 1))]
    assert [e.status for e in first if e] == ["QUEUED", "IN_PROGRESS"]
    replay = [state.from_stream(**_sse(n, s, t)) for n, s, t in [(1, "QUEUED", 0), (2, "IN_PROGRESS", 1)]]
    assert replay == [None, None]
    done = state.from_stream(**_sse(3, "completed", 3))
    assert done is not None and done.status == "COMPLETED" and done.is_terminal and state.finished
    assert state.last_event_id == "3"


def test_events_without_ids_are_deduplicated_by_payload() -> None:
    state = FollowState("t", None, None, 3)
    data = json.dumps({"status": "IN_PROGRESS", "message": "node 1 done"})
    assert state.from_stream(data=data) is not None
    assert state.from_stream(data=data) is None
    progress = state.from_stream(data=json.dumps({"message": "node 2 done"}))
    assert progress is not None and progress.status == "IN_PROGRESS"  # carries the last status
    assert state.from_stream(data="") is None  # keep-alive
    assert state.from_stream(data="not json") is None  # malformed: skipped (tests/test_reliability_events.py)


def test_stream_events_older_than_a_fetched_state_are_stale() -> None:
    task = AgentTask.from_dict({"id": "t1", "status": "IN_PROGRESS", "updatedAt": "2027-01-15T08:00:01Z"})
    state = FollowState("t", None, None, 3)
    fetched = state.from_task(task)
    assert fetched is not None and fetched.synthesized and fetched.raw["status"] == "IN_PROGRESS"
    assert state.from_task(task) is None  # unchanged status: no event
    old = '{"status":"USER_INPUT_REQUIRED","timestamp":"2027-01-15T08:00:00Z"}'
    assert state.from_stream(data=old, event_id="3") is None
    new = state.from_stream(data='{"status":"COMPLETED","timestamp":"2027-01-15T08:00:05Z"}', event_id="5")
    assert new is not None and new.status == "COMPLETED"


def test_synthesized_status_absorbs_its_streamed_twin_without_timestamps() -> None:
    state = FollowState("t", None, None, 3)
    assert state.from_task(AgentTask.from_dict({"id": "t1", "status": "IN_PROGRESS"})) is not None
    assert state.from_stream(data='{"status":"IN_PROGRESS"}') is None
    progress = state.from_stream(data='{"status":"IN_PROGRESS","message":"node 2"}')
    assert progress is not None  # only one twin is absorbed
    assert state.from_stream(data='{"status":"COMPLETED"}') is not None


def test_backoff_budget_and_deadline() -> None:
    assert [reconnect_delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0]
    state = FollowState("t", deadline=10.0, timeout=10.0, max_reconnects=2)
    assert [state.next_reconnect_delay() for _ in range(3)] == [0.5, 1.0, None]
    assert state.pause(5.0, now=8.0) == 2.0
    state.check_deadline(9.9)
    with pytest.raises(TaskTimeoutError):
        state.check_deadline(10.0)


def test_stream_errors_are_classified() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/agent-tasks/t/updates")
    assert classify_stream_error(httpx.RemoteProtocolError("cut", request=request)) == "transient"
    assert classify_stream_error(httpx.ReadTimeout("silent", request=request)) == "idle"
    from beam_ai._errors import status_error

    def status(code: int) -> str:
        response = httpx.Response(code, request=request, content=b"{}")
        return classify_stream_error(status_error(response))

    assert [status(c) for c in (404, 405, 501, 502, 503, 429, 401, 403)] == [
        "unavailable",
        "unavailable",
        "unavailable",
        "transient",
        "transient",
        "transient",
        "fatal",
        "fatal",
    ]
