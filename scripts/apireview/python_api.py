"""The public Python API of `beam_ai` and `beam_ai_api`, read statically with griffe, and its diff.

`dump(root)` loads both packages from a source tree (`overlay/` and `generated/`; nothing is imported
or installed, so any git revision can be read from a temporary checkout) and describes every public
name as plain JSON: modules, classes with their members (inherited ones included), functions and
methods with their parameters and annotations, attributes and properties with their annotation.

Public means: in a module's `__all__` when it has one, else defined there (not imported) with a name
that does not start with `_`; in a module whose path has no `_`-prefixed part. An object reachable
under several public names (`beam_ai.resources.AgentsResource`, `beam_ai_api.surface.agents....`) is
described once, under its shortest public name, and the others are recorded as aliases, so a move
between private modules is not a change. `beam_ai.models` re-exports `beam_ai_api.models` at runtime
(its `__all__` is computed), so the models are described under `beam_ai_api.models`.

`diff(old, new)` classifies each difference for a caller: a removed name, a removed or reordered
parameter, a new required parameter, a parameter annotation that no longer accepts everything it did,
a return or attribute annotation that may now give something it did not (`str` -> `str | None`), a
lost default (a model field now required in the constructor) are breaking; additions are not.
Annotations are compared as written, as sets of union members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

PACKAGES = ("beam_ai", "beam_ai_api")
SOURCE_DIRS = ("overlay", "generated")
# Dunder methods that are part of how a class is used.
PUBLIC_DUNDERS = frozenset(
    {"__init__", "__call__", "__iter__", "__aiter__", "__enter__", "__aenter__", "__exit__", "__aexit__"}
)
Entry = dict[str, Any]
Dump = dict[str, Entry]


@dataclass(frozen=True)
class PyChange:
    path: str
    kind: str  # "removed", "added" or "changed"
    breaking: bool
    detail: str
    names: tuple[str, ...]

    def describe(self) -> str:
        return f"`{self.path}`: {self.kind}" + (f": {self.detail}" if self.detail else "")


def load(root: Path) -> dict[str, griffe.Module]:
    """Both packages loaded statically from `root` (a checkout with overlay/ and generated/)."""
    loader = griffe.GriffeLoader(
        search_paths=[str(root / d) for d in SOURCE_DIRS if (root / d).is_dir()], allow_inspection=False
    )
    modules = {}
    for package in PACKAGES:
        try:
            loaded = loader.load(package)
        except ModuleNotFoundError:
            continue  # a revision (or a partial checkout) without this package: it has no public API
        assert isinstance(loaded, griffe.Module)
        modules[package] = loaded
    loader.resolve_aliases(implicit=False, external=False)
    return modules


def _is_private(name: str) -> bool:
    return name.startswith("_") and name not in PUBLIC_DUNDERS


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    try:
        target = obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target


def _public_members(module: griffe.Module) -> Iterator[tuple[str, griffe.Object | griffe.Alias]]:
    exports = module.exports
    # An `__all__` computed at run time (`__all__ = list(other.__all__)`) is invisible statically: then
    # every public-looking name counts, imported ones too (a re-exporting module).
    dynamic = not exports and "__all__" in module.members
    for name, member in module.members.items():
        if exports:
            if name in exports:
                yield name, member
        elif not _is_private(name) and not name.startswith("__") and (dynamic or not member.is_alias):
            yield name, member


def _explicit_import(
    module: griffe.Module, name: str, member: griffe.Object | griffe.Alias
) -> griffe.Object | None:
    """An explicit `from x import Name` that a later wildcard import shadows in griffe's model: type
    checkers bind the first (and a module doing this rebinds it at run time), so it is the API."""
    imported = module.imports.get(name)
    if not isinstance(member, griffe.Alias) or imported is None or imported == member.target_path:
        return None
    package, _, rest = imported.partition(".")
    try:
        found = module.modules_collection[package][rest] if rest else module.modules_collection[package]
    except KeyError:
        return None
    return _target(found)


def _public_names(modules: Mapping[str, griffe.Module]) -> dict[str, griffe.Object]:
    """Every public dotted name (modules and their public top-level objects) -> the object."""
    found: dict[str, griffe.Object] = {}

    def walk(module: griffe.Module, path: str) -> None:
        found[path] = module
        for name, member in _public_members(module):
            target = _explicit_import(module, name, member) or _target(member)
            if target is None or (isinstance(target, griffe.Module) and not member.is_alias):
                continue
            found[f"{path}.{name}"] = target
        for name, sub in module.modules.items():
            if not _is_private(name) and name != "__main__" and not sub.is_alias:
                walk(sub, f"{path}.{name}")

    for package, module in modules.items():
        walk(module, package)
    return found


def _text(expr: object) -> str | None:
    return None if expr is None else str(expr)


def _function(func: griffe.Function) -> Entry:
    params = []
    for i, param in enumerate(func.parameters):
        if i == 0 and param.name in ("self", "cls") and func.parent is not None and func.parent.is_class:
            continue
        params.append([param.name, param.kind.value, _text(param.annotation), _text(param.default)])
    entry: Entry = {"kind": "function", "params": params, "returns": _text(func.returns)}
    labels = sorted(func.labels & {"async", "classmethod", "staticmethod", "property"})
    if labels:
        entry["labels"] = labels
    return entry


def _attribute(attr: griffe.Attribute) -> Entry:
    kind = "property" if "property" in attr.labels else "attribute"
    entry: Entry = {"kind": kind, "annotation": _text(attr.annotation)}
    if kind == "attribute" and isinstance(attr.parent, griffe.Class):
        entry["has_default"] = attr.value is not None  # a model field without one is required to construct
        if attr.annotation is None and attr.value is not None:
            entry["value"] = str(attr.value)  # enum members, constants
    return entry


def _describe(obj: griffe.Object, path: str, out: Dump, depth: int = 0) -> None:
    if isinstance(obj, griffe.Module):
        out[path] = {"kind": "module"}
    elif isinstance(obj, griffe.Function):
        out[path] = _function(obj)
    elif isinstance(obj, griffe.Attribute):
        out[path] = _attribute(obj)
    elif isinstance(obj, griffe.Class):
        out[path] = {"kind": "class"}
        for name, member in obj.all_members.items():
            if _is_private(name) or (name.startswith("__") and name not in PUBLIC_DUNDERS):
                continue
            target = _target(member)
            if (
                target is None
                or isinstance(target, griffe.Module)
                or (isinstance(target, griffe.Class) and depth)
            ):
                continue
            _describe(target, f"{path}.{name}", out, depth + 1)


def dump(root: Path) -> Dump:
    """The public API of the tree at `root`, as JSON-ready data keyed by dotted public name."""
    names = _public_names(load(root))
    by_object: dict[str, list[str]] = {}
    for path, obj in names.items():
        by_object.setdefault(obj.path, []).append(path)
    out: Dump = {}
    for paths in by_object.values():
        preferred, *others = sorted(paths, key=lambda p: (p.count("."), p))
        _describe(names[preferred], preferred, out)
        for other in others:
            out[other] = {"kind": "alias", "of": preferred}
    return dict(sorted(out.items()))


# -- diff ------------------------------------------------------------------------------------------------


def union_members(annotation: str | None) -> frozenset[str]:
    """`str | None` -> {`str`, `None`}; `Optional[X]` and `Union[A, B]` too. None (no annotation) is any."""
    if annotation is None:
        return frozenset({"Any"})
    text = annotation.strip()
    match = re.fullmatch(r"(?:typing\.)?(Optional|Union)\[(.*)\]", text)
    if match:
        inner = _split_top(match.group(2), ",")
        members = set().union(*(union_members(part) for part in inner))
        if match.group(1) == "Optional":
            members.add("None")
        return frozenset(members)
    parts = _split_top(text, "|")
    if len(parts) == 1:
        return frozenset({text})
    return frozenset().union(*(union_members(p) for p in parts))


def _split_top(text: str, sep: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "[("
        depth -= char in "])"
        if char == sep and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def _accepts_all(old: str | None, new: str | None) -> bool:
    """The new annotation allows every member the old one did (a widened argument)."""
    new_members = union_members(new)
    return "Any" in new_members or union_members(old) <= new_members


def _compare_function(old: Entry, new: Entry) -> list[tuple[bool, str]]:
    notes: list[tuple[bool, str]] = []
    if old.get("labels") != new.get("labels"):
        notes.append(
            (
                True,
                f"{', '.join(old.get('labels', [])) or 'plain'} -> {', '.join(new.get('labels', [])) or 'plain'}",
            )
        )
    old_params = {p[0]: p for p in old["params"]}
    new_params = {p[0]: p for p in new["params"]}
    takes_kwargs = any(p[1] == "variadic keyword" for p in new["params"])
    positional = ("positional-only", "positional or keyword")
    old_pos = [p[0] for p in old["params"] if p[1] in positional]
    new_pos = [p[0] for p in new["params"] if p[1] in positional]
    for i, name in enumerate(old_pos):
        if name in new_params and (i >= len(new_pos) or new_pos[i] != name):
            notes.append((True, f"parameter `{name}` moved from position {i + 1}"))
    for name, (_, kind, annotation, default) in old_params.items():
        if name not in new_params:
            if not (takes_kwargs and kind == "keyword-only"):
                notes.append((True, f"parameter `{name}` removed"))
            continue
        _, new_kind, new_annotation, new_default = new_params[name]
        if (
            default is not None
            and new_default is None
            and new_kind not in ("variadic positional", "variadic keyword")
        ):
            notes.append((True, f"parameter `{name}` now required"))
        elif default != new_default:
            notes.append((False, f"parameter `{name}` default `{default}` -> `{new_default}`"))
        if kind != new_kind:
            widened = kind == "keyword-only" and new_kind == "positional or keyword"
            notes.append((not widened, f"parameter `{name}` {kind} -> {new_kind}"))
        if annotation != new_annotation:
            ok = _accepts_all(annotation, new_annotation)
            notes.append((not ok, f"parameter `{name}`: `{annotation}` -> `{new_annotation}`"))
    for name, (_, kind, _annotation, default) in new_params.items():
        if name not in old_params:
            required = default is None and kind not in ("variadic positional", "variadic keyword")
            notes.append((required, f"{'new required' if required else 'new optional'} parameter `{name}`"))
    if old["returns"] != new["returns"]:
        narrowed = _accepts_all(new["returns"], old["returns"]) and new["returns"] is not None
        notes.append((not narrowed, f"returns `{old['returns']}` -> `{new['returns']}`"))
    return notes


def _compare(old: Entry, new: Entry) -> list[tuple[bool, str]]:
    if old["kind"] != new["kind"]:
        widened = {old["kind"], new["kind"]} == {"attribute", "property"}
        return [(not widened, f"{old['kind']} -> {new['kind']}")]
    if old["kind"] == "function":
        return _compare_function(old, new)
    notes: list[tuple[bool, str]] = []
    if old.get("annotation") != new.get("annotation"):
        narrowed = new.get("annotation") is not None and _accepts_all(
            new.get("annotation"), old.get("annotation")
        )
        notes.append((not narrowed, f"`{old.get('annotation')}` -> `{new.get('annotation')}`"))
    if old.get("has_default") and new.get("has_default") is False:
        notes.append((True, "default removed (now required when constructing)"))
    if old.get("value") != new.get("value"):
        notes.append((False, f"value `{old.get('value')}` -> `{new.get('value')}`"))
    return notes


def coverage_names(path: str, dump_: Mapping[str, Entry]) -> tuple[str, ...]:
    """Names a changelog entry may use for a change at `path`:
    - the name itself, full or from its first non-module part on (`Agent.name` for
      `beam_ai_api.models.Agent.name`); a function or attribute of a submodule with its module
      (`list_agents.sync`, never a bare `sync`);
    - a wildcard over an enclosing class (`Agent.*`) or module (`beam_ai_api.api.*`, full name only).
    A plain mention of an enclosing name (`Beam`) covers only a change of that name itself.
    """
    parts = path.split(".")
    first = len(parts) - 1
    for i in range(1, len(parts) + 1):
        if dump_.get(".".join(parts[:i]), {}).get("kind") != "module":
            first = i - 1
            break
    module_member = first == len(parts) - 1 and first > 1 and dump_.get(path, {}).get("kind") != "class"
    start = first - 1 if module_member else first
    names = {path, ".".join(parts[start:])}
    names.update(".".join(parts[:end]) + ".*" for end in range(2, len(parts)))
    names.update(".".join(parts[start:end]) + ".*" for end in range(max(first, start + 1), len(parts)))
    return tuple(sorted(names))


def _client_names(*dumps: Mapping[str, Entry]) -> dict[str, str]:
    """Namespace class path -> its name on the clients (`beam_ai.resources.AgentsResource` -> `agents`),
    from the clients' namespace properties, so that `agents.update` may name a change of it."""
    found: dict[str, str] = {}
    for dump_ in dumps:
        classes: dict[str, list[str]] = {}
        for path, entry in dump_.items():
            if entry["kind"] == "class":
                classes.setdefault(path.rsplit(".", 1)[-1], []).append(path)
        for path, entry in dump_.items():
            if path.startswith(("beam_ai.Beam.", "beam_ai.AsyncBeam.")) and entry["kind"] == "property":
                # Every class of that name: the hand-written namespace and the generated one it extends.
                for target in classes.get(str(entry.get("annotation")), []):
                    found.setdefault(target, path.rsplit(".", 1)[-1])
    return found


