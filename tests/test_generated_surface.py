"""The generated namespaces: public, documented from the spec, and the classes the clients use."""

from __future__ import annotations

import importlib.util
import inspect
from functools import cached_property
from types import ModuleType

import pytest

import beam_ai.resources as resources
from beam_ai import AsyncBeam, Beam
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID
from beam_ai_api.client_namespaces import AsyncNamespaces, Namespaces
from beam_ai_api.surface.operations import OPERATIONS
from spec_tools import ROOT, iter_operations, parameters

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


def _gen_surface() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_surface", ROOT / "scripts" / "gen_surface.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_tag_is_a_typed_property_of_both_clients_from_generated_code() -> None:
    """The wiring is generated: every tag of the operation table is a cached property of the generated
    client mixins, which `Beam` / `AsyncBeam` inherit (a tag needs no hand-written line)."""
    assert {tag for tag in TAGS if isinstance(vars(Namespaces).get(tag), cached_property)} == set(TAGS)
    assert {tag for tag in TAGS if isinstance(vars(AsyncNamespaces).get(tag), cached_property)} == set(TAGS)
    assert issubclass(Beam, Namespaces) and issubclass(AsyncBeam, AsyncNamespaces)


def test_the_readme_namespace_table_lists_every_generated_method() -> None:
    """The README's table (rewritten by scripts/regen.sh) is what the generated namespaces hold."""
    entries = []
    for tag in TAGS:
        cls = type(getattr(Beam(**SETTINGS), tag))
        generated = next(c for c in cls.__mro__ if c.__module__ == f"beam_ai_api.surface.{tag}")
        methods = [name for name, value in vars(generated).items() if callable(value) and name[0] != "_"]
        entries.append({"tag": tag, "methods": methods})
    gen_surface = _gen_surface()
    readme = (ROOT / "README.md").read_text()
    table = readme.split(gen_surface.README_BEGIN)[1].split(gen_surface.README_END)[0]
    assert table == gen_surface.readme_table(entries)
