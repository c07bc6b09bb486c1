"""Schemathesis against the fake, in-process over ASGI: every operation, with the credentials it accepts.

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
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    SEEDED_NODE_ID,
    SEEDED_TASK_IDS,
    SEEDED_VALUES,
    FakeBeam,
    FakeClock,
    create_app,
)
from spec_tools import iter_operations

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "beam.yaml"
MAX_EXAMPLES = 25
TOOLING_EXAMPLES = 6
SSE_PATH = "/agent-tasks/{taskId}/updates"
# Operations that act on a task waiting for the user get a task in that state.
WAITING_TASK_FOR = {
    "/agent-tasks/execution/{taskId}/user-input": INPUT_WAITING_TASK_ID,
    "/agent-tasks/execution/{taskId}/user-consent": CONSENT_WAITING_TASK_ID,
    "/agent-tasks/execution/{taskId}/rejection": CONSENT_WAITING_TASK_ID,
}

fake = FakeBeam(clock=FakeClock())
schema = schemathesis.openapi.from_path(SPEC)
schema.app = create_app(fake)
CASES: Counter[str] = Counter()
SUCCESSES: Counter[str] = Counter()
_turn = itertools.count()


def _use_seeded_ids(case: Any) -> None:
    """Swap generated ids for seeded ones so the success paths run too."""
    body = case.body if isinstance(case.body, dict) else None
    for container in (case.path_parameters, case.query, body):
        if isinstance(container, dict):
            for name, value in SEEDED_VALUES.items():
                if name in container:
                    container[name] = value
    task_id = WAITING_TASK_FOR.get(case.operation.path)
    if task_id is not None:
        case.path_parameters["taskId"] = task_id
    if body is None:
        return
    if isinstance(body.get("node"), dict) and "id" in body["node"]:
        body["node"]["id"] = SEEDED_NODE_ID
    if isinstance(body.get("taskQuery"), dict) and not isinstance(body["taskQuery"].get("query"), str):
        body["taskQuery"]["query"] = "Summarise the ticket"
    if "taskNodeId" in body:
        body["taskNodeId"] = f"tn-{case.path_parameters.get('taskId', SEEDED_TASK_IDS[0])}-1"
    if "refreshToken" in body:
        body["refreshToken"] = fake.tokens.issue(fake.tokens.principal_for_key(FAKE_API_KEY))["refreshToken"]


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
    never = sorted(set(CASES) - set(SUCCESSES))
    lines = [line, f"schemathesis: operations that never answered 2xx: {never or 'none'}"]
    for text in lines:
        if reporter is not None:
            reporter.write_line(text)
        else:
            print(text)


def test_every_spec_operation_is_checked() -> None:
    checked = {op.ok().label for op in schema.get_all_operations()}
    assert checked == {f"{method.upper()} {path}" for path, method, _ in iter_operations()}


def _credentials(case: Any) -> dict[str, str]:
    """What the operation's preferred security alternative asks for (the fake enforces each family's)."""
    security = case.operation.definition.raw.get("security", schema.raw_schema["security"])
    wanted = set(security[0]) if security else set()
    headers = {}
    if "ApiKeyAuth" in wanted:
        headers["x-api-key"] = FAKE_API_KEY
    if "BearerAuth" in wanted:
        token = fake.tokens.issue(fake.tokens.principal_for_key(FAKE_API_KEY))["idToken"]
        headers["authorization"] = f"Bearer {token}"
    return headers


def _from_tooling(context: Any) -> bool:
    return "x-beam-source" in context.operation.definition.raw


@schema.exclude(_from_tooling).parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_operation_conforms_to_spec(case: Any) -> None:
    _check(case)


@schema.include(_from_tooling).parametrize()
@settings(
    max_examples=TOOLING_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_tooling_operation_conforms_to_spec(case: Any) -> None:
    """The operations of Beam's tooling: lenient schemas, mostly stopgap routes, so fewer examples."""
    _check(case)


def _check(case: Any) -> None:
    fake.reset()
    if next(_turn) % 2:
        _use_seeded_ids(case)
    headers = dict(case.headers or {})
    headers.pop("authorization", None)
    headers.pop("Authorization", None)
    headers.update(_credentials(case))
    if _declares_workspace(case):
        headers["current-workspace-id"] = FAKE_WORKSPACE_ID
    case.headers = headers
    CASES[case.operation.label] += 1
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    if case.operation.path == SSE_PATH and _sse_schema_is_plain_string():
        # The spec types each SSE event as a bare string, which no event (an object with `data`) can be;
        # proposed spec fix in the report. The event payloads are checked in test_sse.py instead.
        checks.remove(response_schema_conformance)
    response = case.call_and_validate(checks=checks)
    if 200 <= response.status_code < 300:
        SUCCESSES[case.operation.label] += 1
