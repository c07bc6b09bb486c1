"""`generated/API.md`: every generated namespace method and model with its signature.

Run by scripts/regen.sh on the freshly generated package, so a diff of API.md is the review of a spec
change in Python terms (one line per method, field or enum member). It reads only the generated package
(statically, with griffe), so it depends on the spec and templates alone, like the rest of generated/.

    python -m apireview.api_md FRESH_PACKAGE_DIR ROOT --write   # write ROOT/generated/API.md, print the summary
    python -m apireview.api_md FRESH_PACKAGE_DIR ROOT --check   # exit 1 if ROOT/generated/API.md differs
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

import griffe

from apireview.python_api import PUBLIC_DUNDERS, format_signature

PACKAGE = "beam_ai_api"
# Plumbing modules of the generated package; `api` (one module per operation) is summarised by count.
NOT_NAMESPACES = frozenset({"api", "models", "client", "errors", "types"})
HEADER = """\
# The generated API

<!-- Written by scripts/regen.sh (scripts/apireview/api_md.py) from openapi/beam.yaml. Do not edit. -->

Every generated namespace class (`client.<namespace>` on `Beam` and `AsyncBeam`) and model, one line per
method, field or enum member, so that the diff of this file after `scripts/regen.sh` is the change in
Python terms. Hand-written helpers (`agent_tasks.run`, uploads...) are not listed: `scripts/api_report.sh`
compares the whole public API. `beam_ai_api.api.<tag>.<operation>` holds one low-level module per operation.
"""


def _load(package_dir: Path) -> griffe.Module:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / PACKAGE).symlink_to(package_dir.resolve(), target_is_directory=True)
        loader = griffe.GriffeLoader(search_paths=[tmp], allow_inspection=False)
        module = loader.load(PACKAGE)
        assert isinstance(module, griffe.Module)
        # Members are parsed eagerly; the temporary search path is not needed afterwards.
        _ = [sub.members for sub in _walk(module)]
        return module


def _walk(module: griffe.Module) -> list[griffe.Module]:
    found = [module]
    for _, sub in sorted(module.modules.items()):
        if not sub.is_alias:
            found.extend(_walk(sub))
    return found


def _public(name: str) -> bool:
    return not name.startswith("_") or name in PUBLIC_DUNDERS


def _function_line(func: griffe.Function) -> str:
    params = []
    for i, param in enumerate(func.parameters):
        if i == 0 and param.name in ("self", "cls"):
            continue
        annotation = None if param.annotation is None else str(param.annotation)
        default = None if param.default is None else str(param.default)
        params.append([param.name, param.kind.value, annotation, default])
    returns = None if func.returns is None else str(func.returns)
    prefix = "async " if "async" in func.labels else ""
    return f"- `{prefix}{func.name}{format_signature({'params': params, 'returns': returns})}`"


def _class_lines(cls: griffe.Class) -> list[str]:
    lines = []
    for name, member in cls.members.items():
        if not _public(name) or member.is_alias:
            continue
        if isinstance(member, griffe.Function):
            lines.append(_function_line(member))
        elif isinstance(member, griffe.Attribute):
            kind = "property " if "property" in member.labels else ""
            annotation = f": {member.annotation}" if member.annotation is not None else ""
            lines.append(f"- `{kind}{name}{annotation}`")
    return lines


def _model_lines(cls: griffe.Class) -> list[str]:
    lines = []
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or not _public(name) or "property" in member.labels:
            continue
        value = None if member.value is None else str(member.value)
        if value is not None and "init=False" in value:
            continue  # attrs bookkeeping (additional_properties), not a constructor argument
        if member.annotation is None:
            lines.append(f"- `{name} = {value}`")  # an enum member
        else:
            lines.append(f"- `{name}: {member.annotation}" + (f" = {value}`" if value is not None else "`"))
    return lines


def render(package_dir: Path) -> tuple[str, int, int]:
    """API.md's text, the number of operations and of models."""
    package = _load(package_dir)
    out = [HEADER]
    api = package.modules.get("api")
    operations = sum(
        1 for tag in (api.modules.values() if api else []) for name in tag.modules if not name.startswith("_")
    )
    models_module = package.modules["models"]
    model_names = sorted(str(name) for name in models_module.exports or [])
    out.append(f"{operations} operations, {len(model_names)} models.\n")
    out.append("## Namespaces\n")
    for module in _walk(package):
        parts = module.path.split(".")
        if (len(parts) > 1 and parts[1] in NOT_NAMESPACES) or any(p.startswith("_") for p in parts[1:]):
            continue
        classes = [
            m
            for n, m in module.members.items()
            if _public(n) and not m.is_alias and isinstance(m, griffe.Class)
        ]
        if not classes:
            continue
        out.append(f"### `{module.path}`\n")
        for cls in classes:
            bases = ", ".join(str(b) for b in cls.bases)
            out.append(f"#### `{cls.name}`" + (f" ({bases})" if bases else "") + "\n")
            out.append("\n".join(_class_lines(cls)) + "\n")
    out.append("## Models\n")
    for name in model_names:
        target = models_module.members[name]
        model = target.final_target if isinstance(target, griffe.Alias) else target
        if not isinstance(model, griffe.Class):
            continue
        bases = ", ".join(str(b) for b in model.bases)
        out.append(f"### `{name}`" + (f" ({bases})" if bases else "") + "\n")
        lines = _model_lines(model)
        out.append(("\n".join(lines) if lines else "(no fields)") + "\n")
    return "\n".join(out), operations, len(model_names)


def _changed_files(before: Path, after: Path) -> int:
    if not before.is_dir():
        return sum(1 for p in after.rglob("*") if p.is_file())
    count = 0

    def walk(cmp: filecmp.dircmp[str]) -> None:
        nonlocal count
        count += len(cmp.diff_files)
        for side, root in ((cmp.left_only, Path(cmp.left)), (cmp.right_only, Path(cmp.right))):
            for name in side:
                path = root / name
                count += sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
        for sub in cmp.subdirs.values():
            walk(sub)

    walk(filecmp.dircmp(before, after, ignore=["__pycache__"]))
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("fresh", type=Path, help="the freshly generated beam_ai_api package")
    parser.add_argument("root", type=Path, help="the repository (its generated/ is compared or written)")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text, operations, models = render(args.fresh)
    target = args.root / "generated" / "API.md"
    current = target.read_text() if target.is_file() else None
    if args.check:
        if current != text:
            print(
                "regen --check: generated/API.md is out of date; run scripts/regen.sh and commit it.",
                file=sys.stderr,
            )
            return 1
        return 0
    changed = _changed_files(args.root / "generated" / PACKAGE, args.fresh) + (current != text)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    print(
        f"regen: {operations} operations, {models} models, {changed} file{'s' if changed != 1 else ''} changed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
