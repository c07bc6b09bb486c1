"""`agent_tasks.answer` / `.consent`: answer a waiting task without knowing its node ids; their
arguments and per-call extras refused before anything is sent, their `with_raw_response` twins, and
`run`'s extras (sent with its create)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from drivers import Driver

from beam_ai import AsyncBeam, Beam, BeamValidationError
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, SUPPORT_AGENT_ID, FakeBeam, FakeBeamServer
from beam_ai.testing._requestlog import LoggedRequest
from beam_ai_api.models import AgentTask, MinimalAgentTask
from beam_ai_api.namespace import RawResponse


def _settings(fake: FakeBeam, server: FakeBeamServer) -> dict[str, object]:
    return {
        "api_key": FAKE_API_KEY,
        "workspace_id": FAKE_WORKSPACE_ID,
        "base_url": server.url,
        "clock": fake.clock.now,
    }


@pytest.mark.parametrize(
    ("query", "respond", "final"),
    [
        ("[input] which account?", lambda tasks, task: tasks.answer(task, "ACME"), "COMPLETED"),
        ("[consent] refund?", lambda tasks, task: tasks.consent(task, approve=True), "COMPLETED"),
        ("[consent] refund?", lambda tasks, task: tasks.consent(task, approve=False), None),
    ],
)
def test_sync_answers_move_the_task_on(
    fake_beam: FakeBeam, fake_beam_server: FakeBeamServer, query: str, respond: object, final: str | None
) -> None:
    with Beam(**_settings(fake_beam, fake_beam_server)) as beam:  # type: ignore[arg-type]
        created = beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=query)
        fake_beam.advance(10)
        waiting = beam.agent_tasks.get(str(created.id))
        assert str(waiting.status).endswith("_REQUIRED")
        respond(beam.agent_tasks, waiting)  # type: ignore[operator]
        fake_beam.advance(10)
        after = beam.agent_tasks.get(str(created.id))
    assert after.status != waiting.status
    if final is not None:
        assert after.status == final


def test_async_answer_and_consent(fake_beam: FakeBeam, fake_beam_server: FakeBeamServer) -> None:
    async def scenario() -> list[str]:
        async with AsyncBeam(**_settings(fake_beam, fake_beam_server)) as beam:  # type: ignore[arg-type]
            finals = []
            for query in ("[input] which?", "[consent] ok?"):
                created = await beam.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=query)
                fake_beam.advance(10)
                waiting = await beam.agent_tasks.get(str(created.id))
                if waiting.status == "USER_INPUT_REQUIRED":
                    await beam.agent_tasks.answer(waiting, "yes")
                else:
                    await beam.agent_tasks.consent(waiting, approve=True)
                fake_beam.advance(10)
                finals.append(str((await beam.agent_tasks.get(str(created.id))).status))
            return finals

    assert asyncio.run(scenario()) == ["COMPLETED", "COMPLETED"]


# -- refused before sending, extras and raw twins, on both clients ------------------------------------

EXECUTION_PREFIX = "/agent-tasks/execution/"
RESPONSES = {  # how each helper is called on a waiting task, plain or through `with_raw_response`
    "answer": lambda tasks, task, **extra: tasks.answer(task, "ACME", **extra),
    "approve": lambda tasks, task, **extra: tasks.consent(task, approve=True, **extra),
    "reject": lambda tasks, task, **extra: tasks.consent(task, approve=False, **extra),
}
QUERIES = {"answer": "[input] which account?", "approve": "[consent] refund?", "reject": "[consent] refund?"}


@pytest.fixture
def driver(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
        sleep=fake_beam.advance,
    )


def _answers_sent(fake: FakeBeam) -> list[LoggedRequest]:
    return [request for request in fake.requests if request.path.startswith(EXECUTION_PREFIX)]


def _waiting_task(driver: Driver, fake: FakeBeam, query: str) -> tuple[Any, Any, AgentTask]:
    """A task that waits for someone: as `create` returned it, as `list` shows it, as `get` reads it."""
    created = driver.invoke(lambda c: c.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query=query))
    fake.advance(10)
    listing = driver.invoke(lambda c: c.agent_tasks.list(agent_id=SUPPORT_AGENT_ID))
    (listed,) = [task for group in listing.data for task in group.tasks if task.id == created.id]
    read = driver.invoke(lambda c: c.agent_tasks.get(str(created.id)))
    assert str(read.status).endswith("_REQUIRED")
    return created, listed, read


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize("helper", sorted(RESPONSES))
def test_a_task_without_its_nodes_is_refused_naming_task_before_anything_is_sent(
    driver: Driver, fake_beam: FakeBeam, helper: str, raw: bool
) -> None:
    fake_beam.quirks.sparse_bodies = True  # created and listed tasks carry no nodes, as the docs allow
    created, listed, read = _waiting_task(driver, fake_beam, QUERIES[helper])
    respond = RESPONSES[helper]

    def tasks(client: Any) -> Any:
        return client.agent_tasks.with_raw_response if raw else client.agent_tasks

    for sparse in (created, listed):
        assert sparse.agent_task_nodes is None
        with pytest.raises(BeamValidationError) as refused:
            driver.invoke(lambda c, task=sparse: respond(tasks(c), task))
        assert refused.value.field == "task"
        assert "no task nodes" in str(refused.value) and "get(task_id)" in str(refused.value)
    assert _answers_sent(fake_beam) == []
    driver.invoke(lambda c: respond(tasks(c), read))  # the task get() returns names its waiting node
    assert len(_answers_sent(fake_beam)) == 1


def test_a_task_whose_nodes_all_finished_is_refused_naming_task(driver: Driver, fake_beam: FakeBeam) -> None:
    _, _, read = _waiting_task(driver, fake_beam, QUERIES["answer"])
    nodes = [attrs.evolve(node, status="COMPLETED") for node in read.agent_task_nodes or []]
    stale = attrs.evolve(read, status="IN_PROGRESS", agent_task_nodes=nodes)
    with pytest.raises(BeamValidationError, match="no unfinished task node") as refused:
        driver.invoke(lambda c: c.agent_tasks.answer(stale, "ACME"))
    assert refused.value.field == "task"
    assert _answers_sent(fake_beam) == []


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda tasks, task: tasks.answer(str(task.id), "ACME"), "task", "not its id"),
        (lambda tasks, task: tasks.consent(str(task.id), approve=True), "task", "not its id"),
        (lambda tasks, task: tasks.answer(None, "ACME"), "task", "must be an AgentTask"),
        (lambda tasks, task: tasks.answer(task, 42), "answer", "answer text or a list"),
        (lambda tasks, task: tasks.answer(task, None), "answer", "answer text or a list"),
        (lambda tasks, task: tasks.answer(task, ["ACME"]), "answer[0]", "UserInputAnswer"),
        (lambda tasks, task: tasks.consent(task, approve="no"), "approve", "True or False"),
        (lambda tasks, task: tasks.consent(task, approve=None), "approve", "True or False"),
    ],
)
def test_bad_arguments_of_answer_and_consent_are_refused_before_sending(
    driver: Driver, fake_beam: FakeBeam, call: Any, field: str, message: str
) -> None:
    _, _, read = _waiting_task(driver, fake_beam, "[consent] refund?")
    with pytest.raises(BeamValidationError, match=message) as refused:
        driver.invoke(lambda c: call(c.agent_tasks, read))
    assert refused.value.field == field
    assert _answers_sent(fake_beam) == []  # `approve="no"` is not sent as an approval


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize("helper", sorted(RESPONSES))
def test_answer_and_consent_send_the_extras_beside_the_documented_request(
    driver: Driver, fake_beam: FakeBeam, helper: str, raw: bool
) -> None:
    _, _, read = _waiting_task(driver, fake_beam, QUERIES[helper])
    extra = {"extra_headers": {"x-trace": "t1"}, "extra_query": {"preview": "1"}, "extra_body": {"note": "n"}}
    driver.invoke(
        lambda c: RESPONSES[helper](c.agent_tasks.with_raw_response if raw else c.agent_tasks, read, **extra)
    )
    (sent,) = _answers_sent(fake_beam)
    assert sent.headers["x-trace"] == "t1" and sent.query == {"preview": "1"}
    assert sent.body["note"] == "n"
    (waiting,) = [node.id for node in read.agent_task_nodes or [] if node.status == read.status]
    assert sent.body["taskNodeId"] == waiting  # the documented body is kept
    assert sent.status is not None and 200 <= sent.status < 300


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"extra_headers": {"x-api-key": "other"}}, "extra_headers"),
        ({"extra_headers": {"x-note": "a\r\nx-api-key: stolen"}}, "extra_headers"),
        ({"extra_query": {"q": object()}}, "extra_query"),
        ({"extra_body": {"when": object()}}, "extra_body"),
    ],
)
@pytest.mark.parametrize("helper", sorted(RESPONSES))
def test_bad_extras_of_answer_and_consent_are_refused_before_sending(
    driver: Driver, fake_beam: FakeBeam, helper: str, extra: dict[str, Any], field: str
) -> None:
    _, _, read = _waiting_task(driver, fake_beam, QUERIES[helper])
    for raw in (False, True):
        with pytest.raises(BeamValidationError) as refused:
            driver.invoke(
                lambda c, raw=raw: RESPONSES[helper](
                    c.agent_tasks.with_raw_response if raw else c.agent_tasks, read, **extra
                )
            )
        assert refused.value.field == field
        assert "stolen" not in str(refused.value)
    assert _answers_sent(fake_beam) == []


@pytest.mark.parametrize(
    ("helper", "parsed"), [("answer", MinimalAgentTask), ("approve", AgentTask), ("reject", AgentTask)]
)
def test_raw_twins_return_the_response_as_it_came(
    driver: Driver, fake_beam: FakeBeam, helper: str, parsed: type
) -> None:
    _, _, read = _waiting_task(driver, fake_beam, QUERIES[helper])
    raw = driver.invoke(lambda c: RESPONSES[helper](c.agent_tasks.with_raw_response, read))
    assert isinstance(raw, RawResponse)
    assert 200 <= raw.status_code < 300 and raw.request_id == raw.headers["x-request-id"]
    assert raw.http_response.request.url.path.startswith(EXECUTION_PREFIX + str(read.id))
    task = raw.parse()
    assert isinstance(task, parsed) and task.id == read.id and task.status != read.status
    assert task._request_id == raw.request_id


def test_run_sends_the_extras_with_the_create_only(driver: Driver, fake_beam: FakeBeam) -> None:
    task = driver.invoke(
        lambda c: c.agent_tasks.run(
            SUPPORT_AGENT_ID,
            "hello",
            on_event=lambda event: fake_beam.advance(2.0),
            extra_headers={"x-trace": "r1"},
            extra_query={"preview": "1"},
            extra_body={"priority": 3},
        )
    )
    assert task.status == "COMPLETED"
    (created,) = fake_beam.requests.filter("POST", "/agent-tasks")
    assert created.headers["x-trace"] == "r1" and created.query == {"preview": "1"}
    assert created.body["priority"] == 3 and created.body["taskQuery"] == {"query": "hello"}
    follow = [request for request in fake_beam.requests if request.path.startswith(f"/agent-tasks/{task.id}")]
    assert follow and all("x-trace" not in request.headers and not request.query for request in follow)


@pytest.mark.parametrize(
    "extra",
    [{"extra_headers": {"authorization": "Bearer other"}}, {"extra_body": {"x": object()}}],
)
def test_run_refuses_bad_extras_before_creating_the_task(
    driver: Driver, fake_beam: FakeBeam, extra: dict[str, Any]
) -> None:
    with pytest.raises(BeamValidationError) as refused:
        driver.invoke(lambda c: c.agent_tasks.run(SUPPORT_AGENT_ID, "hello", **extra))
    assert refused.value.field == next(iter(extra))
    assert fake_beam.requests.filter("POST", "/agent-tasks") == []
