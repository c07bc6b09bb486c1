"""A stateful fake of the Beam AI API for tests and local development.

``FakeBeamServer`` serves it on a local port; ``create_app`` gives the ASGI app for in-process use; the
``FakeBeam`` handle exposes state, the controllable clock, fault injection and the request log.
Operations with behaviour (tasks, their update stream, graphs, uploads, auth) have hand-written routes;
every other operation of the spec is answered by a route built from it (``_routes_spec``), so an
operation added to the spec is served without an edit here. Every JSON answer goes out through its
operation's response schema (``_serving``): the fields the fake holds a value for and the required
ones, optional fields it has no value for left out (``fake.quirks.full_bodies`` makes them up).

    with FakeBeamServer(FakeBeam(clock=FakeClock())) as server:
        headers = {"x-api-key": FAKE_API_KEY, "current-workspace-id": FAKE_WORKSPACE_ID}
        ...  # call server.url; server.fake.advance(3) moves tasks QUEUED -> IN_PROGRESS -> COMPLETED
        server.fake.faults.add("rate_limit", method="POST", path="/agent-tasks", times=1)
        assert server.fake.requests.count("POST", "/agent-tasks") == 1

In pytest, ``pytest_plugins = ["beam_ai.testing.pytest_plugin"]`` provides the ``fake_beam`` fixture.
"""

from ._app import ConnectionDroppedError, create_app
from ._clock import Clock, FakeClock, RealClock
from ._fake import FakeBeam
from ._faults import Fault, FaultRegistry
from ._requestlog import LoggedRequest, RequestLog
from ._seed import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_USER_ID,
    FAKE_WORKSPACE_ID,
    FOREIGN_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_AGENT_ID,
    INVOICE_GRAPH_ID,
    INVOICE_VIEW_ID,
    SEEDED_AGENT_IDS,
    SEEDED_CONTEXT_FILE_ID,
    SEEDED_CONTEXT_FILE_KEY,
    SEEDED_NODE_ID,
    SEEDED_TASK_IDS,
    SEEDED_THREAD_ID,
    SEEDED_VALUES,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    SUPPORT_WEBHOOK_ID,
    VENDOR_LINK_COLUMN_ID,
    VENDOR_VIEW_ID,
)
from ._server import FakeBeamServer
from ._tasks import TERMINAL, WAITING

__all__ = [
    "CONSENT_WAITING_TASK_ID",
    "FAKE_API_KEY",
    "FAKE_USER_ID",
    "FAKE_WORKSPACE_ID",
    "FOREIGN_WORKSPACE_ID",
    "INPUT_WAITING_TASK_ID",
    "INVOICE_AGENT_ID",
    "INVOICE_GRAPH_ID",
    "INVOICE_VIEW_ID",
    "SEEDED_AGENT_IDS",
    "SEEDED_CONTEXT_FILE_ID",
    "SEEDED_CONTEXT_FILE_KEY",
    "SEEDED_NODE_ID",
    "SEEDED_TASK_IDS",
    "SEEDED_THREAD_ID",
    "SEEDED_VALUES",
    "SUPPORT_AGENT_ID",
    "SUPPORT_GRAPH_ID",
    "SUPPORT_WEBHOOK_ID",
    "TERMINAL",
    "VENDOR_LINK_COLUMN_ID",
    "VENDOR_VIEW_ID",
    "WAITING",
    "Clock",
    "ConnectionDroppedError",
    "FakeBeam",
    "FakeBeamServer",
    "FakeClock",
    "Fault",
    "FaultRegistry",
    "LoggedRequest",
    "RealClock",
    "RequestLog",
    "create_app",
]
