"""Behaviours users rely on that a planted bug once slipped past the whole suite; each pinned here.

(The retry-deadline slack pin is tested with the rate limiter, in its own module.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response
from test_batch_engine import Clock, MemoryTasks, engine, open_store, tickets

from beam_ai import InternalServerError
from beam_ai.batch import RowState
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer
from beam_ai_api.surface.operations import OPERATIONS

MakeDriver = Callable[..., Driver]


def test_a_stored_answer_is_not_sent_again_to_a_task_that_no_longer_waits(tmp_path: Path) -> None:
    """The run sent the answer, then died before recording it: the resumed run must not resend it."""
    clock = Clock()
    api = MemoryTasks(clock)
    store = open_store(tmp_path, tickets(1, r0=" [input]"))
    asyncio.run(engine(api, store, clock).run())
    row = store.row("r0")
    assert row.state is RowState.PARKED and row.task_id is not None
    store.set_answer("r0", "ACME Corp")
    api.tasks[row.task_id]["status"] = "COMPLETED"  # the answer reached the server before the crash

    summary = asyncio.run(engine(api, store, clock).run())
    assert api.answers == []
    assert summary.done == 1 and store.row("r0").state is RowState.DONE
    assert len(api.create_calls) == 1


def test_after_the_token_endpoint_fails_once_later_calls_exchange_again_and_succeed(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    fake_beam.faults.add("server_error", method="POST", path="/auth/access-token", times=1)
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        max_retries=0,
    )
    with pytest.raises(InternalServerError):
        driver.request("GET", "/v2/user/me")
    assert driver.request("GET", "/v2/user/me").status_code == 200  # recovered: nothing re-raised
    assert driver.request("GET", "/v2/user/me").status_code == 200
    assert fake_beam.requests.count("POST", "/auth/access-token") == 2  # one failed, one that worked


def test_every_list_all_asks_for_the_largest_page_its_operation_allows() -> None:
    paginated = [op for op in OPERATIONS.values() if op.pagination is not None]
    assert paginated
    for operation in paginated:
        assert operation.pagination is not None
        (size,) = (p for p in operation.parameters if p.argument == operation.pagination.size)
        if "maximum" in size.rules:
            assert operation.pagination.page_size == size.rules["maximum"], operation.operation_id


def test_list_all_sends_that_page_size(
    make_driver: MakeDriver, fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    )
    assert driver.collect(lambda c: c.agents.list_all())
    (size,) = (p for p in OPERATIONS["listAgents"].parameters if p.argument == "page_size")
    sent = fake_beam.requests.filter("GET", "/agent")
    assert sent and all(r.query.get("pageSize") == str(size.rules["maximum"]) for r in sent)


@pytest.mark.parametrize(
    ("task_id", "raw_path"),
    [
        ("a/b", b"/agent-tasks/a%2Fb"),
        ("../x", b"/agent-tasks/..%2Fx"),
        ("a/../../agent", b"/agent-tasks/a%2F..%2F..%2Fagent"),
        ("a?b#c", b"/agent-tasks/a%3Fb%23c"),
    ],
)
def test_a_path_id_with_a_slash_stays_inside_its_segment(
    make_driver: MakeDriver, task_id: str, raw_path: bytes
) -> None:
    seen: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return json_response(200, {"id": "t", "status": "COMPLETED"})

    driver = make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(handle).transport(),
    )
    driver.invoke(lambda c: c.agent_tasks.get(task_id))
    assert seen == [raw_path]