def _extra_names(path: str, client_names: Mapping[str, str]) -> tuple[str, ...]:
    """`agents.update` (and `agents.*`) for a namespace method; the operationId (`updateAgent`) for an
    operation's low-level module and its functions."""
    owner, _, member = path.rpartition(".")
    names = []
    if owner in client_names:
        names += [f"{client_names[owner]}.{member}", f"{client_names[owner]}.*"]
    parts = path.split(".")
    if path.startswith("beam_ai_api.api.") and len(parts) in (4, 5):
        head, *rest = parts[3].split("_")
        names.append(head + "".join(part.title() for part in rest))
    return tuple(names)


def _expand(dump_: Mapping[str, Entry]) -> tuple[dict[str, Entry], set[str]]:
    """The dump with every alias replaced by its target's description (members included), and the
    alias names: which name describes an object may change between versions, its API does not."""
    out = {path: entry for path, entry in dump_.items() if entry["kind"] != "alias"}
    aliases = {path: entry["of"] for path, entry in dump_.items() if entry["kind"] == "alias"}
    for path, target in aliases.items():
        if target in dump_:
            out[path] = dump_[target]
        prefix = target + "."
        for name, entry in dump_.items():
            if name.startswith(prefix) and entry["kind"] != "alias":
                out[path + name[len(target) :]] = entry
    return out, set(aliases)


