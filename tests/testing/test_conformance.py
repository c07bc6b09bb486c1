"""Schemathesis against the fake, in-process over ASGI: every operation, with valid credentials.

Half of the examples keep the generated ids (mostly 404s, which must still match the spec); the other
half swap in seeded ids so the success paths are exercised too. State is reset before every example.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INVOICE_VIEW_ID,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    SUPPORT_GRAPH_ID,
    SUPPORT_WEBHOOK_ID,
    VENDOR_LINK_COLUMN_ID,
    FakeBeam,
    FakeClock,
    create_app,
)

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "beam.yaml"
MAX_EXAMPLES = 25
SSE_PATH = "/agent-tasks/{taskId}/updates"
SEEDED_NODE_ID = "n1000000-0000-4000-8000-000000000001"
SEEDED_VALUES = {
    "agentId": SUPPORT_AGENT_ID,
    "graphId": SUPPORT_GRAPH_ID,
    "agentGraphId": SUPPORT_GRAPH_ID,
    "nodeId": SEEDED_NODE_ID,
    "graphNodeId": SEEDED_NODE_ID,
    "sourceNodeId": SEEDED_NODE_ID,
    "targetNodeId": "n1000000-0000-4000-8000-000000000002",
    "taskId": SEEDED_TASK_IDS[0],
    "viewId": INVOICE_VIEW_ID,
    "columnId": VENDOR_LINK_COLUMN_ID,
    "recordId": "1",
    "edgeId": "e1000000-0000-4000-8000-000000000001",
    "toolFunctionName": "classify_ticket",
    "webhookId": SUPPORT_WEBHOOK_ID,
}

fake = FakeBeam(clock=FakeClock())
schema = schemathesis.openapi.from_path(SPEC)
schema.app = create_app(fake)
CASES: Counter[str] = Counter()
_turn = itertools.count()


def _seed_ids(container: dict[str, Any] | None) -> None:
    if isinstance(container, dict):
        for name, value in SEEDED_VALUES.items():
            if name in container:
                container[name] = value


def _sse_schema_is_plain_string() -> bool:
    content = schema.raw_schema["paths"][SSE_PATH]["get"]["responses"]["200"]["content"]
    return bool(content.get("text/event-stream", {}).get("schema") == {"type": "string"})


def _declares_workspace(case: Any) -> bool:
    return any(p.name == "current-workspace-id" for p in case.operation.headers)


@pytest.fixture(scope="module", autouse=True)
def report_case_count(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    line = (
        f"schemathesis: {sum(CASES.values())} cases over {len(CASES)} operations "
        f"(max {MAX_EXAMPLES} examples each)"
    )
    if reporter is not None:
        reporter.write_line(line)
    print(line)


def test_spec_has_fifty_operations() -> None:
    operations = [op for op in schema.get_all_operations()]
    assert len(operations) == 50


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_conforms_to_spec(case: Any) -> None:
    fake.reset()
    if next(_turn) % 2:
        _seed_ids(case.path_parameters)
        _seed_ids(case.query)
        _seed_ids(case.body if isinstance(case.body, dict) else None)
    headers = dict(case.headers or {})
    headers["x-api-key"] = FAKE_API_KEY
    headers.pop("authorization", None)
    headers.pop("Authorization", None)
    if _declares_workspace(case):
        headers["current-workspace-id"] = FAKE_WORKSPACE_ID
    case.headers = headers
    CASES[case.operation.label] += 1
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    if case.operation.path == SSE_PATH and _sse_schema_is_plain_string():
        # The spec types each SSE event as a bare string, which no event (an object with `data`) can be;
        # proposed spec fix in the report. The event payloads are checked in test_sse.py instead.
        checks.remove(response_schema_conformance)
    case.call_and_validate(checks=checks)
