"""Every operation of the spec through the resource namespaces, sync and async, against the fake.

Each operation's call is derived from the spec (`derived_case`): the method named by `x-beam-method` on
its tag's namespace, its required arguments built from their schemas, a seeded id where a parameter
names something that must exist (`beam_ai.testing.SEEDED_VALUES`) or a freshly created item where the
spec has the collection's create operation, and the result checked to be the documented type. `CASES`
hand-writes the call only where an operation needs a real state (a task waiting for input, an upload)
or a sharper check of what the fake did. Each call is also checked to have sent the operation's own
method and path, with the client's workspace header where the operation declares one.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from beam_ai import APIStatusError, APITimeoutError, AsyncBeam, Beam, PermissionDeniedError
from beam_ai._retry import MAX_RETRIES_EXTENSION
from beam_ai.testing import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    FOREIGN_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_AGENT_ID,
    INVOICE_VIEW_ID,
    SEEDED_CONTEXT_FILE_KEY,
    SEEDED_TASK_IDS,
    SEEDED_VALUES,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    SUPPORT_WEBHOOK_ID,
    VENDOR_LINK_COLUMN_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api import models as m
from beam_ai_api.surface.operations import OPERATIONS as GENERATED_OPERATIONS
from spec_tools import (
    example,
    iter_operations,
    parameters,
    resolve,
    snake,
)

NODE_1 = "n1000000-0000-4000-8000-000000000001"
NODE_3 = "n1000000-0000-4000-8000-000000000003"
EDGE_1 = "e1000000-0000-4000-8000-000000000001"
DONE_TASK = SEEDED_TASK_IDS[0]
FOLLOW_METHODS = ("run", "wait", "stream", "as_completed", "wait_all")  # _task_follow, _task_watch
NAMESPACES = tuple(sorted({operation.tag for operation in GENERATED_OPERATIONS.values()}))


@dataclass(frozen=True)
class Case:
    """`call(client, fake)` returns the result (sync client) or an awaitable of it (async client)."""

    call: Callable[[Any, FakeBeam], Any]
    check: Callable[[Any], bool]


def _with_webhook(fake: FakeBeam, call: Callable[[], Any]) -> Any:
    """`call()` once the support agent has a webhook (created in the fake: its route is token-only)."""
    with fake.store.lock:
        fake.store.webhooks[SUPPORT_AGENT_ID] = {"id": "wh-1", "agentId": SUPPORT_AGENT_ID, "triggered": True}
    return call()


def _with_column(fake: FakeBeam, call: Callable[[], Any]) -> Any:
    """`call()` once the invoice view has a column `col-x`."""
    with fake.store.lock:
        fake.store.views[INVOICE_VIEW_ID]["columns"].append(
            {"id": "col-x", "name": "sum", "dataType": "number"}
        )
    return call()


def _refresh_token(fake: FakeBeam) -> str:
    return fake.tokens.issue(fake.tokens.principal_for_key(FAKE_API_KEY))["refreshToken"]


#: Hand-written where an operation needs a real state (a task waiting for input or consent, a file to
#: delete, a refresh token, an upload) or arguments the spec leaves optional but the API wants; and
#: where the case pins how an argument kind goes on the wire (a flattened body, a comma list, an enum
#: member, a model instance, a camelCase mapping). Every other operation's case is derived.
CASES: dict[str, Case] = {
    # auth
    "refreshAccessToken": Case(
        lambda c, f: c.auth.refresh(refresh_token=_refresh_token(f)),
        lambda r: isinstance(r, m.TokenPair) and bool(r.refresh_token),
    ),
    # agents
    "updateAgent": Case(
        lambda c, f: c.agents.update(SUPPORT_AGENT_ID, name="Triage v2", type=m.AgentType.USER_AGENT),
        lambda r: r["id"] == SUPPORT_AGENT_ID and r["name"] == "Triage v2",
    ),
    # agent graphs
    "updateCompleteGraph": Case(
        lambda c, f: c.agent_graphs.update(
            SUPPORT_AGENT_ID,
            agent_name="Triage v3",
            nodes=[{"id": "n-a", "objective": "Answer", "isEntryNode": True}],
            save_and_publish=False,
        ),
        lambda r: (
            isinstance(r, m.UpdatedAgentGraph)
            and r.agent_name == "Triage v3"
            and r.draft_graph_id == SUPPORT_GRAPH_ID
        ),
    ),
    "createCompleteGraph": Case(
        lambda c, f: c.agent_graphs.create(
            agent_name="Refund bot",
            agent_description="Handles refunds",
            settings={"prompts": ["Be kind"]},
            nodes=[m.CompleteAgentGraphNode(id="n-1", objective="Read the request", is_entry_node=True)],
        ),
        lambda r: isinstance(r, m.CreatedAgentGraph) and r.agent_name == "Refund bot" and bool(r.agent_id),
    ),
    "updateGraphNode": Case(
        lambda c, f: c.agent_graphs.update_node(
            agent_id=SUPPORT_AGENT_ID,
            graph_id=SUPPORT_GRAPH_ID,
            node={
                "id": NODE_1,
                "objective": "Classify carefully",
                "evaluationCriteria": [],
                "isAttachmentDataPulledIn": False,
            },
        ),
        lambda r: isinstance(r, m.MinimalAgentGraphNode) and r.objective == "Classify carefully",
    ),
    "updateNodePrompt": Case(
        lambda c, f: c.agent_graphs.update_node_prompt(SUPPORT_AGENT_ID, NODE_1, prompt="Classify it."),
        lambda r: isinstance(r, m.AgentGraphNode) and r.id == NODE_1,
    ),
    "addNode": Case(
        lambda c, f: c.agent_graphs.add_node(
            agent_id=SUPPORT_AGENT_ID,
            graph_id=SUPPORT_GRAPH_ID,
            node=m.AgentGraphNodeInput(
                objective="Escalate", evaluation_criteria=[], is_attachment_data_pulled_in=False
            ),
        ),
        lambda r: isinstance(r, m.AgentGraphNode) and r.objective == "Escalate",
    ),
    "addEdge": Case(
        lambda c, f: c.agent_graphs.add_edge(
            source_node_id=NODE_1,
            target_node_id=NODE_3,
            agent_id=SUPPORT_AGENT_ID,
            agent_graph_id=SUPPORT_GRAPH_ID,
        ),
        lambda r: isinstance(r, m.AgentGraphEdge) and r.target_agent_graph_node_id == NODE_3,
    ),
    "testNode": Case(
        lambda c, f: c.agent_graphs.test_node(
            agent_id=SUPPORT_AGENT_ID, node_id=NODE_1, params={"input": "x"}
        ),
        lambda r: r["nodeId"] == NODE_1 and r["status"] == "COMPLETED",
    ),
    # agent tasks
    "createTask": Case(
        lambda c, f: c.agent_tasks.create(
            agent_id=SUPPORT_AGENT_ID, query="Where is my parcel?", additional_info="VIP"
        ),
        lambda r: isinstance(r, m.CreatedTask) and r.status == "QUEUED" and bool(r.id),
    ),
    "listTasks": Case(
        lambda c, f: c.agent_tasks.list(page_size=10, statuses=["COMPLETED"], grouping="status"),
        lambda r: isinstance(r, m.TaskGroupList) and r.total_count == 2 and r.data[0].group_id == "COMPLETED",
    ),
    "getTaskUpdates": Case(
        lambda c, f: c.agent_tasks.get_updates(DONE_TASK),
        lambda r: isinstance(r, str) and r.startswith("id: 1") and '"status":"COMPLETED"' in r,
    ),
    "getAgentAnalytics": Case(
        lambda c, f: c.agent_tasks.get_analytics(
            agent_id=SUPPORT_AGENT_ID, start_date="2026-01-01", end_date="2026-01-31"
        ),
        lambda r: isinstance(r, m.AgentAnalytics) and r.current_period.total_tasks == 2,
    ),
    "retryTask": Case(
        lambda c, f: c.agent_tasks.retry(DONE_TASK, task_node_feedback_as_text="Try harder"),
        lambda r: r["id"] == DONE_TASK and r["status"] == "QUEUED",
    ),
    "submitUserInput": Case(
        lambda c, f: c.agent_tasks.submit_user_input(
            INPUT_WAITING_TASK_ID,
            task_node_id=f"tn-{INPUT_WAITING_TASK_ID}-1",
            user_inputs=[{"question": "PO number?", "answer": "PO-77", "parameter": "po"}],
        ),
        lambda r: (
            isinstance(r, m.MinimalAgentTask) and r.id == INPUT_WAITING_TASK_ID and r.status == "IN_PROGRESS"
        ),
    ),
    "approveTask": Case(
        lambda c, f: c.agent_tasks.approve(CONSENT_WAITING_TASK_ID, feedback="Fine"),
        lambda r: isinstance(r, m.AgentTask) and r.status == "IN_PROGRESS",
    ),
    "rejectTask": Case(
        lambda c, f: c.agent_tasks.reject(CONSENT_WAITING_TASK_ID, user_feedback=["Too expensive"]),
        lambda r: isinstance(r, m.AgentTask) and r.status == "STOPPED",
    ),
    "triggerWebhook": Case(
        lambda c, f: c.agent_tasks.trigger_webhook(SUPPORT_AGENT_ID, SUPPORT_WEBHOOK_ID, task={"ticket": 42}),
        lambda r: r["status"] == "QUEUED" and r["updatesUrl"].startswith("/agent-tasks/"),
    ),
    # agent setup
    "uploadSetupFiles": Case(
        lambda c, f: c.agent_setup.upload_files(
            [("notes.txt", b"hello"), ("data.csv", b"a,b\n1,2\n")], thread_id="th-1"
        ),
        lambda r: (
            [type(x) for x in r] == [m.ChatFile, m.ChatFile]
            and [x.name for x in r] == ["notes.txt", "data.csv"]
        ),
    ),
    "addContextFiles": Case(
        lambda c, f: c.agent_setup.add_context_files(SUPPORT_AGENT_ID, [("faq.pdf", b"%PDF-1.4 faq")]),
        lambda r: (
            isinstance(r[0], m.AgentContextFile)
            and r[0].name == "faq.pdf"
            and r[0].agent_id == SUPPORT_AGENT_ID
        ),
    ),
    "submitStepFeedback": Case(
        lambda c, f: c.agent_setup.submit_step_feedback(
            SUPPORT_AGENT_ID, m.SetupFeedbackStep.SOP_GENERATION, query="Add a step"
        ),
        lambda r: r["accepted"] is True and r["setupStep"] == "SOP_GENERATION",
    ),
    # context files
    "uploadContextFile": Case(
        lambda c, f: c.context_files.upload(
            SUPPORT_AGENT_ID, b"refunds within 30 days", filename="policy.txt", task_id=DONE_TASK
        ),
        lambda r: r["name"] == "policy.txt" and r["taskId"] == DONE_TASK,
    ),
    "deleteContextFile": Case(
        lambda c, f: c.context_files.delete(SUPPORT_AGENT_ID, SEEDED_CONTEXT_FILE_KEY),
        lambda r: r == {"deleted": True, "fileKey": SEEDED_CONTEXT_FILE_KEY},
    ),
    # agent views
    "listLinkedRecords": Case(
        lambda c, f: c.agent_views.list_linked_records(INVOICE_VIEW_ID, VENDOR_LINK_COLUMN_ID, 1),
        lambda r: isinstance(r, m.RecordsPage) and [x["name"] for x in r.list_] == ["Acme GmbH"],
    ),
    # Beam's tooling: operations whose fake routes need real state (the others are derived)
    "cancelWait": Case(
        lambda c, f: c.agent_tasks.cancel_wait(f"tn-{INPUT_WAITING_TASK_ID}-1", agent_id=INVOICE_AGENT_ID),
        lambda r: r["status"] == "IN_PROGRESS",
    ),
    "markNotificationRead": Case(
        lambda c, f: c.notifications.mark_read(id=INPUT_WAITING_TASK_ID), lambda r: r["read"] is True
    ),
    "deleteNotification": Case(
        lambda c, f: c.notifications.delete(id=CONSENT_WAITING_TASK_ID), lambda r: r["deleted"] is True
    ),
    "getWebhook": Case(
        lambda c, f: _with_webhook(f, lambda: c.webhooks.get(SUPPORT_AGENT_ID)), lambda r: r["id"] == "wh-1"
    ),
    "deleteWebhook": Case(
        lambda c, f: _with_webhook(f, lambda: c.webhooks.delete(SUPPORT_AGENT_ID)),
        lambda r: r["deleted"] is True,
    ),
    "updateViewColumn": Case(
        lambda c, f: _with_column(
            f, lambda: c.agent_views.update_column(INVOICE_VIEW_ID, "col-x", name="total")
        ),
        lambda r: r["name"] == "total",
    ),
    "deleteViewColumn": Case(
        lambda c, f: _with_column(f, lambda: c.agent_views.delete_column(INVOICE_VIEW_ID, "col-x")),
        lambda r: r["deleted"] is True,
    ),
    "transcribeAudio": Case(
        lambda c, f: c.agents.transcribe_audio(b"RIFF....WAVE", filename="note.wav"),
        lambda r: r["text"] == "(transcript of note.wav, 12 bytes)",
    ),
    "submitTaskFeedback": Case(
        lambda c, f: c.learning_hub.submit_task_feedback(payload={"agentTaskId": SEEDED_TASK_IDS[0]}),
        lambda r: isinstance(r, m.TaskFeedbackResult),
    ),
    "updateToolConfiguration": Case(
        lambda c, f: c.tools.update_configuration("classify_ticket", payload={"prompt": "Be brief"}),
        lambda r: r is None or isinstance(r, dict),
    ),
}

OPERATIONS = {op["operationId"]: (method.upper(), path, op) for path, method, op in iter_operations()}


def _wire_fields(op: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Python argument name -> (wire name, schema) of every parameter and body field of `op`, nested
    objects' fields included (`x-beam-flatten` turns them into keywords)."""
    fields: dict[str, tuple[str, dict[str, Any]]] = {}
    body = resolve(op.get("requestBody", {})).get("content", {})
    for media in body.values():
        schema = resolve(media.get("schema", {}))
        for prop in schema.get("properties", {}).values():
            for nested, inner in resolve(prop).get("properties", {}).items():
                fields.setdefault(snake(nested), (nested, inner))
        for name, prop in schema.get("properties", {}).items():
            fields[snake(name)] = (name, prop)
    for param in parameters(op):
        fields[snake(param["name"])] = (param["name"], param.get("schema", {}))
    return fields


