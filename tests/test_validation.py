"""Client-side validation: the rule table matches openapi/beam.yaml, and each kind of rule fails
before anything is sent, naming the argument as the caller spelled it."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from beam_ai import AsyncBeam, Beam, BeamValidationError
from beam_ai._validation import Rule, check_value
from beam_ai.testing import (
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_VIEW_ID,
    SUPPORT_AGENT_ID,
    VENDOR_LINK_COLUMN_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.models import AgentType, SetupFeedbackStep, TaskNodeFeedbackPerKey
from beam_ai_api.surface.operations import OPERATIONS, SCHEMA_RULES, request_builder
from spec_tools import iter_operations, load_spec, parameters, ref_name, resolve

# JSON Schema keyword -> Rule field
KEYWORDS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _rule(required: bool, schema: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(schema)
    rule: dict[str, Any] = {"required": True} if required else {}
    rule.update({field: schema[key] for key, field in KEYWORDS.items() if key in schema})
    if "enum" in schema:
        rule["enum"] = tuple(schema["enum"])
    return rule


def _constraints(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The generated facts the spec extraction above covers (types and formats are checked elsewhere)."""
    return {key: value for key, value in facts.items() if key in {"required", "enum", *KEYWORDS.values()}}


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _spec_operation_rules() -> dict[str, dict[str, dict[str, Any]]]:
    """Per operation, the constraints of its path and query parameters (headers are the client's)."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for _, _, op in iter_operations():
        rules = {
            p["name"]: _rule(p.get("required", False), p["schema"])
            for p in parameters(op)
            if p["in"] != "header"
        }
        rules = {name: rule for name, rule in rules.items() if rule}
        if rules:
            found[op["operationId"]] = rules
    return found


def _body_schemas() -> list[str]:
    """Every named object schema a request body can hold, at any depth."""
    pending = []
    for _, _, op in iter_operations():
        for media in op.get("requestBody", {}).get("content", {}).values():
            pending.append(ref_name(media["schema"]))
    seen: list[str] = []
    while pending:
        name = pending.pop()
        if name is None or name in seen:
            continue
        seen.append(name)
        schema = resolve({"$ref": f"#/components/schemas/{name}"})
        nodes = [*schema.get("properties", {}).values(), schema.get("items", {})]
        for node in nodes:
            pending.extend([ref_name(node), ref_name(node.get("items", {}))])
    return seen


def _spec_schema_rules() -> dict[str, dict[str, dict[str, Any]]]:
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name in _body_schemas():
        schema = load_spec()["components"]["schemas"][name]
        required = set(schema.get("required", []))
        rules = {prop: _rule(prop in required, node) for prop, node in schema.get("properties", {}).items()}
        rules = {prop: rule for prop, rule in rules.items() if rule}
        if rules:
            found[name] = rules
    return found


def test_operation_rules_match_the_spec() -> None:
    """The generated rules (scripts/gen_surface.py) agree with an independent reading of the spec."""
    table = {
        op.operation_id: {p.name: _constraints(p.rules) for p in op.parameters if _constraints(p.rules)}
        for op in OPERATIONS.values()
    }
    assert {op: rules for op, rules in table.items() if rules} == _spec_operation_rules()


def test_schema_rules_match_the_spec() -> None:
    table = {
        name: {_norm(prop): _constraints(facts) for prop, facts in rules.items() if _constraints(facts)}
        for name, rules in SCHEMA_RULES.items()
    }
    spec = {
        name: {_norm(prop): rule for prop, rule in rules.items()}
        for name, rules in _spec_schema_rules().items()
    }
    assert {name: rules for name, rules in table.items() if rules} == spec


def test_errors_name_the_generated_arguments() -> None:
    """Every rule is keyed by the generated builder's own argument name, which the error then names."""
    for op in OPERATIONS.values():
        arguments = inspect.signature(request_builder(op)).parameters
        for parameter in op.parameters:
            assert parameter.argument in arguments, (op.operation_id, parameter.name)


def test_the_spec_walk_reaches_nested_body_schemas() -> None:
    schemas = _body_schemas()
    assert {"UpdateAgentRequest", "TaskQuery", "TaskNodeFeedbackPerKey", "ToolConfigurationInput"} <= set(
        schemas
    )


# -- each kind of rule, sync -------------------------------------------------------------------------

LONG = "x" * 101
FILES_11 = [(f"f{i}.txt", b"x") for i in range(11)]

