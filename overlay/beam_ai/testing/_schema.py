"""The spec as the fake reads it: its operations, and JSON Schema values built, checked and shaped.

The spec is `openapi/beam.yaml` as `scripts/regen.sh` ships it inside the generated package
(`beam_ai_api/openapi.json`), so an installed wheel's fake reads the same document its client was
generated from. Three jobs on a schema, and nothing else:

- :meth:`Spec.synthesize` builds a value that satisfies it (the schema's example or default where it
  gives one, else one from the type, format, enum and bounds);
- :meth:`Spec.check` lists NestJS-style messages for what a request value breaks (``name must be a
  string``, ``pageSize must not be greater than 100``), field names as the wire spells them;
- :meth:`Spec.shape` serves a stored record through it: the schema's fields only, the missing ones
  synthesized, so a field added to the spec is served without a hand edit.
"""

from __future__ import annotations

import copy
import functools
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
WORKSPACE_HEADER = "current-workspace-id"
#: Deep enough for every shape in the spec; a self-referencing schema stops here.
MAX_DEPTH = 6
_TYPE_NOUNS = {
    "string": "a string",
    "integer": "an integer number",
    "number": "a number conforming to the specified constraints",
    "boolean": "a boolean value",
    "array": "an array",
    "object": "an object",
}