def _create_operation(path: str) -> str | None:
    """The operation creating the item `path` (`/things/{id}...`) addresses, from the spec's paths."""
    collection = re.sub(r"/\{[^}]+\}(/.*)?$", "", path)
    if collection == path:
        return None
    for op_path, method, op in iter_operations():
        if op_path == collection and method == "post":
            return str(op["operationId"])
    return None


def _documented(tag: str, name: str, result: Any) -> bool:
    """`result` has the type the generated method promises (the model of the documented response)."""
    method = getattr(type(getattr(Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID), tag)), name)
    promised = typing.get_type_hints(method)["return"]
    if promised is Any:  # free-form JSON
        return True
    if isinstance(promised, type):
        return isinstance(result, promised)
    origin = typing.get_origin(promised)
    return isinstance(result, origin) if isinstance(origin, type) else True


def _identifier(created: Any) -> str:
    return str(created["id"] if isinstance(created, dict) else created.id)


def derived_case(operation_id: str) -> Case:
    """The call the spec alone describes: required arguments from their schemas, real ids where needed."""
    _, path, op = OPERATIONS[operation_id]
    tag, name = GENERATED_OPERATIONS[operation_id].tag, op["x-beam-method"]
    fields = _wire_fields(op)
    creator = _create_operation(path)
    last_param = re.findall(r"\{([^}]+)\}", path)[-1:] if creator else []

    def arguments(method: Callable[..., Any], created: Any) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        for argument, parameter in inspect.signature(method).parameters.items():
            if parameter.default is not inspect.Parameter.empty or parameter.kind is parameter.VAR_KEYWORD:
                continue
            wire, schema = fields[argument]
            if created is not None and wire in last_param:
                kwargs[argument] = _identifier(created)
            else:
                kwargs[argument] = SEEDED_VALUES.get(wire, example(schema, include_optional=False))
        return kwargs

    def call(client: Any, fake: FakeBeam) -> Any:
        prerequisite = case_for(creator) if creator and creator != operation_id else None
        if isinstance(client, AsyncBeam):

            async def run() -> Any:
                created = await prerequisite.call(client, fake) if prerequisite else None
                method = getattr(getattr(client, tag), name)
                return await method(**arguments(method, created))

            return run()
        created = prerequisite.call(client, fake) if prerequisite else None
        method = getattr(getattr(client, tag), name)
        return method(**arguments(method, created))

    return Case(call, lambda result: _documented(tag, name, result))