# (call on a client, the field the error must name, a word the message must contain)
VIOLATIONS: dict[str, tuple[Callable[[Any], Any], str, str]] = {
    "required path id (empty)": (lambda c: c.agent_tasks.get(""), "task_id", "empty"),
    "required path id of a second position": (
        lambda c: c.agent_graphs.get_node(SUPPORT_AGENT_ID, ""),
        "node_id",
        "empty",
    ),
    "required query parameter": (
        lambda c: c.agent_tasks.list_latest_executions(agent_id=""),
        "agent_id",
        "empty",
    ),
    "required body field (None)": (
        lambda c: c.agent_setup.submit_context_feedback(query=None, thread_id="th"),
        "query",
        "required",
    ),
    "required body field of a nested model": (
        lambda c: c.agent_tasks.retry(
            "t-1", task_node_feedback_per_keys=[TaskNodeFeedbackPerKey(output_key="a", description=None)]
        ),
        "task_node_feedback_per_keys[0].description",
        "required",
    ),
    "required key missing from a nested mapping": (
        lambda c: c.agent_tasks.retry("t-1", task_node_feedback_per_keys=[{"outputKey": "a"}]),
        "task_node_feedback_per_keys[0]",
        "description",
    ),
    "name longer than 100": (lambda c: c.agents.update(SUPPORT_AGENT_ID, name=LONG), "name", "100"),
    "description longer than 500": (
        lambda c: c.agents.update(SUPPORT_AGENT_ID, description="d" * 501),
        "description",
        "500",
    ),
    "name not a string": (lambda c: c.agents.update(SUPPORT_AGENT_ID, name=7), "name", "string"),
    "page_size above 100": (lambda c: c.agents.list(page_size=101), "page_size", "100"),
    "page_size below 1": (lambda c: c.agent_tasks.list(page_size=0), "page_size", ">= 1"),
    "page_num below 1": (
        lambda c: c.agent_views.list_records(INVOICE_VIEW_ID, page_num=0),
        "page_num",
        ">= 1",
    ),
    "page_size not a number": (lambda c: c.agent_views.list(page_size="10"), "page_size", "integer"),
    "page_size of a paginator": (lambda c: c.agents.list_all(page_size=500), "page_size", "100"),
    "linked records page size": (
        lambda c: c.agent_views.list_linked_records(INVOICE_VIEW_ID, VENDOR_LINK_COLUMN_ID, 1, page_size=101),
        "page_size",
        "100",
    ),
    "enum query value": (lambda c: c.agents.list(type="robot"), "type", "beam-os"),
    "enum query value of a paginator": (
        lambda c: c.agent_tasks.list_all(grouping="day"),
        "grouping",
        "status",
    ),
    "enum body value": (lambda c: c.agents.update(SUPPORT_AGENT_ID, type="robot"), "type", "user-agent"),
    "enum path value": (
        lambda c: c.agent_setup.submit_step_feedback(SUPPORT_AGENT_ID, "GENERATE_SOP", query="q"),
        "setup_step",
        "SOP_GENERATION",
    ),
    "enum body value (setup step)": (
        lambda c: c.agent_setup.process_step(agent_id=SUPPORT_AGENT_ID, agent_setup_step="SOP_GENERATION"),
        "agent_setup_step",
        "GENERATE_SOP",
    ),
    "more than 10 files": (lambda c: c.agent_setup.upload_files(FILES_11, thread_id="th"), "files", "10"),
    "more than 10 context files": (
        lambda c: c.agent_setup.add_context_files(SUPPORT_AGENT_ID, FILES_11),
        "files",
        "10",
    ),
    "nested object of the wrong type": (
        lambda c: c.agents.update(SUPPORT_AGENT_ID, settings=["not", "an", "object"]),
        "settings",
        "AgentSettings",
    ),
    "a lone string where a list belongs": (
        lambda c: c.agent_tasks.create(agent_id=SUPPORT_AGENT_ID, query="q", parsing_urls="https://x.test"),
        "parsing_urls",
        "list",
    ),
}


def _client(server: FakeBeamServer, fake: FakeBeam) -> Beam:
    return Beam(
        api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url, clock=fake.clock.now
    )


