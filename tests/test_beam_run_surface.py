"""The 76 operations of Beam's own tooling (`x-beam-source: beam-run`): in the spec, on both clients,
with Beam's semantics where the fake has them (agents, task actions, triggers, webhooks, the inbox).
Each is also called on both clients against the fake by `test_namespaces.py` (derived from the spec)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from drivers import Driver

from beam_ai import BadRequestError, Beam, NotFoundError
from beam_ai.resources import AgentsResource
from beam_ai.testing import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_AGENT_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.surface.operations import OPERATIONS
from spec_tools import iter_operations

BEAM_RUN = {
    op["operationId"]: (method.upper(), path, op)
    for path, method, op in iter_operations()
    if "x-beam-source" in op
}
SAFETY_CLASSES = {"read", "reversible-write", "additive-write", "destructive-write", "external-effect"}


def test_the_spec_holds_every_operation_of_beams_tooling_with_its_provenance() -> None:
    assert len(BEAM_RUN) == 76
    for op_id, (_, _, op) in BEAM_RUN.items():
        assert op["x-beam-grade"] in {"catalog+code", "code-only"}, op_id
        assert op["x-beam-safety"] in SAFETY_CLASSES, op_id
        assert "Decision:" in op.get("x-beam-notes", ""), op_id  # maintainers' notes, never rendered
        assert "Decision:" not in op.get("description", ""), op_id
        assert op["security"], op_id
    assert sum(op["x-beam-grade"] == "code-only" for _, _, op in BEAM_RUN.values()) == 7


def test_every_operation_carries_a_safety_class() -> None:
    assert {op.safety for op in OPERATIONS.values()} <= SAFETY_CLASSES
    assert OPERATIONS["abortTask"].safety == "destructive-write"
    assert OPERATIONS["deleteAgent"].safety == "destructive-write"
    assert OPERATIONS["createTrigger"].safety == "external-effect"  # inferred: marked as such in the spec


def test_token_only_families_and_graphs_declare_their_security() -> None:
    token_only = {op_id for op_id, op in OPERATIONS.items() if op.security == (("BearerAuth",),)}
    assert token_only == {
        "deleteAgent",
        *(o for o in OPERATIONS if "Trigger" in o and o != "triggerWebhook"),
        "createWebhook",
        "getWebhook",
        "deleteWebhook",
        "listNotifications",
        "getUnreadNotificationCounts",
        "markNotificationRead",
        "deleteNotification",
    }
    graphs = {op.security for op in OPERATIONS.values() if op.path.startswith("/agent-graphs")}
    assert graphs == {(("ApiKeyAuth", "BearerAuth"), ("ApiKeyAuth",), ("BearerAuth",))}


def test_every_operation_of_beams_tooling_is_a_method() -> None:
    client = Beam(api_key="k", workspace_id="w")
    missing = [
        op_id
        for op_id, (_, _, op) in BEAM_RUN.items()
        if not callable(getattr(getattr(client, OPERATIONS[op_id].tag), op["x-beam-method"], None))
    ]
    assert missing == []


def test_transcribe_audio_uploads_the_file_as_the_cli_does(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    answer = driver.invoke(lambda c: c.agents.transcribe_audio(b"RIFF fake wave", filename="note.wav"))
    assert answer == {"text": "(transcript of note.wav, 14 bytes)"}  # the part the fake read: audioFile
    sent = fake_beam.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/agent/transcribe-audio")
    assert sent.headers["content-type"].startswith("multipart/form-data")


def _driver(make_driver: Callable[..., Driver], server: FakeBeamServer, fake: FakeBeam) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
    )


def test_get_and_delete_an_agent(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    agent = driver.invoke(lambda c: c.agents.get(INVOICE_AGENT_ID))
    assert (agent.id, agent.name) == (INVOICE_AGENT_ID, "Invoice Extractor")
    tools = driver.invoke(lambda c: c.agents.list_tools(INVOICE_AGENT_ID))
    assert tools and all("id" in tool for tool in tools)
    driver.invoke(lambda c: c.agents.delete(INVOICE_AGENT_ID))
    with pytest.raises(NotFoundError):
        driver.invoke(lambda c: c.agents.get(INVOICE_AGENT_ID))
    assert INVOICE_AGENT_ID not in {a.id for a in driver.invoke(lambda c: c.agents.list()).agents}


def test_abort_stops_a_running_task_with_its_reason(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    task = driver.invoke(lambda c: c.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="a long job"))
    driver.invoke(lambda c: c.agent_tasks.abort(task.id, reason="wrong input"))
    assert fake_beam.requests[-1].body == {"reason": "wrong input"}
    stopped = driver.invoke(lambda c: c.agent_tasks.get(task.id))
    assert stopped.status == "STOPPED"
    fake_beam.advance(10)  # a stopped task stays stopped
    assert fake_beam.task_status(task.id) == "STOPPED"
    with pytest.raises(BadRequestError):
        driver.invoke(lambda c: c.agent_tasks.abort(task.id, reason="again"))


def test_abort_requires_a_reason_before_sending() -> None:
    client = Beam(api_key="k", workspace_id="w")
    with pytest.raises(TypeError):
        client.agent_tasks.abort("t1")  # type: ignore[call-arg]
    assert "reason" in inspect.signature(client.agent_tasks.abort).parameters


def test_delete_removes_a_task_and_statuses_count_the_rest(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    before = driver.invoke(lambda c: c.agent_tasks.get_status_counts())
    driver.invoke(lambda c: c.agent_tasks.delete(SEEDED_TASK_IDS[0]))
    with pytest.raises(NotFoundError):
        driver.invoke(lambda c: c.agent_tasks.get(SEEDED_TASK_IDS[0]))
    after = driver.invoke(lambda c: c.agent_tasks.get_status_counts())
    assert sum(after.values()) == sum(before.values()) - 1
    only = driver.invoke(lambda c: c.agent_tasks.get_status_counts(agent_ids=[INVOICE_AGENT_ID]))
    assert only == {"USER_CONSENT_REQUIRED": 1, "USER_INPUT_REQUIRED": 1}
    assert fake_beam.requests[-1].query == {"agentIds": INVOICE_AGENT_ID}
    agents = driver.invoke(lambda c: c.agent_tasks.list_agents())
    assert {a["id"] for a in agents} == {SUPPORT_AGENT_ID, INVOICE_AGENT_ID}


def test_cancel_wait_takes_the_node_execution_id_and_resumes_the_task(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    task = driver.invoke(lambda c: c.agent_tasks.get(INPUT_WAITING_TASK_ID))
    node_id = task.agent_task_nodes[0].id
    with pytest.raises(NotFoundError):  # a task id is not a node-execution id
        driver.invoke(lambda c: c.agent_tasks.cancel_wait(INPUT_WAITING_TASK_ID, agent_id=INVOICE_AGENT_ID))
    driver.invoke(lambda c: c.agent_tasks.cancel_wait(node_id, agent_id=INVOICE_AGENT_ID))
    assert fake_beam.requests[-1].query == {"agentId": INVOICE_AGENT_ID}
    assert fake_beam.task_status(INPUT_WAITING_TASK_ID) == "IN_PROGRESS"
    parameters = inspect.signature(Beam(api_key="k", workspace_id="w").agent_tasks.cancel_wait).parameters
    assert list(parameters)[:2] == ["task_node_id", "agent_id"]


def test_triggers_persist_until_deleted(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    entry = "entry-node"
    created = driver.invoke(
        lambda c: c.triggers.create(
            title="Every hour",
            agent_id=SUPPORT_AGENT_ID,
            agent_graph_node_id=entry,
            configuration={"beamAction": "Timer", "integrationIdentifier": "timer"},
            user_defined_frequency="hour",
            user_defined_frequency_value=1,
        )
    )
    assert created.id
    listed = driver.invoke(lambda c: c.triggers.list(SUPPORT_AGENT_ID, agent_graph_node_id=entry))
    assert [t["id"] for t in listed] == [created.id]
    with pytest.raises(BadRequestError):  # one trigger per agent, as Beam answers
        driver.invoke(
            lambda c: c.triggers.create(
                title="Again", agent_id=SUPPORT_AGENT_ID, agent_graph_node_id=entry, configuration={}
            )
        )
    driver.invoke(lambda c: c.triggers.update(created.id, title="Every two hours"))
    flipped = driver.invoke(lambda c: c.triggers.toggle(created.id))
    assert (flipped["title"], flipped["isDeactivated"]) == ("Every two hours", True)
    driver.invoke(lambda c: c.triggers.delete(created.id))
    assert driver.invoke(lambda c: c.triggers.list(SUPPORT_AGENT_ID, agent_graph_node_id=entry)) == []


def test_a_webhook_persists_until_deleted(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    created = driver.invoke(lambda c: c.webhooks.create(SUPPORT_AGENT_ID, triggered=True))
    assert driver.invoke(lambda c: c.webhooks.get(SUPPORT_AGENT_ID))["id"] == created["id"]
    driver.invoke(lambda c: c.webhooks.delete(SUPPORT_AGENT_ID))
    with pytest.raises(NotFoundError):
        driver.invoke(lambda c: c.webhooks.get(SUPPORT_AGENT_ID))


def test_the_inbox_lists_waiting_tasks_and_keeps_read_and_deleted_marks(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    page = driver.invoke(lambda c: c.notifications.list())
    assert {row["agentTaskId"] for row in page["data"]} == {INPUT_WAITING_TASK_ID, CONSENT_WAITING_TASK_ID}
    assert driver.invoke(lambda c: c.notifications.get_unread_counts()) == {"count": 2}
    driver.invoke(lambda c: c.notifications.mark_read(id=INPUT_WAITING_TASK_ID))
    unread = driver.invoke(lambda c: c.notifications.list(type="UNREAD_ONLY"))
    assert [row["agentTaskId"] for row in unread["data"]] == [CONSENT_WAITING_TASK_ID]
    driver.invoke(lambda c: c.notifications.delete(id=CONSENT_WAITING_TASK_ID))
    assert driver.invoke(lambda c: c.notifications.get_unread_counts()) == {"count": 0}


def test_namespace_classes_of_the_new_tags_are_public() -> None:
    from beam_ai import resources

    for tag in ("triggers", "webhooks", "notifications", "integrations", "templates", "learning_hub"):
        cls = type(getattr(Beam(api_key="k", workspace_id="w"), tag))
        assert getattr(resources, cls.__name__) is cls
    assert AgentsResource.get is not None and SUPPORT_GRAPH_ID


def test_destructive_methods_say_so_first_in_their_docstrings() -> None:
    client = Beam(api_key="k", workspace_id="w")
    for operation in OPERATIONS.values():
        paragraphs = (getattr(getattr(client, operation.tag), operation.name).__doc__ or "").split("\n\n")
        if len(paragraphs) < 2:
            continue  # a hand-written method (an upload) with a one-line docstring
        second_paragraph = paragraphs[1].strip()
        assert second_paragraph.startswith("Destructive:") is (operation.safety == "destructive-write"), (
            operation.operation_id
        )


def test_a_body_the_spec_lists_no_fields_of_is_sent_as_given(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    """`updateToolConfiguration` (Beam's CLI forwards a payload file): the caller's fields, unchanged."""
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    payload = {"prompt": "be brief", "settings": {"temperature": 0}}
    driver.invoke(lambda c: c.tools.update_configuration("classify_ticket", payload=payload))
    assert (fake_beam.requests[-1].path, fake_beam.requests[-1].body) == ("/tool/classify_ticket", payload)


def test_views_written_are_the_views_read(
    make_driver: Callable[..., Driver], fake_beam: FakeBeam, fake_beam_server: FakeBeamServer
) -> None:
    driver = _driver(make_driver, fake_beam_server, fake_beam)
    created = driver.invoke(lambda c: c.agent_views.create(name="Refunds", agent_id=SUPPORT_AGENT_ID))
    column = driver.invoke(lambda c: c.agent_views.add_column(created.id, name="amount", data_type="number"))
    assert driver.invoke(lambda c: c.agent_views.get(created.id)).name == "Refunds"
    assert [col["id"] for col in driver.invoke(lambda c: c.agent_views.list_columns(created.id))] == [
        column.id
    ]
    driver.invoke(lambda c: c.agent_views.delete(created.id))
    with pytest.raises(NotFoundError):
        driver.invoke(lambda c: c.agent_views.get(created.id))


def test_generated_functions_of_operations_with_security_take_the_plain_client() -> None:
    """`beam.raw` is a plain `Client` (auth is the overlay's, per operation): the generated functions
    of token-only and graph operations accept it, as every other one does."""
    import typing

    from beam_ai_api import Client
    from beam_ai_api.api.agent_graphs import get_agent_graph
    from beam_ai_api.api.triggers import list_triggers

    for function in (list_triggers.sync, get_agent_graph.sync):
        assert Client in typing.get_args(typing.get_type_hints(function)["client"])
