"""The spec as the fake reads it: its operations, and JSON Schema values built, checked and shaped.

The spec is `openapi/beam.yaml` as `scripts/regen.sh` ships it inside the generated package
(`beam_ai_api/openapi.json`), so an installed wheel's fake reads the same document its client was
generated from. Three jobs on a schema, and nothing else:

- :meth:`Spec.synthesize` builds a value that satisfies it (the schema's example or default where it
  gives one, else one from the type, format, enum and bounds): only its required fields, as a real
  server sends nothing it has no value for, unless ``full`` (every field, the ``full_bodies`` quirk);
- :meth:`Spec.check` lists NestJS-style messages for what a request value breaks (``name must be a
  string``, ``pageSize must not be greater than 100``), field names as the wire spells them;
- :meth:`Spec.shape` serves a stored record through it: the schema's fields the record has, and
  the required ones it lacks synthesized (with ``full``, the optional ones too), so a field added
  to the spec is served without a hand edit as soon as there is a value for it.

Every value made up for an optional field comes from :meth:`Spec.invent` (only with ``full``).
"""

from __future__ import annotations

import copy
import dataclasses
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


@dataclass(eq=False)
class _Plan:
    """How to serve a value through one schema, compiled once (a list page holds thousands of values)."""

    schema: JSON
    nullable: bool
    #: Neither an object with properties nor an array: served as it is.
    leaf: bool
    #: An object schema's readable properties, and the required ones among them.
    fields: dict[str, _Plan] = dataclasses.field(default_factory=dict)
    required: tuple[str, ...] = ()
    items: _Plan | None = None


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
        self._plans: dict[Any, tuple[Mapping[str, Any], _Plan]] = {}

    def operations(self) -> Iterator[SpecOperation]:
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    params = tuple(self.resolve(p) for p in [*shared, *op.get("parameters", [])])
                    yield SpecOperation(op["operationId"], method.upper(), path, op, params)

    def successes(self, op: SpecOperation) -> list[tuple[int, str | None, JSON]]:
        """The documented success answers of ``op``, lowest status first: (status, media type or None
        for no body, the schema node as the document has it)."""
        found: list[tuple[int, str | None, JSON]] = []
        for code in sorted(c for c in op.raw.get("responses", {}) if str(c).startswith("2")):
            content = self.resolve(op.raw["responses"][code]).get("content", {})
            if not content:
                found.append((int(code), None, {}))
                continue
            media = "application/json" if "application/json" in content else next(iter(content))
            found.append((int(code), media, content[media].get("schema", {})))
        return found

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

    def synthesize(self, schema: Mapping[str, Any], now: float, depth: int = 0, *, full: bool = False) -> Any:
        """A value the schema accepts: its example or default, else one built from its type.

        An object gets its required properties only (an object's example too would carry optional
        ones), unless ``full``: then every property, the optional ones from :meth:`invent`.
        """
        schema = self.resolve(schema)
        kind = schema.get("type")
        is_object = kind == "object" or (kind is None and "properties" in schema)
        for key in ("example", "default"):
            if key in schema and (full or not (is_object and schema.get("properties"))):
                return copy.deepcopy(schema[key])
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.synthesize(schema[key][0], now, depth, full=full)
        if is_object:
            required = set(schema.get("required", []))
            return {
                name: (
                    self.synthesize(prop, now, depth + 1, full=full)
                    if name in required
                    else self.invent(prop, now, depth + 1)
                )
                for name, prop in self.readable(schema).items()
                if name in required or (full and depth < MAX_DEPTH)
            }
        if kind == "array":
            count = int(schema.get("minItems", 0))
            if full:
                count = max(count, 1 if depth < 2 else 0)
            return [self.synthesize(schema.get("items", {}), now, depth + 1, full=full) for _ in range(count)]
        if kind == "integer":
            return int(schema.get("minimum", 0))
        if kind == "number":
            return float(schema.get("minimum", 0))
        if kind == "boolean":
            return False
        if kind == "string":
            return self._string(schema, now)
        return {}  # free-form JSON

    def invent(self, schema: Mapping[str, Any], now: float, depth: int = 0) -> Any:
        """A made-up value for an optional field the fake has none for (only with ``full``)."""
        return self.synthesize(schema, now, depth, full=True)

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

    def shape(self, value: Any, schema: Mapping[str, Any], now: float, *, full: bool = False) -> Any:
        """``value`` served through ``schema``: the fields of the schema it has (unknown ones dropped),
        the required ones it lacks synthesized; with ``full``, the optional ones it lacks invented.

        ``schema`` is a node of the document (or a ``$ref``): its plan is compiled once and kept.
        Objects and lists the schema describes are new; other values (free-form JSON, strings) are
        ``value``'s own, not copies: render the result before ``value`` changes.
        """
        plan = self._plan(schema)
        if value is None:  # stored from a request's null (NestJS: absent); a response may not be null
            return None if plan.nullable else self.synthesize(plan.schema, now, full=full)
        return self._shape(value, plan, now, full, 0, {})

    def _shape(
        self, value: Any, plan: _Plan, now: float, full: bool, depth: int, done: dict[tuple[int, int], Any]
    ) -> Any:
        """``done``: what this call shaped already, by (object, plan) identity. A page of tasks refers
        to the same rendered graph node from every task; it is shaped once."""
        if plan.fields and isinstance(value, dict):
            key = (id(value), id(plan))
            if key in done:
                return done[key]
            shaped: JSON = {}
            fields = plan.fields
            for name, item in value.items():
                inner = fields.get(name)
                if inner is None:
                    continue  # not in the schema: the fake's own
                if item is not None:
                    shaped[name] = (
                        item if inner.leaf else self._shape(item, inner, now, full, depth + 1, done)
                    )
                elif inner.nullable:
                    shaped[name] = None
            for name in plan.required:
                if name not in shaped:
                    shaped[name] = self.synthesize(fields[name].schema, now, depth + 1, full=full)
            if full:
                for name, inner in fields.items():
                    if name not in shaped:
                        shaped[name] = self.invent(inner.schema, now, depth + 1)
            done[key] = shaped
            return shaped
        if plan.items is not None and isinstance(value, list):
            items = plan.items
            return [self._shape(item, items, now, full, depth + 1, done) for item in value]
        return value

    def _plan(self, node: Mapping[str, Any]) -> _Plan:
        """The compiled plan of a schema node: by ``$ref`` name, else by identity (the node is kept)."""
        key: Any = node["$ref"] if len(node) == 1 and "$ref" in node else id(node)
        found = self._plans.get(key)
        if found is not None:
            return found[1]
        schema = self.resolve(node)
        leaf = not schema.get("properties") and schema.get("type") != "array"
        plan = _Plan(schema, bool(schema.get("nullable")), leaf)
        self._plans[key] = (node, plan)  # before the members: a schema may refer to itself
        if schema.get("properties"):
            plan.fields = {name: self._plan(prop) for name, prop in self.readable(schema).items()}
            plan.required = tuple(name for name in schema.get("required", []) if name in plan.fields)
        elif schema.get("type") == "array":
            plan.items = self._plan(schema.get("items", {}))
        return plan

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
