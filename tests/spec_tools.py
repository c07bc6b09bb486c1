"""Reading openapi/beam.yaml in tests: operations, $ref resolution, schema-driven examples."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "beam.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
EXAMPLE_DATETIME = "2025-01-02T03:04:05+00:00"


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open() as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


def iter_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s (any depth) to the node they point at."""
    while "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def snake(name: str) -> str:
    """The generator's snake_case for operation ids and schema names."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).lower().strip("_")


def operation_module(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"beam_ai_api.api.{snake(op['tags'][0])}.{snake(op['operationId'])}")


def model_class(schema_name: str) -> type[Any]:
    module = importlib.import_module(f"beam_ai_api.models.{snake(schema_name)}")
    return getattr(module, schema_name)  # type: ignore[no-any-return]


def parameters(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in op.get("parameters", [])]


def example(schema: dict[str, Any], *, include_optional: bool = True) -> Any:
    """A JSON value that satisfies `schema`, with every optional property filled in."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(example(part, include_optional=include_optional))
        return merged
    if "oneOf" in schema:
        return example(schema["oneOf"][0], include_optional=include_optional)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind is None:
        return {"free": "form", "nested": [1, 2]}
    if kind == "object":
        required = set(schema.get("required", []))
        return {
            name: example(prop, include_optional=include_optional)
            for name, prop in schema.get("properties", {}).items()
            if include_optional or name in required
        }
    if kind == "array":
        return [example(schema["items"], include_optional=include_optional)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 2)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return EXAMPLE_DATETIME
    return "text"


def json_media(node: dict[str, Any]) -> dict[str, Any] | None:
    return resolve(node).get("content", {}).get("application/json")


def success_response(op: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    for code, response in op["responses"].items():
        if code.startswith("2"):
            return int(code), resolve(response)
    raise AssertionError(f"{op['operationId']} declares no 2xx response")