def _under(path: str, prefixes: set[str]) -> bool:
    parts = path.split(".")
    return any(".".join(parts[:i]) in prefixes for i in range(1, len(parts) + 1))


def diff(old: Mapping[str, Entry], new: Mapping[str, Entry]) -> list[PyChange]:
    """Differences from `old` to `new`; a removed or added object is reported once, not per member,
    and a change seen through a name that is an alias in both versions is reported at its target."""
    client_names = _client_names(new, old)
    old, old_aliases = _expand(old)
    new, new_aliases = _expand(new)
    both_aliases = old_aliases & new_aliases
    changes: list[PyChange] = []
    removed = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    for path in removed:
        parent = path.rsplit(".", 1)[0]
        if parent in old and parent not in new:
            continue
        kind_text = old[path]["kind"]
        names = coverage_names(path, old) + _extra_names(path, client_names)
        changes.append(PyChange(path, "removed", True, kind_text, names))
    for path in added:
        parent = path.rsplit(".", 1)[0]
        if parent in new and parent not in old:
            continue
        entry = new[path]
        required_field = entry["kind"] == "attribute" and entry.get("has_default") is False and parent in old
        changes.append(
            PyChange(
                path,
                "added",
                required_field,
                _signature(entry) + (" (a required constructor field)" if required_field else ""),
                coverage_names(path, new) + _extra_names(path, client_names),
            )
        )
    for path in sorted(old.keys() & new.keys()):
        notes = _compare(old[path], new[path])
        if notes:
            changes.append(
                PyChange(
                    path,
                    "changed",
                    any(b for b, _ in notes),
                    "; ".join(text for _, text in notes),
                    coverage_names(path, new) + _extra_names(path, client_names),
                )
            )
    changes = [c for c in changes if not _under(c.path, both_aliases)]
    return sorted(changes, key=lambda c: (not c.breaking, c.path))