@functools.cache
def shipped_spec() -> JSON:
    """The spec shipped in the generated package (parsed once per process)."""
    text = resources.files("beam_ai_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: JSON = json.loads(text)
    return spec


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, with its parameters resolved."""

    operation_id: str
    method: str
    path: str
    raw: JSON
    parameters: tuple[JSON, ...]

    @property
    def auth(self) -> bool:
        return self.raw.get("security") != []

    @property
    def workspace(self) -> bool:
        return any(p["in"] == "header" and p["name"] == WORKSPACE_HEADER for p in self.parameters)


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    python = {"string": str, "boolean": bool, "array": list, "object": dict}.get(kind)
    return python is None or isinstance(value, python)


class Spec:
    """An OpenAPI 3.0 document: ``$ref`` resolution and the three schema jobs above."""

    def __init__(self, document: JSON) -> None:
        self.document = document

    def operations(self) -> Iterator[SpecOperation]:
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    params = tuple(self.resolve(p) for p in [*shared, *op.get("parameters", [])])
                    yield SpecOperation(op["operationId"], method.upper(), path, op, params)

    def resolve(self, node: Mapping[str, Any]) -> JSON:
        """Follow ``$ref`` (any depth) and merge ``allOf`` members into one schema."""
        seen = 0
        while "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part]
            node = target
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {node!r}")
        if "allOf" not in node:
            return dict(node)
        merged: JSON = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            member = self.resolve(part)
            merged.setdefault("type", member.get("type"))
            merged["properties"] = {**merged.get("properties", {}), **member.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *member.get("required", [])]
        return merged

    # -- building ----------------------------------------------------------------------------------

    def synthesize(self, schema: Mapping[str, Any], now: float, depth: int = 0) -> Any:
        """A value the schema accepts: its example or default, else one built from its type."""
        schema = self.resolve(schema)
        for key in ("example", "default"):
            if key in schema:
                return copy.deepcopy(schema[key])
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.synthesize(schema[key][0], now, depth)
        kind = schema.get("type")
        if kind == "object" or (kind is None and "properties" in schema):
            required = set(schema.get("required", []))
            return {
                name: self.synthesize(prop, now, depth + 1)
                for name, prop in self.readable(schema).items()
                if depth < MAX_DEPTH or name in required
            }
        if kind == "array":
            count = max(int(schema.get("minItems", 0)), 1 if depth < 2 else 0)
            return [self.synthesize(schema.get("items", {}), now, depth + 1) for _ in range(count)]
        if kind == "integer":
            return int(schema.get("minimum", 0))
        if kind == "number":
            return float(schema.get("minimum", 0))
        if kind == "boolean":
            return False
        if kind == "string":
            return self._string(schema, now)
        return {}  # free-form JSON

    @staticmethod
    def _string(schema: JSON, now: float) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return _iso(now)
        if fmt == "date":
            return _iso(now)[:10]
        if fmt == "uuid":
            return str(uuid.uuid4())
        if fmt == "email":
            return "fake.user@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if fmt == "binary":
            return ""
        text = "string"
        minimum, maximum = schema.get("minLength"), schema.get("maxLength")
        if minimum is not None and len(text) < minimum:
            text = text.ljust(int(minimum), "x")
        if maximum is not None:
            text = text[: int(maximum)]
        return text

    def shape(self, value: Any, schema: Mapping[str, Any], now: float, depth: int = 0) -> Any:
        """``value`` served through ``schema``: only its fields, each missing one synthesized."""
        schema = self.resolve(schema)
        if value is None:  # stored from a request's null (NestJS: absent); a response may not be null
            return None if schema.get("nullable") else self.synthesize(schema, now, depth)
        if isinstance(value, dict) and schema.get("properties"):
            return {
                name: (
                    self.shape(value[name], prop, now, depth + 1)
                    if name in value
                    else self.synthesize(prop, now, depth + 1)
                )
                for name, prop in self.readable(schema).items()
            }
        if isinstance(value, list) and schema.get("type") == "array":
            return [self.shape(item, schema.get("items", {}), now, depth + 1) for item in value]
        return copy.deepcopy(value)

    def readable(self, schema: Mapping[str, Any]) -> JSON:
        """The properties a response carries: all but the ``writeOnly`` (request-side) ones."""
        return {
            name: prop
            for name, prop in schema.get("properties", {}).items()
            if not self.resolve(prop).get("writeOnly")
        }

    # -- checking ----------------------------------------------------------------------------------

    def check(self, value: Any, schema: Mapping[str, Any], name: str) -> list[str]:
        """What ``value`` (present, possibly None) breaks in ``schema``, one message per broken rule."""
        schema = self.resolve(schema)
        if value is None:
            return [] if schema.get("nullable") else [f"{name} should not be null"]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                variants = [self.check(value, variant, name) for variant in schema[key]]
                return [] if any(not v for v in variants) else variants[0]
        if "enum" in schema and value not in schema["enum"]:
            options = ", ".join(str(v) for v in schema["enum"])
            return [f"{name} must be one of the following values: {options}"]
        kind = schema.get("type")
        if kind is not None and not _is_type(value, kind):
            return [f"{name} must be {_TYPE_NOUNS.get(kind, kind)}"]
        return self._bounds(value, schema, name) + self._members(value, schema, name)

    @staticmethod
    def _bounds(value: Any, schema: JSON, name: str) -> list[str]:
        messages = []
        size = len(value) if isinstance(value, str | list) else None
        unit = "characters" if isinstance(value, str) else "elements"
        low = schema.get("minLength" if isinstance(value, str) else "minItems")
        high = schema.get("maxLength" if isinstance(value, str) else "maxItems")
        if size is not None and low is not None and size < low:
            messages.append(f"{name} must be longer than or equal to {low} {unit}")
        if size is not None and high is not None and size > high:
            messages.append(f"{name} must be shorter than or equal to {high} {unit}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                messages.append(f"{name} must not be less than {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                messages.append(f"{name} must not be greater than {schema['maximum']}")
        return messages

    def _members(self, value: Any, schema: JSON, name: str) -> list[str]:
        messages: list[str] = []
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                messages += self.check(item, schema["items"], f"{name}[{i}]")
        if isinstance(value, dict):
            messages += self.check_object(value, schema, f"{name}.")
        return messages

    def check_object(self, value: JSON, schema: Mapping[str, Any], prefix: str = "") -> list[str]:
        """Required properties present, present properties valid (unknown ones are let through)."""
        schema = self.resolve(schema)
        required = set(schema.get("required", []))
        messages: list[str] = []
        for field, prop in schema.get("properties", {}).items():
            if value.get(field) is not None:
                messages += self.check(value[field], prop, f"{prefix}{field}")
            elif field in required and not (field in value and self.resolve(prop).get("nullable")):
                messages.append(f"{prefix}{field} should not be empty")
        messages += [
            f"{prefix}{f} should not be empty"
            for f in sorted(required)
            if f not in value and f not in schema.get("properties", {})
        ]
        return messages

    def schema(self, name: str) -> JSON:
        """A named schema of ``components/schemas``."""
        return self.resolve({"$ref": f"#/components/schemas/{name}"})
