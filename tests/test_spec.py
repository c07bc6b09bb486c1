"""The OpenAPI document: complete, valid, and shaped so the generated code reads well."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from spec_tools import iter_operations, load_spec, parameters, resolve

#: Each operationId starts with a lower-case verb and names its object after it (`listAgents`,
#: `archiveAgent`): camel case whose first word is not a word of the operation's tag (the noun).
CAMEL_CASE = re.compile(r"^([a-z]+)([A-Z][a-z0-9]*)+$")


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][a-z0-9]*", text)}


def test_spec_is_valid_openapi() -> None:
    validate(load_spec())


def test_vendor_operation_ids_are_unique_controller_methods() -> None:
    """Where the docs give the vendor's NestJS id (`x-beam-operation-id`), it is kept, once each."""
    vendor_ids = [op["x-beam-operation-id"] for _, _, op in iter_operations() if "x-beam-operation-id" in op]
    assert len(vendor_ids) == len(set(vendor_ids))
    assert [v for v in vendor_ids if not re.fullmatch(r"[A-Za-z]+Controller_[A-Za-z0-9]+", v)] == []


def test_operation_ids_are_unique_verb_first_camel_case() -> None:
    ids = [op["operationId"] for _, _, op in iter_operations()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not CAMEL_CASE.match(i)] == []
    noun_first = [
        op["operationId"]
        for _, _, op in iter_operations()
        if CAMEL_CASE.match(op["operationId"]).group(1).rstrip("s") in _words(op["tags"][0])  # type: ignore[union-attr]
    ]
    assert noun_first == []


def test_every_operation_has_one_declared_tag_and_every_tag_is_used() -> None:
    declared = [t["name"] for t in load_spec()["tags"]]
    assert len(declared) == len(set(declared))
    for _, _, op in iter_operations():
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, op["operationId"]
    assert {op["tags"][0] for _, _, op in iter_operations()} == set(declared)


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
        for _, _, op in iter_operations()
        for p in parameters(op)
        if p["name"] == "pageSize"
    }
    documented_maximum = {"listAgents", "listTaskNodesByTool", "listTasks", "listViews", "listViewRecords"}
    assert documented_maximum | {"listLinkedRecords", "listLatestExecutions"} <= set(page_sizes)
    for op_id, schema in page_sizes.items():
        assert schema["type"] == "integer" and schema["minimum"] == 1, op_id
    for op_id in documented_maximum | {"listLinkedRecords"}:
        assert page_sizes[op_id]["maximum"] == 100, op_id


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
    """In `x-beam-notes`, which the templates do not render: notes for maintainers, not docstrings."""
    ops = {op["operationId"]: op for _, _, op in iter_operations()}
    for op_id in ("getTaskUpdates", "listViewRecords", "uploadContextFile"):
        assert "Decision:" in ops[op_id]["x-beam-notes"], op_id
        assert "Decision:" not in ops[op_id]["description"], op_id
