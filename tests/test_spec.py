"""The OpenAPI document: complete, valid, and shaped so the generated code reads well."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from spec_tools import iter_operations, load_spec, parameters, resolve

DOCUMENTED = json.loads((Path(__file__).parent / "data" / "documented_operations.json").read_text())[
    "operations"
]
MODULE_TAGS = {
    "Auth",
    "User",
    "Agents",
    "Agent Graphs",
    "Agent Tasks",
    "Agent Setup",
    "Context Files",
    "Agent Views",
    "Tools",
    # the families of Beam's own tooling (x-beam-source: beam-run)
    "Triggers",
    "Webhooks",
    "Notifications",
    "Integrations",
    "Templates",
    "Learning Hub",
}
VERB_FIRST = re.compile(
    r"^(get|list|create|update|delete|add|submit|approve|reject|retry|rate|trigger|process|upload|publish"
    r"|test|iterate|optimize|refresh|abort|cancel|move|remove|mark|set|merge|discard|reoptimize|run|resume"
    r"|toggle|export|transcribe)[A-Z][A-Za-z]*$"
)


def reference_operations() -> dict[tuple[str, str], dict[str, Any]]:
    """The operations of the public API reference (those without `x-beam-source`)."""
    return {key: op for key, op in by_key().items() if "x-beam-source" not in op}


def by_key() -> dict[tuple[str, str], dict[str, Any]]:
    return {(method.upper(), path): op for path, method, op in iter_operations()}


def test_spec_is_valid_openapi() -> None:
    validate(load_spec())


def test_spec_covers_exactly_the_documented_operations() -> None:
    """The public reference's operations are exactly those not marked as coming from Beam's tooling."""
    documented = {(o["method"], o["path"]) for o in DOCUMENTED}
    assert len(documented) == 50
    assert set(reference_operations()) == documented


def test_vendor_operation_ids_are_kept_for_traceability() -> None:
    ops = by_key()
    for doc in DOCUMENTED:
        assert ops[(doc["method"], doc["path"])].get("x-beam-operation-id") == doc["vendorOperationId"]


def test_operation_ids_are_unique_verb_first_camel_case() -> None:
    ids = [op["operationId"] for _, _, op in iter_operations()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not VERB_FIRST.match(i)] == []


def test_every_operation_has_one_module_tag() -> None:
    for _, _, op in iter_operations():
        assert len(op["tags"]) == 1 and op["tags"][0] in MODULE_TAGS, op["operationId"]
    assert {t["name"] for t in load_spec()["tags"]} == MODULE_TAGS


def test_workspace_header_exactly_where_documented() -> None:
    ops = by_key()
    for doc in DOCUMENTED:
        names = {
            (p["name"], p["in"], p.get("required")) for p in parameters(ops[(doc["method"], doc["path"])])
        }
        has_header = ("current-workspace-id", "header", True) in names
        assert has_header == doc["workspaceHeader"], (doc["method"], doc["path"])


def test_both_documented_auth_schemes_are_declared() -> None:
    spec = load_spec()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {
        **schemes["ApiKeyAuth"],
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
    }
    assert schemes["BearerAuth"]["scheme"] == "bearer"
    # Either; the token first, as the API overview documents (the client's auto mode sends the first).
    assert spec["security"] == [{"BearerAuth": []}, {"ApiKeyAuth": []}]
    unauthenticated = {op["operationId"] for _, _, op in iter_operations() if op.get("security") == []}
    assert unauthenticated == {"createAccessToken", "refreshAccessToken", "triggerWebhook"}


def _walk(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((where, node))
        for key, value in node.items():
            found += _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _walk(value, f"{where}/{i}")
    return found


def _inline_shapes(root: Any, where: str) -> list[str]:
    """Places where an object with properties, or an enum, is written inline instead of named."""
    bad = []
    for place, node in _walk(root, where):
        if place.endswith("/properties") or place.endswith("/example"):
            continue  # a properties map and example values are data, not schemas
        if re.fullmatch(r"[A-Za-z]+/allOf/\d+", place):
            continue  # members of a named allOf are merged into that one model by the generator
        if ("properties" in node and "type" in node) or "enum" in node:
            bad.append(place)
    return bad


def test_no_inline_object_or_enum_schemas() -> None:
    spec = load_spec()
    assert _inline_shapes(spec["paths"], "paths") == []
    for name, schema in spec["components"]["schemas"].items():
        nested = {k: v for k, v in schema.items() if k not in ("properties", "enum")}
        nested_props = schema.get("properties", {})
        assert _inline_shapes(nested, name) == []
        assert _inline_shapes(nested_props, f"{name}/properties") == []


def test_response_fields_never_use_closed_enums() -> None:
    """A new status or type from the server must not break parsing: enums are request-side only."""
    spec = load_spec()
    enum_names = {n for n, s in spec["components"]["schemas"].items() if "enum" in s}
    response_refs: set[str] = set()

    def collect(node: Any) -> None:
        for _, sub in _walk(node, ""):
            ref = sub.get("$ref", "")
            if ref.startswith("#/components/schemas/") and ref not in response_refs:
                response_refs.add(ref)
                collect(resolve(sub))

    for _, _, op in iter_operations():
        for response in op["responses"].values():
            collect(resolve(response))
    assert {r.rsplit("/", 1)[-1] for r in response_refs} & enum_names == set()


def test_task_status_is_an_open_string() -> None:
    schemas = load_spec()["components"]["schemas"]
    for name in ("MinimalAgentTask", "AgentTask", "AgentTaskNodeSummary"):
        assert schemas[name]["properties"]["status"] == {
            **schemas[name]["properties"]["status"],
            "type": "string",
        }
        assert "enum" not in schemas[name]["properties"]["status"]


def test_documented_constraints_are_carried_over() -> None:
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    agent = schemas["UpdateAgentRequest"]["properties"]
    assert agent["name"]["maxLength"] == 100
    assert agent["description"]["maxLength"] == 500
    assert schemas["UploadSetupFilesForm"]["required"] == ["threadId", "files"]
    assert schemas["UploadSetupFilesForm"]["properties"]["files"]["maxItems"] == 10
    assert schemas["SubmitUserInputRequest"]["required"] == ["taskNodeId", "userInputs"]
    assert schemas["UpdateEdgeRequest"]["required"] == ["isAttachmentDataPulledIn"]
    page_sizes = {
        op["operationId"]: p["schema"]
        for op in reference_operations().values()
        for p in parameters(op)
        if p["name"] == "pageSize"
    }
    assert set(page_sizes) == {
        "listAgents",
        "listTaskNodesByTool",
        "listTasks",
        "listLatestExecutions",
        "listViews",
        "listViewRecords",
        "listLinkedRecords",
    }
    for op_id, schema in page_sizes.items():
        assert schema["type"] == "integer" and schema["minimum"] == 1, op_id
        if op_id != "listLatestExecutions":  # the docs give no maximum there
            assert schema["maximum"] == 100, op_id


def test_uploads_are_multipart_and_updates_are_an_event_stream() -> None:
    ops = {op["operationId"]: op for _, _, op in iter_operations()}
    for op_id in ("uploadSetupFiles", "addContextFiles", "uploadContextFile", "triggerWebhook"):
        assert list(ops[op_id]["requestBody"]["content"]) == ["multipart/form-data"], op_id
    assert list(ops["getTaskUpdates"]["responses"]["200"]["content"]) == ["text/event-stream"]


@pytest.mark.parametrize("code", ["400", "401", "403", "404", "500"])
def test_documented_error_responses_use_the_lenient_error_schema(code: str) -> None:
    for _, _, op in iter_operations():
        if code == "403" and op["operationId"] in ("createAccessToken", "refreshAccessToken"):
            continue
        if code == "404" and op["operationId"] in ("createAccessToken", "refreshAccessToken"):
            continue
        media = resolve(op["responses"][code])["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, op["operationId"]
    error = load_spec()["components"]["schemas"]["ErrorResponse"]
    assert "required" not in error and error.get("additionalProperties", True) is not False


def test_uncertain_operations_say_what_was_decided() -> None:
    ops = {op["operationId"]: op for _, _, op in iter_operations()}
    for op_id in ("getTaskUpdates", "listViewRecords", "uploadContextFile"):
        assert "Decision:" in ops[op_id]["description"], op_id
