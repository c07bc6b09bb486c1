"""The generated namespaces: public, documented from the spec, and the classes the clients use."""

from __future__ import annotations

import inspect

import pytest

import beam_ai.resources as resources
from beam_ai import AsyncBeam, Beam
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID
from beam_ai_api.surface.operations import OPERATIONS
from spec_tools import iter_operations, parameters

SETTINGS = {"api_key": FAKE_API_KEY, "workspace_id": FAKE_WORKSPACE_ID}
TAGS = sorted({operation.tag for operation in OPERATIONS.values()})


@pytest.mark.parametrize("tag", TAGS)
def test_each_namespace_class_is_public(tag: str) -> None:
    for client, prefix in ((Beam(**SETTINGS), ""), (AsyncBeam(**SETTINGS), "Async")):
        namespace = getattr(client, tag)
        assert getattr(resources, prefix + type(namespace).__name__.removeprefix("Async")) is type(namespace)
        assert type(namespace).__name__ in resources.__all__


def test_docstrings_carry_the_spec_summary_and_parameter_descriptions() -> None:
    checked = 0
    for _, _, op in iter_operations():
        if "multipart/form-data" in op.get("requestBody", {}).get("content", {}):
            continue  # uploads are hand-written
        tag = OPERATIONS[op["operationId"]].tag
        for client in (Beam(**SETTINGS), AsyncBeam(**SETTINGS)):
            doc = inspect.getdoc(getattr(getattr(client, tag), op["x-beam-method"])) or ""
            assert doc.startswith(op["summary"].rstrip(".")), (op["operationId"], doc)
            for parameter in parameters(op):
                if parameter["in"] != "header" and parameter.get("description"):
                    first_words = " ".join(parameter["description"].split()[:3])
                    assert first_words in " ".join(doc.split()), (op["operationId"], parameter["name"])
            checked += 1
    assert checked > 80  # every JSON operation, on both clients


def test_list_all_exists_exactly_for_operations_declaring_pagination() -> None:
    for operation in OPERATIONS.values():
        _, _, op = next(
            entry for entry in iter_operations() if entry[2]["operationId"] == operation.operation_id
        )
        namespace = getattr(Beam(**SETTINGS), operation.tag)
        if not op["x-beam-method"].startswith("list"):
            continue
        name = op["x-beam-method"].replace("list", "list_all", 1)
        assert hasattr(namespace, name) is (operation.pagination is not None), operation.operation_id
