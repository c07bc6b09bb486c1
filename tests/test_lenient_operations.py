"""Every operation, `list_all`, `run`/`wait` and the CLI, on both clients, against a fake whose bodies
are as sparse as the vendor docs allow (`quirks.sparse_bodies`) or come from a server ahead of the spec
(`quirks.future_bodies`: unknown fields at every depth, enum values the spec does not list, a new
terminal task status with `endedAt`).

The operations come from the spec (`beam_ai_api.surface.operations.OPERATIONS`); how each is called is
`test_namespaces.case_for` (a hand-written case, or one derived from the spec). Lenient (the default),
every call returns the documented type; `strict_responses=True` fails naming the model and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from drivers import Driver
from test_namespaces import DONE_TASK, EDGE_1, case_for

from beam_ai import APIResponseValidationError, Beam
from beam_ai.cli import ExitCode, main
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INVOICE_VIEW_ID,
    SEEDED_CONTEXT_FILE_ID,
    SUPPORT_AGENT_ID,
    VENDOR_LINK_COLUMN_ID,
    FakeBeam,
    FakeBeamServer,
    RealClock,
)
from beam_ai.testing._body_shaping import FUTURE_FIELD, FUTURE_STATUS
from beam_ai_api import models
from beam_ai_api.surface.operations import OPERATIONS, RESPONSES

MakeDriver = Callable[..., Driver]
KNOBS = ("sparse_bodies", "future_bodies")
POLL = 1.5  # seconds between polls, on the fake's clock
STEP = 2.0  # an on_event handler moves the fake clock this far (>= a task's QUEUED and IN_PROGRESS phases)


def _driver(make_driver: MakeDriver, server: FakeBeamServer, fake: FakeBeam, **options: Any) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        sleep=fake.advance,
        **options,
    )


def _is_documented(result: Any, operation_id: str) -> bool:
    """The result has the type the spec documents for the operation (anything for undocumented bodies)."""
    documented = RESPONSES.get(operation_id)
    if documented is None:
        return True
    if documented.startswith("list["):
        item = getattr(models, documented[5:-1])
        return isinstance(result, list) and all(isinstance(x, item) for x in result)
    return isinstance(result, getattr(models, documented))


def _from_the_future(result: Any) -> bool:
    """The fake's future knob was on: the model (or a list's first item) kept the field it added."""
    first = result[0] if isinstance(result, list) and result else result
    extra = getattr(first, "additional_properties", None)
    return extra is None or FUTURE_FIELD in extra


@pytest.mark.parametrize("knob", KNOBS)
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_returns_its_model(
    operation_id: str,
    knob: str,
    make_driver: MakeDriver,
    fake_beam_server: FakeBeamServer,
    fake_beam: FakeBeam,
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    setattr(fake_beam.quirks, knob, True)
    result = driver.invoke(lambda c: case_for(operation_id).call(c, fake_beam))
    assert _is_documented(result, operation_id), result
    if knob == "future_bodies":
        assert _from_the_future(result), result


def test_sparse_bodies_drop_what_the_docs_allow(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    """The knob really thins the bodies: optional fields and ids gone, what calls need kept."""
    fake_beam.quirks.sparse_bodies = True
    with Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    ) as client:
        agents = client.agents.list()
        task = client.agent_tasks.get(DONE_TASK)
    assert [a.id for a in agents.agents] == [None, None] and agents.agents[0].missing_fields == ("id",)
    assert agents.agents[0].name is None  # optional, dropped
    assert (task.id, task.status, task.agent_graph_id) == (DONE_TASK, "COMPLETED", None)


PAGE_ARGUMENTS: dict[str, dict[str, Any]] = {
    "listAgents": {},
    "listTasks": {},
    "listLatestExecutions": {"agent_id": SUPPORT_AGENT_ID},
    "listTaskNodesByTool": {"tool_function_name": "classify_ticket", "agent_id": SUPPORT_AGENT_ID},
    "listViews": {},
    "listViewRecords": {"view_id": INVOICE_VIEW_ID},
    "listLinkedRecords": {"view_id": INVOICE_VIEW_ID, "column_id": VENDOR_LINK_COLUMN_ID, "record_id": 1},
}
PAGINATED = sorted(op for op, entry in OPERATIONS.items() if entry.pagination is not None)


def test_page_arguments_cover_every_paginated_operation() -> None:
    assert sorted(PAGE_ARGUMENTS) == PAGINATED


def _list_all(client: Any, operation_id: str) -> Any:
    from test_namespaces import OPERATIONS as SPEC_OPERATIONS

    method = SPEC_OPERATIONS[operation_id][2]["x-beam-method"].replace("list", "list_all", 1)
    return getattr(getattr(client, OPERATIONS[operation_id].tag), method)(**PAGE_ARGUMENTS[operation_id])


@pytest.mark.parametrize("knob", KNOBS)
@pytest.mark.parametrize("operation_id", PAGINATED)
def test_list_all_pages_every_item(
    operation_id: str,
    knob: str,
    make_driver: MakeDriver,
    fake_beam_server: FakeBeamServer,
    fake_beam: FakeBeam,
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    plain = driver.collect(lambda c: _list_all(c, operation_id))
    setattr(fake_beam.quirks, knob, True)
    shaped = driver.collect(lambda c: _list_all(c, operation_id))
    assert plain and len(shaped) == len(plain)


@pytest.mark.parametrize("knob", KNOBS)
def test_run_and_wait_finish(
    knob: str, make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    setattr(fake_beam.quirks, knob, True)
    expected = FUTURE_STATUS if knob == "future_bodies" else "COMPLETED"
    task = driver.invoke(
        lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, "hello", on_event=lambda e: fake_beam.advance(STEP))
    )
    assert task.status == expected and task.id
    waited = driver.invoke(lambda c: c.agent_tasks.wait(DONE_TASK, poll_interval=POLL))
    assert (waited.id, waited.status) == (DONE_TASK, expected)


@pytest.mark.parametrize("knob", KNOBS)
def test_stream_ends_at_the_last_status(
    knob: str, make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    setattr(fake_beam.quirks, knob, True)
    events = driver.collect(lambda c: c.agent_tasks.stream(DONE_TASK))
    assert events[-1].status == (FUTURE_STATUS if knob == "future_bodies" else "COMPLETED")
    assert events[-1].is_terminal
    seen: list[Any] = []

    def on_event(event: Any) -> None:
        seen.append(event)
        fake_beam.advance(STEP)

    driver.invoke(lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, "hi", on_event=on_event))
    streamed = [e for e in seen if not e.synthesized]
    assert streamed
    if knob == "sparse_bodies":  # update events carry only their status
        assert all(set(e.raw) == {"status"} for e in streamed)
    else:
        assert all(FUTURE_FIELD in e.raw for e in streamed)


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "polling"])
def test_a_new_terminal_status_ends_the_run_within_one_poll_interval(
    stream: bool, make_driver: MakeDriver, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    """The task ends in a status the spec does not list, with `endedAt`: the run returns it at once
    (stream) or at the next poll (no stream), never at the timeout."""
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    fake_beam.quirks.future_bodies = True
    if not stream:
        fake_beam.faults.add("server_error", method="GET", path="/agent-tasks/*/updates", status=404)
    ended: list[float] = []

    def on_event(event: Any) -> None:
        if event.status == FUTURE_STATUS:
            ended.append(fake_beam.clock.now())
        fake_beam.advance(STEP if stream else 0)

    task = driver.invoke(
        lambda c: c.agent_tasks.run(
            SUPPORT_AGENT_ID, "hi", on_event=on_event, poll_interval=POLL, timeout=600
        )
    )
    assert task.status == FUTURE_STATUS and task.ended_at is not None
    (record,) = [t for t in fake_beam.store.tasks.values() if t.id == task.id]
    assert record.ended_at is not None
    assert ended and ended[0] - record.ended_at <= POLL


@pytest.mark.parametrize(
    ("knob", "call", "message"),
    [
        ("sparse_bodies", lambda c: c.agents.list(), "missing required field 'id' in Agent"),
        (
            "sparse_bodies",
            lambda c: c.agent_graphs.update_edge(EDGE_1, is_attachment_data_pulled_in=True),
            "missing required field 'id' in AgentGraphEdge",
        ),
        ("future_bodies", lambda c: c.agents.list(), f"AgentCategory.{FUTURE_FIELD} is not in the spec"),
        (
            "future_bodies",
            lambda c: c.context_files.get_download_url(SUPPORT_AGENT_ID, SEEDED_CONTEXT_FILE_ID),
            f"ContextFileDownloadLink.{FUTURE_FIELD} is not in the spec",
        ),
    ],
    ids=["sparse-list", "sparse-write", "future-list", "future-flat"],
)
def test_strict_mode_fails_naming_model_and_field(
    knob: str,
    call: Callable[[Any], Any],
    message: str,
    make_driver: MakeDriver,
    fake_beam_server: FakeBeamServer,
    fake_beam: FakeBeam,
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam, strict_responses=True)
    setattr(fake_beam.quirks, knob, True)
    with pytest.raises(APIResponseValidationError) as raised:
        driver.invoke(call)
    assert message in str(raised.value)
    assert raised.value.status_code in (200, 201)


# -- the CLI ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def quick_server() -> Iterator[FakeBeamServer]:
    with FakeBeamServer(FakeBeam(clock=RealClock(), queue_seconds=0.01, run_seconds=0.02)) as server:
        yield server


@pytest.mark.parametrize("knob", KNOBS)
def test_the_cli_runs_lists_and_gets(
    knob: str,
    quick_server: FakeBeamServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake = quick_server.fake
    fake.reset()
    setattr(fake.quirks, knob, True)
    monkeypatch.setenv("BEAM_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("BEAM_WORKSPACE_ID", FAKE_WORKSPACE_ID)
    monkeypatch.setenv("BEAM_BASE_URL", quick_server.url)
    assert main(["agents", "list"]) == ExitCode.OK
    ran = main(["tasks", "run", SUPPORT_AGENT_ID, "Summarise ticket 7", "--timeout", "30"])
    out = capsys.readouterr().out
    if knob == "future_bodies":  # over, in a status that is not COMPLETED: "did not complete"
        assert ran == ExitCode.TASK_NOT_COMPLETED and FUTURE_STATUS in out
    else:
        assert ran == ExitCode.OK and "COMPLETED" in out
    assert main(["--json", "tasks", "get", DONE_TASK]) == ExitCode.OK
    fake.reset()


def test_knobs_are_off_by_default(fake_beam: FakeBeam) -> None:
    assert not fake_beam.quirks.sparse_bodies and not fake_beam.quirks.future_bodies