def case_for(operation_id: str) -> Case:
    return CASES.get(operation_id) or derived_case(operation_id)


def _client(server: FakeBeamServer, fake: FakeBeam, **options: Any) -> Beam:
    return Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        **options,
    )


def _async_client(server: FakeBeamServer, fake: FakeBeam, **options: Any) -> AsyncBeam:
    return AsyncBeam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=server.url,
        clock=fake.clock.now,
        **options,
    )


def _path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def _assert_sent(fake: FakeBeam, operation_id: str) -> None:
    """The last request the fake saw (the token exchange aside) is this operation's, workspace and all."""
    method, template, op = OPERATIONS[operation_id]
    sent = [r for r in fake.requests if operation_id == "createAccessToken" or r.path != "/auth/access-token"]
    last = sent[-1]
    assert (last.method, bool(_path_pattern(template).match(last.path))) == (method, True), (
        last.method,
        last.path,
    )
    if any(p["in"] == "header" and p["name"] == "current-workspace-id" for p in parameters(op)):
        assert last.headers["current-workspace-id"] == FAKE_WORKSPACE_ID


def test_hand_written_cases_are_spec_operations() -> None:
    assert set(CASES) - set(OPERATIONS) == set()


def test_every_operation_is_a_method_of_its_namespace_on_both_clients() -> None:
    """The spec names each operation's method (`x-beam-method`); both clients have it, in its tag."""
    settings = {"api_key": FAKE_API_KEY, "workspace_id": FAKE_WORKSPACE_ID}
    for operation_id, (_, _, op) in OPERATIONS.items():
        tag = GENERATED_OPERATIONS[operation_id].tag
        for client in (Beam(**settings), AsyncBeam(**settings)):
            assert callable(getattr(getattr(client, tag), op["x-beam-method"], None)), (operation_id, tag)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_sync(operation_id: str, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    case = case_for(operation_id)
    with _client(fake_beam_server, fake_beam) as client:
        result = case.call(client, fake_beam)
    assert case.check(result), result
    _assert_sent(fake_beam, operation_id)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_async(operation_id: str, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    case = case_for(operation_id)

    async def run() -> Any:
        async with _async_client(fake_beam_server, fake_beam) as client:
            return await case.call(client, fake_beam)

    result = asyncio.run(run())
    assert case.check(result), result
    _assert_sent(fake_beam, operation_id)


def _public_methods(resource: type) -> dict[str, Any]:
    return {
        name: f for name, f in inspect.getmembers(resource, inspect.isfunction) if not name.startswith("_")
    }


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_sync_and_async_twins_share_one_surface(namespace: str) -> None:
    settings = {"api_key": FAKE_API_KEY, "workspace_id": FAKE_WORKSPACE_ID}
    sync_methods = _public_methods(type(getattr(Beam(**settings), namespace)))
    async_methods = _public_methods(type(getattr(AsyncBeam(**settings), namespace)))
    assert sync_methods.keys() == async_methods.keys()
    for name, method in sync_methods.items():
        twin = async_methods[name]
        sync_params = list(inspect.signature(method).parameters.values())
        async_params = list(inspect.signature(twin).parameters.values())
        if name in FOLLOW_METHODS:  # handlers and sleep may be coroutine functions in the async twin
            sync_params = [(p.name, p.kind, p.default) for p in sync_params]  # type: ignore[misc]
            async_params = [(p.name, p.kind, p.default) for p in async_params]  # type: ignore[misc]
        assert sync_params == async_params, name
        assert method.__doc__ and method.__doc__.strip().splitlines()[0].endswith("."), name
        assert twin.__doc__ == method.__doc__ or name.startswith("list_all") or name in FOLLOW_METHODS, name
        returns_an_iterator = name.startswith("list_all") or name in ("stream", "as_completed")
        assert inspect.iscoroutinefunction(twin) is not returns_an_iterator, name
        for param in () if name in FOLLOW_METHODS else ("timeout", "max_retries"):
            assert param in inspect.signature(method).parameters, (name, param)


def test_namespaces_are_cached_per_client(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    with _client(fake_beam_server, fake_beam) as client:
        assert client.agents is client.agents
        other = client.with_workspace(FOREIGN_WORKSPACE_ID)
        assert other.agents is not client.agents
        assert other.agents._requester is other._requester


def test_workspace_header_is_the_clients_own(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    with _client(fake_beam_server, fake_beam) as client:
        foreign = client.with_workspace(FOREIGN_WORKSPACE_ID)
        with pytest.raises(PermissionDeniedError):
            foreign.agents.list()
        client.agents.list()
    first, second = fake_beam.requests.filter("GET", "/agent")
    assert first.headers["current-workspace-id"] == FOREIGN_WORKSPACE_ID
    assert second.headers["current-workspace-id"] == FAKE_WORKSPACE_ID


def test_operations_without_workspace_header_send_none(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with _client(fake_beam_server, fake_beam) as client:
        client.agent_views.get(INVOICE_VIEW_ID)
    (request,) = fake_beam.requests.filter("GET", f"/agent-views/{INVOICE_VIEW_ID}")
    assert "current-workspace-id" not in request.headers


class RecordingTransport(httpx.BaseTransport):
    """Passes requests to a real pool and keeps their extensions (timeout, retry budget)."""

    def __init__(self) -> None:
        self.pool = httpx.HTTPTransport()
        self.extensions: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.extensions.append(dict(request.extensions))
        return self.pool.handle_request(request)

    def close(self) -> None:
        self.pool.close()


def test_per_call_timeout_and_max_retries_reach_the_request(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    transport = RecordingTransport()
    with _client(fake_beam_server, fake_beam, transport=transport, timeout=30.0, max_retries=2) as client:
        client.agents.list(timeout=4.5, max_retries=0)
        client.agent_tasks.get(DONE_TASK)
        client.agents.list_all(
            page_size=1, timeout=httpx.Timeout(3.0, connect=1.0), max_retries=1
        ).pages().__next__()
    per_call, default, paged = transport.extensions[-3:]
    assert per_call["timeout"] == {"connect": 4.5, "read": 4.5, "write": 4.5, "pool": 4.5}
    assert per_call[MAX_RETRIES_EXTENSION] == 0
    assert default["timeout"]["read"] == 30.0 and default[MAX_RETRIES_EXTENSION] == 2
    assert paged["timeout"]["connect"] == 1.0 and paged["timeout"]["read"] == 3.0
    assert paged[MAX_RETRIES_EXTENSION] == 1


def test_per_call_max_retries_changes_behaviour(
    fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    with _client(fake_beam_server, fake_beam, max_retries=3, sleep=lambda seconds: None) as client:
        client.user.get()  # token exchange out of the way
        fake_beam.faults.add("server_error", method="GET", path="/agent", times=1)
        with pytest.raises(APIStatusError):
            client.agents.list(max_retries=0)
        assert fake_beam.requests.count("GET", "/agent") == 1
        fake_beam.faults.add("server_error", method="GET", path="/agent", times=2)
        assert client.agents.list().count == 2  # the client's own 3 retries absorb the burst
        assert fake_beam.requests.count("GET", "/agent") == 4
        fake_beam.faults.add("latency", method="GET", path="/v2/user/me", times=1, delay=0.3)
        with pytest.raises(APITimeoutError):
            client.user.get(timeout=0.05, max_retries=0)


def test_async_per_call_options_and_workspace(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    async def sleep(seconds: float) -> None:
        return None

    async def run() -> None:
        async with _async_client(fake_beam_server, fake_beam, max_retries=3, sleep=sleep) as client:
            await client.user.get()
            fake_beam.faults.add("server_error", method="GET", path="/agent", times=1)
            with pytest.raises(APIStatusError):
                await client.agents.list(max_retries=0)
            with pytest.raises(PermissionDeniedError):
                await client.with_workspace(FOREIGN_WORKSPACE_ID).agents.list()

    asyncio.run(run())
    first, second = fake_beam.requests.filter("GET", "/agent")
    assert first.headers["current-workspace-id"] == FAKE_WORKSPACE_ID
    assert second.headers["current-workspace-id"] == FOREIGN_WORKSPACE_ID


# -- run / wait / stream (beam_ai._task_follow through the namespace) -----------------------------------


def test_run_wait_and_stream(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    def step(event: Any) -> None:
        fake_beam.advance(2.0)

    with _client(fake_beam_server, fake_beam, sleep=fake_beam.advance) as client:
        task = client.agent_tasks.run(agent_id=SUPPORT_AGENT_ID, query="Summarise tickets", on_event=step)
        assert isinstance(task, m.AgentTask) and task.status == "COMPLETED"
        created = client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="[input] Which PO?")
        waiting = client.agent_tasks.wait(str(created.id), on_event=step, timeout=60)
        assert waiting.status == "USER_INPUT_REQUIRED"
        assert [e.status for e in client.agent_tasks.stream(DONE_TASK)] == ["COMPLETED"]
    assert fake_beam.requests.count("POST", "/agent-tasks") == 2


def test_async_run_wait_and_stream(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    async def sleep(seconds: float) -> None:
        fake_beam.advance(seconds)

    def step(event: Any) -> None:
        fake_beam.advance(2.0)

    async def run() -> tuple[str, str, list[str]]:
        async with _async_client(fake_beam_server, fake_beam, sleep=sleep) as client:
            task = await client.agent_tasks.run(agent_id=SUPPORT_AGENT_ID, query="Summarise", on_event=step)
            created = await client.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="[consent] Pay?")
            waiting = await client.agent_tasks.wait(str(created.id), on_event=step)
            events = [e.status async for e in client.agent_tasks.stream(DONE_TASK)]
            return str(task.status), str(waiting.status), events

    assert asyncio.run(run()) == ("COMPLETED", "USER_CONSENT_REQUIRED", ["COMPLETED"])