def _signature(entry: Entry) -> str:
    kind = entry["kind"]
    if kind == "function":
        labels = [label for label in entry.get("labels", []) if label != "async"]
        prefix = "async def" if "async" in entry.get("labels", []) else "def"
        return " ".join([*(f"@{label}" for label in labels), prefix + " " + format_signature(entry)])
    if kind in ("attribute", "property"):
        return f"{kind}: {entry.get('annotation')}"
    return str(kind)


def format_signature(entry: Entry) -> str:
    """`(a: int, *, b: str | None = None) -> X` from a function entry."""
    parts: list[str] = []
    params = entry["params"]
    star_done = False
    for i, (name, kind, annotation, default) in enumerate(params):
        if kind == "keyword-only" and not star_done:
            parts.append("*")
        star_done = star_done or kind in ("keyword-only", "variadic positional")
        prefix = {"variadic positional": "*", "variadic keyword": "**"}.get(kind, "")
        text = prefix + name + (f": {annotation}" if annotation else "")
        if default is not None:
            text += f" = {default}" if annotation else f"={default}"
        parts.append(text)
        if kind == "positional-only" and (i + 1 == len(params) or params[i + 1][1] != "positional-only"):
            parts.append("/")
    returns = f" -> {entry['returns']}" if entry.get("returns") else ""
    return f"({', '.join(parts)}){returns}"