@pytest.fixture
def beam(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> Any:
    with _client(fake_beam_server, fake_beam) as client:
        yield client


def _strict_for_enums(client: Any, kind: str) -> Any:
    """Enums are open unless the client is strict (tests/test_lenient_requests.py: lenient sends)."""
    return client.with_options(strict_responses=True) if kind.startswith("enum") else client


@pytest.mark.parametrize("kind", sorted(VIOLATIONS))
def test_violation_raises_before_sending(kind: str, beam: Beam, fake_beam: FakeBeam) -> None:
    call, field, word = VIOLATIONS[kind]
    with pytest.raises(BeamValidationError) as raised:
        call(_strict_for_enums(beam, kind))
    assert raised.value.field == field
    assert word in str(raised.value)
    assert str(raised.value).startswith(f"{field}: ")
    assert len(fake_beam.requests) == 0


@pytest.mark.parametrize(
    "kind", ["page_size above 100", "enum body value", "more than 10 files", "required body field (None)"]
)
def test_violation_raises_before_sending_async(
    kind: str, fake_beam_server: FakeBeamServer, fake_beam: FakeBeam
) -> None:
    call, field, _ = VIOLATIONS[kind]

    async def run() -> None:
        async with AsyncBeam(
            api_key=FAKE_API_KEY,
            workspace_id=FAKE_WORKSPACE_ID,
            base_url=fake_beam_server.url,
            clock=fake_beam.clock.now,
        ) as client:
            with pytest.raises(BeamValidationError) as raised:
                await call(_strict_for_enums(client, kind))
            assert raised.value.field == field

    asyncio.run(run())
    assert len(fake_beam.requests) == 0


def test_enum_accepts_member_or_string(beam: Beam, fake_beam: FakeBeam) -> None:
    by_member = beam.agents.list(type=AgentType.USER_AGENT)
    by_string = beam.agents.list(type="user-agent")
    assert by_member.count == by_string.count == 2
    assert [r.query["type"] for r in fake_beam.requests.filter("GET", "/agent")] == [
        "user-agent",
        "user-agent",
    ]
    beam.agent_setup.submit_step_feedback(SUPPORT_AGENT_ID, SetupFeedbackStep.TOOL_MATCHING, query="q")
    beam.agent_setup.submit_step_feedback(SUPPORT_AGENT_ID, "TOOL_MATCHING", query="q")
    assert fake_beam.requests.count("POST", f"/agent-setup/{SUPPORT_AGENT_ID}/TOOL_MATCHING/feedback") == 2


def test_values_at_the_limits_are_sent(beam: Beam, fake_beam: FakeBeam) -> None:
    beam.agents.update(SUPPORT_AGENT_ID, name="n" * 100, description="d" * 500)
    assert beam.agents.list(page_num=1, page_size=100).count == 2
    # latest executions documents a minimum page size but no maximum
    beam.agent_tasks.list_latest_executions(agent_id=SUPPORT_AGENT_ID, page_size=1000)
    assert fake_beam.requests.count("PUT", f"/agent/{SUPPORT_AGENT_ID}") == 1
    assert fake_beam.requests.filter("GET", "/agent-tasks/latest-executions")[0].query["pageSize"] == "1000"


def test_unknown_keyword_is_a_type_error(beam: Beam, fake_beam: FakeBeam) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'nmae'"):
        beam.agents.update(SUPPORT_AGENT_ID, nmae="typo")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'status'"):
        beam.agent_tasks.list_all(status="COMPLETED")  # type: ignore[call-arg]
    assert len(fake_beam.requests) == 0


def test_required_field_can_be_set_and_task_input_is_sent(beam: Beam, fake_beam: FakeBeam) -> None:
    task = beam.agent_tasks.submit_user_input(
        INPUT_WAITING_TASK_ID, task_node_id=f"tn-{INPUT_WAITING_TASK_ID}-1", user_inputs=[]
    )
    assert task.id == INPUT_WAITING_TASK_ID


def test_check_value_rules() -> None:
    check_value("x", None, Rule())
    check_value("x", 5, Rule(minimum=1, maximum=5))
    check_value("x", ["a"], Rule(max_items=1))
    for value, rule, word in [
        (None, Rule(required=True), "required"),
        (True, Rule(minimum=1), "number"),
        ("ab", Rule(min_length=3), "at least 3"),
        ([], Rule(min_items=1), "at least 1"),
        ("a", Rule(max_items=1), "list"),
    ]:
        with pytest.raises(BeamValidationError, match=word):
            check_value("x", value, rule)
