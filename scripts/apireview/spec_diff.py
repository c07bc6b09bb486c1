"""Spec changes between two OpenAPI documents, each classified from the client's side.

The client sends requests and reads responses, so one schema change can be harmless in one direction
and breaking in the other:

- request side (what the client sends): a removed operation, parameter, body field or enum value, a
  new required parameter or field (or optional -> required), a narrowed or changed type, a tightened
  constraint (a smaller maximum, a new pattern...) or a dropped `nullable` is breaking: code written
  against the old client no longer type-checks or is refused before it is sent.
- response side (what the client reads): a removed or renamed field, a field no longer always sent
  (required -> optional) or now nullable, a changed type is breaking: code reading it breaks. A new
  enum value is not: response enums are open strings in this client (see the README).
- additions (operations, optional parameters and fields, enum values) are not breaking.

Changes are reported once per place (`Agent.archivedAt`, `createTask request body.agentId`), with the
operations that reach it. `names` are the backticked names a CHANGELOG entry may use to cover it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml  # type: ignore[import-untyped]

SPEC = "openapi/beam.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REQUEST = "request"
RESPONSE = "response"
# Formats that change the Python type of a generated attribute or argument (openapi-python-client).
TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})
# Vendor extensions that shape the generated Python method of an operation (see the README).
SIGNATURE_EXTENSIONS = ("x-beam-method", "x-beam-flatten", "x-beam-positional")
# Upper and lower bounds: a request constraint moving inward narrows what a caller may send.
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
# Keys that do not change what is sent or read.
_DOC_KEYS = frozenset({"description", "example", "examples", "title", "externalDocs", "deprecated", "xml"})


@dataclass(frozen=True, order=True)
class Change:
    """One spec change. `location` is where it is (`Agent.archivedAt`, `GET /agent`, ...)."""

    location: str
    kind: str
    breaking: bool
    detail: str
    direction: str = ""
    operations: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def describe(self) -> str:
        where = f" ({self.direction}; {', '.join(self.operations)})" if self.operations else ""
        return f"`{self.location}`: {self.kind}{where}. {self.detail}".rstrip(". ") + "."


@dataclass
class _Collector:
    """Gathers changes, merging the same change reached through several operations."""

    found: dict[tuple[str, str, str, str], tuple[bool, set[str], set[str]]] = field(default_factory=dict)

    def add(
        self,
        location: str,
        kind: str,
        breaking: bool,
        detail: str,
        *,
        direction: str = "",
        operation: str | None = None,
        names: tuple[str, ...] = (),
    ) -> None:
        key = (location, kind, detail, direction)
        entry = self.found.setdefault(key, (breaking, set(), set()))
        if operation:
            entry[1].add(operation)
            if " " in location:  # not inside a named schema: a wildcard over the operation covers it
                entry[2].add(f"{operation}.*")
            parameter = re.fullmatch(r"\S+ \w+ parameter (\S+)", location)
            if parameter:
                entry[2].add(f"{operation}.{parameter.group(1)}")
        entry[2].update(names)

    def changes(self) -> list[Change]:
        out = []
        for (location, kind, detail, direction), (breaking, operations, names) in self.found.items():
            all_names = set(names) | set(_dotted_prefixes(location))
            out.append(
                Change(
                    location=location,
                    kind=kind,
                    breaking=breaking,
                    detail=detail,
                    direction=direction,
                    operations=tuple(sorted(operations)),
                    names=tuple(sorted(all_names)),
                )
            )
        return sorted(out, key=lambda c: (not c.breaking, c.location, c.kind, c.detail))


def _dotted_prefixes(location: str) -> list[str]:
    """`Agent.settings.x` -> `Agent.settings.x`, `Agent.*`, `Agent.settings.*` (a wildcard over a schema
    covers the changes inside it). Locations with spaces (operations, parameters) are taken whole."""
    if " " in location:
        return [location]
    parts = location.replace("[]", "").split(".")
    return [".".join(parts), *(".".join(parts[:i]) + ".*" for i in range(1, len(parts)))]


class _Spec:
    """One OpenAPI document with `$ref` resolution."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow `$ref`s; return the node and the last component name passed through."""
        name = None
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"$ref cycle at {ref}")
            seen.add(ref)
            name = ref.rsplit("/", 1)[-1]
            node = self.lookup(ref)
        return node, name

    def flatten(self, node: Any) -> tuple[dict[str, Any], str | None]:
        """A schema with its `$ref` followed and `allOf` merged (properties and `required` united)."""
        node, name = self.deref(node)
        if not isinstance(node, Mapping):
            return {}, name
        if "allOf" not in node:
            return dict(node), name
        merged: dict[str, Any] = {}
        properties: dict[str, Any] = {}
        required: list[str] = []
        parts = list(node["allOf"])
        part_names = []
        for part in parts:
            flat, part_name = self.flatten(part)
            part_names.append(part_name)
            properties.update(flat.get("properties", {}))
            required.extend(r for r in flat.get("required", []) if r not in required)
            for key, value in flat.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        for key, value in node.items():
            if key == "allOf":
                continue
            if key == "properties":
                properties.update(value)
            elif key == "required":
                required.extend(r for r in value if r not in required)
            else:
                merged[key] = value
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        # `allOf: [$ref X]` plus `nullable`/description is X itself, possibly nullable.
        if name is None and len(parts) == 1:
            name = part_names[0]
        return merged, name


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows, without null; None for "any"."""
    raw = schema.get("type")
    if raw is None:
        if "properties" in schema or "additionalProperties" in schema:
            return frozenset({"object"})
        if "items" in schema:
            return frozenset({"array"})
        if "enum" in schema:
            return frozenset({type(v).__name__ for v in schema["enum"] if v is not None}) or None
        return None
    types = {raw} if isinstance(raw, str) else set(raw)
    types.discard("null")
    return frozenset(types)


def _nullable(schema: Mapping[str, Any]) -> bool:
    raw = schema.get("type")
    if schema.get("nullable") is True or (isinstance(raw, list) and "null" in raw):
        return True
    return any(
        v.get("type") == "null"
        for key in ("oneOf", "anyOf")
        for v in schema.get(key, [])
        if isinstance(v, Mapping)
    )


def _type_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _widens(old: frozenset[str] | None, new: frozenset[str] | None) -> bool:
    """Every value of the old type is a value of the new one (integer fits number, anything fits any)."""
    if new is None:
        return True
    if old is None:
        return False
    expanded = set(new) | ({"integer"} if "number" in new else set())
    return old <= expanded


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = _Spec(old)
        self.new = _Spec(new)
        self.out = _Collector()
        # (old schema name, new schema name, direction, operation) pairs already compared: cycles, reuse.
        self.seen: set[tuple[str, str, str, str]] = set()

    # -- operations -------------------------------------------------------------------------------------

    def run(self) -> list[Change]:
        old_ops = dict(_operations(self.old))
        new_ops = dict(_operations(self.new))
        for key in sorted(old_ops.keys() - new_ops.keys()):
            path, op = old_ops[key]
            where = f"{key[0].upper()} {path}"
            op_id = op.get("operationId", where)
            self.out.add(
                where,
                "operation removed",
                True,
                f"`{op_id}` (method `{_method_name(op)}`) is gone from both clients",
                names=(op_id, where),
            )
        for key in sorted(new_ops.keys() - old_ops.keys()):
            path, op = new_ops[key]
            where = f"{key[0].upper()} {path}"
            op_id = op.get("operationId", where)
            self.out.add(where, "operation added", False, f"`{op_id}`", names=(op_id, where))
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(key, old_ops[key], new_ops[key])
        return self.out.changes()

    def operation(
        self, key: tuple[str, str], old: tuple[str, dict[str, Any]], new: tuple[str, dict[str, Any]]
    ) -> None:
        (old_path, old_op), (new_path, new_op) = old, new
        where = f"{key[0].upper()} {new_path}"
        op_id = str(new_op.get("operationId", where))
        names = (op_id, where, str(old_op.get("operationId", where)))
        if old_op.get("operationId") != new_op.get("operationId"):
            self.out.add(
                where,
                "operation renamed",
                True,
                f"operationId `{old_op.get('operationId')}` -> `{op_id}` (the low-level `beam_ai_api.api` function)",
                names=names,
            )
        old_tag, new_tag = (old_op.get("tags") or [None])[0], (new_op.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.out.add(
                where,
                "operation moved",
                True,
                f"tag `{old_tag}` -> `{new_tag}` (another namespace)",
                names=names,
            )
        for ext in SIGNATURE_EXTENSIONS:
            before, after = old_op.get(ext), new_op.get(ext)
            if before != after:
                # No namespace method before: this one is new, whatever shapes it.
                named = old_op.get("x-beam-method") is None
                self.out.add(
                    where,
                    f"{ext} changed",
                    not named,
                    f"`{before}` -> `{after}`"
                    + (
                        " (a namespace method is added)"
                        if named
                        else " (the method's name or arguments change)"
                    ),
                    names=names,
                )
        old_pages, new_pages = old_op.get("x-beam-pagination"), new_op.get("x-beam-pagination")
        if old_pages != new_pages:
            added = old_pages is None
            self.out.add(
                where,
                "pagination added" if added else "pagination changed" if new_pages else "pagination removed",
                not added,
                "a `list_all*` method is added" if added else "the `list_all*` method changes or goes",
                names=names,
            )
        self.parameters(where, op_id, names, old_path, old_op, new_path, new_op)
        self.request_body(where, op_id, names, old_op, new_op)
        self.response(where, op_id, names, old_op, new_op)

    def parameters(
        self,
        where: str,
        op_id: str,
        names: tuple[str, ...],
        old_path: str,
        old_op: Mapping[str, Any],
        new_path: str,
        new_op: Mapping[str, Any],
    ) -> None:
        old_params = self._params(self.old, old_path, old_op)
        new_params = self._params(self.new, new_path, new_op)
        # Path parameters are matched by position (the path template matched already).
        old_path_names = re.findall(r"{([^}]+)}", old_path)
        new_path_names = re.findall(r"{([^}]+)}", new_path)
        renamed = dict(zip(old_path_names, new_path_names, strict=True))
        for old_name, new_name in renamed.items():
            if old_name != new_name:
                self.out.add(
                    f"{op_id} path parameter {new_name}",
                    "path parameter renamed",
                    True,
                    f"`{old_name}` -> `{new_name}` (a keyword argument renamed)",
                    direction=REQUEST,
                    operation=op_id,
                    names=(),
                )
                if ("path", old_name) in old_params:
                    old_params[("path", new_name)] = old_params.pop(("path", old_name))
        for loc, name in sorted(old_params.keys() - new_params.keys()):
            self.out.add(
                f"{op_id} {loc} parameter {name}",
                "parameter removed",
                True,
                "",
                direction=REQUEST,
                operation=op_id,
                names=(f"{op_id}.{name}",),
            )
        for loc, name in sorted(new_params.keys() - old_params.keys()):
            required = bool(new_params[(loc, name)].get("required"))
            self.out.add(
                f"{op_id} {loc} parameter {name}",
                "new required parameter" if required else "optional parameter added",
                required,
                "",
                direction=REQUEST,
                operation=op_id,
                names=(f"{op_id}.{name}",),
            )
        for key in sorted(old_params.keys() & new_params.keys()):
            old_p, new_p = old_params[key], new_params[key]
            place = f"{op_id} {key[0]} parameter {key[1]}"
            if not old_p.get("required") and new_p.get("required"):
                self.out.add(
                    place,
                    "parameter made required",
                    True,
                    "",
                    direction=REQUEST,
                    operation=op_id,
                    names=(),
                )
            elif old_p.get("required") and not new_p.get("required"):
                self.out.add(
                    place,
                    "parameter made optional",
                    False,
                    "",
                    direction=REQUEST,
                    operation=op_id,
                    names=(),
                )
            for ext, accepts in (("x-beam-comma-list", "a list"), ("x-beam-timestamp", "a date or datetime")):
                if bool(old_p.get(ext)) != bool(new_p.get(ext)):
                    widened = bool(new_p.get(ext))
                    self.out.add(
                        place,
                        f"{ext} {'added' if widened else 'removed'}",
                        not widened,
                        f"the argument {'also' if widened else 'no longer'} accepts {accepts}",
                        direction=REQUEST,
                        operation=op_id,
                        names=(),
                    )
            self.schema(old_p.get("schema", {}), new_p.get("schema", {}), place, REQUEST, op_id)

    @staticmethod
    def _params(spec: _Spec, path: str, op: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        params: dict[tuple[str, str], dict[str, Any]] = {}
        path_item = spec.doc.get("paths", {}).get(path, {})
        for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
            param, _ = spec.deref(raw)
            params[(param["in"], param["name"])] = dict(param)
        return params

    def request_body(
        self,
        where: str,
        op_id: str,
        names: tuple[str, ...],
        old_op: Mapping[str, Any],
        new_op: Mapping[str, Any],
    ) -> None:
        old_body, _ = self.old.deref(old_op.get("requestBody"))
        new_body, _ = self.new.deref(new_op.get("requestBody"))
        place = f"{op_id} request body"
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self.out.add(
                place, "request body removed", True, "", direction=REQUEST, operation=op_id, names=()
            )
            return
        if old_body is None:
            required = bool(new_body.get("required"))
            self.out.add(
                place,
                "new required request body" if required else "optional request body added",
                required,
                "",
                direction=REQUEST,
                operation=op_id,
                names=(),
            )
            return
        if not old_body.get("required") and new_body.get("required"):
            self.out.add(
                place, "request body made required", True, "", direction=REQUEST, operation=op_id, names=()
            )
        old_content, new_content = old_body.get("content", {}), new_body.get("content", {})
        for media in sorted(old_content.keys() - new_content.keys()):
            self.out.add(
                place,
                "request media type removed",
                True,
                f"`{media}`",
                direction=REQUEST,
                operation=op_id,
                names=(),
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            self.out.add(
                place,
                "request media type added",
                False,
                f"`{media}`",
                direction=REQUEST,
                operation=op_id,
                names=(),
            )
        for media in sorted(old_content.keys() & new_content.keys()):
            self.schema(
                old_content[media].get("schema", {}),
                new_content[media].get("schema", {}),
                place,
                REQUEST,
                op_id,
            )

    def response(
        self,
        where: str,
        op_id: str,
        names: tuple[str, ...],
        old_op: Mapping[str, Any],
        new_op: Mapping[str, Any],
    ) -> None:
        old_code, old_resp = self._success(self.old, old_op)
        new_code, new_resp = self._success(self.new, new_op)
        place = f"{op_id} response"
        if old_code != new_code:
            self.out.add(
                place,
                "success status changed",
                False,
                f"`{old_code}` -> `{new_code}`",
                direction=RESPONSE,
                operation=op_id,
                names=(),
            )
        old_content = (old_resp or {}).get("content", {})
        new_content = (new_resp or {}).get("content", {})
        for media in sorted(old_content.keys() - new_content.keys()):
            self.out.add(
                place,
                "response media type removed",
                True,
                f"`{media}` (the method's return type changes)",
                direction=RESPONSE,
                operation=op_id,
                names=(),
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            if old_content:
                self.out.add(
                    place,
                    "response media type added",
                    False,
                    f"`{media}`",
                    direction=RESPONSE,
                    operation=op_id,
                    names=(),
                )
            else:
                self.out.add(
                    place,
                    "response body added",
                    True,
                    f"`{media}` (the method returned None before)",
                    direction=RESPONSE,
                    operation=op_id,
                    names=(),
                )
        for media in sorted(old_content.keys() & new_content.keys()):
            self.schema(
                old_content[media].get("schema", {}),
                new_content[media].get("schema", {}),
                place,
                RESPONSE,
                op_id,
            )

    @staticmethod
    def _success(spec: _Spec, op: Mapping[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
        responses = {str(code): value for code, value in (op.get("responses") or {}).items()}
        codes = sorted(code for code in responses if code.startswith("2"))
        if not codes:
            return None, None
        response, _ = spec.deref(responses[codes[0]])
        return codes[0], dict(response)

    # -- schemas ------------------------------------------------------------------------------------------

    def schema(self, old_raw: Any, new_raw: Any, place: str, direction: str, op_id: str) -> None:
        old, old_name = self.old.flatten(old_raw)
        new, new_name = self.new.flatten(new_raw)
        if new_name or old_name:
            place = new_name or old_name or place
            seen_key = (old_name or "", new_name or "", direction, op_id)
            if seen_key in self.seen:
                return
            self.seen.add(seen_key)

        def add(kind: str, breaking: bool, detail: str = "") -> None:
            self.out.add(place, kind, breaking, detail, direction=direction, operation=op_id)

        old_types, new_types = _types(old), _types(new)
        if old_types != new_types:
            detail = f"`{_type_text(old_types)}` -> `{_type_text(new_types)}`"
            if direction == REQUEST:
                widened = _widens(old_types, new_types)
                add("type widened" if widened else "type changed", not widened, detail)
            else:
                narrowed = old_types is not None and new_types is not None and _widens(new_types, old_types)
                add("type narrowed" if narrowed else "type changed", not narrowed, detail)
            return
        old_null, new_null = _nullable(old), _nullable(new)
        if old_null != new_null:
            if direction == REQUEST:
                add("no longer nullable" if old_null else "now nullable", old_null)
            else:
                add("now nullable (may be null)" if new_null else "no longer nullable", new_null)
        old_format, new_format = old.get("format"), new.get("format")
        if old_format != new_format:
            typed = bool({old_format, new_format} & TYPED_FORMATS)
            add(
                "format changed",
                typed,
                f"`{old_format}` -> `{new_format}`" + (" (the Python type changes)" if typed else ""),
            )
        self._enum(old, new, add, direction)
        if direction == REQUEST:
            self._constraints(old, new, add)
        for key in ("oneOf", "anyOf"):
            self._variants(old.get(key), new.get(key), add, direction, key)
        if new_types is not None and "object" in new_types:
            self._object(old, new, place, direction, op_id)
        if new_types is not None and "array" in new_types:
            self.schema(old.get("items", {}), new.get("items", {}), f"{place}[]", direction, op_id)

    @staticmethod
    def _enum(old: Mapping[str, Any], new: Mapping[str, Any], add: Any, direction: str) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum == new_enum:
            return
        if direction == RESPONSE:
            # Response enums are open strings for this client: any change is harmless to a reader.
            add(
                "response enum changed",
                False,
                f"{_values(old_enum)} -> {_values(new_enum)} (read as an open string)",
            )
            return
        if new_enum is None:
            add("enum removed", False, "any value is accepted now")
        elif old_enum is None:
            add("enum added", True, f"only {_values(new_enum)} accepted")
        else:
            removed = [v for v in old_enum if v not in new_enum]
            added = [v for v in new_enum if v not in old_enum]
            if removed:
                add("enum value removed", True, _values(removed))
            if added:
                add("enum value added", False, _values(added))

    @staticmethod
    def _constraints(old: Mapping[str, Any], new: Mapping[str, Any], add: Any) -> None:
        for key in (*UPPER_BOUNDS, *LOWER_BOUNDS):
            before, after = old.get(key), new.get(key)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            upper = key in UPPER_BOUNDS
            if after is None:
                narrowed = False
            elif before is None:
                narrowed = True
            else:
                narrowed = after < before if upper else after > before
            add(
                "constraint narrowed" if narrowed else "constraint relaxed",
                narrowed,
                f"{key} {before} -> {after}",
            )
        for key in ("pattern", "multipleOf", "uniqueItems"):
            if old.get(key) != new.get(key):
                narrowed = new.get(key) is not None and new.get(key) is not False
                add(
                    "constraint narrowed" if narrowed else "constraint relaxed",
                    narrowed,
                    f"{key} {old.get(key)} -> {new.get(key)}",
                )

    def _variants(self, old: Any, new: Any, add: Any, direction: str, key: str) -> None:
        if old == new:
            return
        old_set = {self._fingerprint(self.old, v) for v in old or []}
        new_set = {self._fingerprint(self.new, v) for v in new or []}
        if old_set == new_set:
            return
        lost, gained = old_set - new_set, new_set - old_set
        if direction == REQUEST:
            add(f"{key} changed", bool(lost), f"{len(lost)} variant(s) no longer accepted, {len(gained)} new")
        else:
            add(
                f"{key} changed",
                bool(gained),
                f"{len(gained)} new variant(s) may be returned, {len(lost)} gone",
            )

    def _object(
        self, old: Mapping[str, Any], new: Mapping[str, Any], place: str, direction: str, op_id: str
    ) -> None:
        hidden = "readOnly" if direction == REQUEST else "writeOnly"

        def visible(schema: Mapping[str, Any], spec: _Spec) -> dict[str, Any]:
            return {
                k: v
                for k, v in (schema.get("properties") or {}).items()
                if not spec.flatten(v)[0].get(hidden)
            }

        old_props, new_props = visible(old, self.old), visible(new, self.new)
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        removed = sorted(old_props.keys() - new_props.keys())
        added = sorted(new_props.keys() - old_props.keys())

        def add(name: str, kind: str, breaking: bool, detail: str = "") -> None:
            self.out.add(f"{place}.{name}", kind, breaking, detail, direction=direction, operation=op_id)

        renames = self._renames(old_props, new_props, removed, added) if direction == RESPONSE else {}
        for name in removed:
            if name in renames:
                self.out.add(
                    f"{place}.{name}",
                    "response field renamed",
                    True,
                    f"`{name}` -> `{renames[name]}`",
                    direction=direction,
                    operation=op_id,
                    names=(f"{place}.{renames[name]}",),
                )
            else:
                add(name, f"{direction} field removed", True)
        for name in added:
            if name in renames.values():
                continue
            if direction == REQUEST and name in new_req:
                add(name, "new required request field", True)
            else:
                add(name, f"{direction} field added", False)
        for name in sorted(old_props.keys() & new_props.keys()):
            was, now = name in old_req, name in new_req
            if was != now:
                if direction == REQUEST:
                    add(name, "request field made required" if now else "request field made optional", now)
                else:
                    add(
                        name,
                        "response field made required" if now else "response field no longer required",
                        was,
                    )
            self.schema(old_props[name], new_props[name], f"{place}.{name}", direction, op_id)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if (
            direction == REQUEST
            and old_extra not in (None, False)
            and new_extra in (None, False)
            and not old_props
        ):
            self.out.add(
                place, "free-form keys no longer accepted", True, "", direction=direction, operation=op_id
            )

    def _renames(
        self, old_props: Mapping[str, Any], new_props: Mapping[str, Any], removed: list[str], added: list[str]
    ) -> dict[str, str]:
        """Removed and added fields with the same schema, one to one: a rename."""
        old_prints = {n: self._fingerprint(self.old, old_props[n]) for n in removed}
        new_prints = {n: self._fingerprint(self.new, new_props[n]) for n in added}
        renames = {}
        for name, fingerprint in old_prints.items():
            same_old = [n for n, f in old_prints.items() if f == fingerprint]
            same_new = [n for n, f in new_prints.items() if f == fingerprint]
            if len(same_old) == 1 and len(same_new) == 1:
                renames[name] = same_new[0]
        return renames

    @staticmethod
    def _fingerprint(spec: _Spec, node: Any) -> str:
        flat, name = spec.flatten(node)
        shape = {k: v for k, v in flat.items() if k not in _DOC_KEYS and not k.startswith("x-")}
        return json.dumps([name, shape], sort_keys=True, default=str)


def _operations(spec: _Spec) -> Iterator[tuple[tuple[str, str], tuple[str, dict[str, Any]]]]:
    """((method, path with parameter names blanked), (path, operation)) for every operation."""
    for path, item in (spec.doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield (method, re.sub(r"{[^}]+}", "{}", path)), (path, item[method])


def _method_name(op: Mapping[str, Any]) -> str:
    return str(op.get("x-beam-method") or op.get("operationId"))


def _values(values: Any) -> str:
    return "none" if values is None else ", ".join(f"`{v}`" for v in values)


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first."""
    return _Differ(old, new).run()


def load_yaml(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)
