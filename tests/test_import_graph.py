"""Dependencies point one way: no import cycle among our modules, and generated code stands alone.

The layers, bottom up: the generated package `beam_ai_api` (models, operations, the namespaces and
the clients' namespace properties, `beam_ai_api.namespace`'s requester protocols), then the overlay's
send path (`_requester`, `_operation`...), then the namespaces' hand-written subclasses and the
client façade (`_client`). Generated code never imports the overlay: it is handed a requester.

The graph is read statically from the source (`ast`): every import that runs when a module is
imported (at its top level, in a class body, or under `try`/`if`), plus those under
`if TYPE_CHECKING:`, which a type checker follows the same way. Imports inside functions run later,
on first use, and are left out. Importing `a.b.c` also runs `a` and `a.b`, so those are edges too
(except the importer's own parent packages, which are already running).
"""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spec_tools import ROOT

SOURCE_ROOTS = (ROOT / "overlay", ROOT / "generated")


def _modules() -> dict[str, Path]:
    found = {}
    for root in SOURCE_ROOTS:
        for path in sorted(root.rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if "__pycache__" in parts:
                continue
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _top_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported (or that a type checker follows), not those in functions."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.ClassDef):
            pending.extend(node.body)
        elif isinstance(node, ast.If | ast.Try | ast.With):
            for field in ("body", "orelse", "finalbody", "handlers"):
                for child in getattr(node, field, []):
                    pending.extend(child.body if isinstance(child, ast.ExceptHandler) else [child])


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the modules among `modules` that importing it imports first."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _top_level_imports(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            source = ".".join(part for part in (base if node.level else "", node.module or "") if part)
            targets.add(source)
            targets.update(f"{source}.{alias.name}" for alias in node.names)  # `from pkg import module`
        edges = set()
        for target in targets:
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                running = name == prefix or name.startswith(prefix + ".")  # the importer's own packages
                if prefix in modules and not running:
                    edges.add(prefix)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan; the graph is a few hundred modules, recursion is fine
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@functools.cache
def _project_graph() -> dict[str, set[str]]:
    return import_graph(_modules())


def test_no_import_cycle_among_overlay_and_generated_modules() -> None:
    graph = _project_graph()
    assert len(graph) > 200  # both trees were read
    assert cycles(graph) == []


def test_generated_code_imports_nothing_hand_written() -> None:
    graph = _project_graph()
    upward = {
        name: sorted(t for t in targets if not t.startswith("beam_ai_api"))
        for name, targets in graph.items()
        if name.startswith("beam_ai_api")
    }
    assert {name: targets for name, targets in upward.items() if targets} == {}


def test_a_cycle_is_found() -> None:
    """The detector itself: a three-module circle through a package's `__init__`, and a clean chain."""
    assert cycles({"a": {"a.b"}, "a.b": {"c"}, "c": {"a"}, "d": {"c"}}) == [["a", "a.b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_the_graph_reads_relative_and_type_checking_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from . import a\n")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub import b\n"
        "def later():\n    from pkg import c\n"
    )
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "b.py").write_text("from ..c import x\n")
    (package / "c.py").write_text("import pkg.sub.b\n")
    modules = {
        "pkg": package / "__init__.py",
        "pkg.a": package / "a.py",
        "pkg.sub": package / "sub" / "__init__.py",
        "pkg.sub.b": package / "sub" / "b.py",
        "pkg.c": package / "c.py",
    }
    graph = import_graph(modules)
    assert graph["pkg.a"] == {"pkg.sub", "pkg.sub.b"}  # not pkg.c: imported inside a function
    assert graph["pkg.sub.b"] == {"pkg.c"}
    assert cycles(graph) == [["pkg.c", "pkg.sub.b"]]


# Imports each generated module in a fresh state (every `beam_ai_api` module dropped from
# `sys.modules` first) with the overlay made unimportable: a module that needs hand-written code, or
# that only works once another module was imported first, fails here.
ISOLATED_IMPORTS = """
import importlib, importlib.abc, json, sys

class NoOverlay(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "beam_ai" or name.startswith("beam_ai."):
            raise ImportError(f"generated code imported the overlay: {name}")
        return None

sys.meta_path.insert(0, NoOverlay())
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "beam_ai_api" or m.startswith("beam_ai_api.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:
        failed[name] = f"{type(error).__name__}: {error}"
print(json.dumps(failed))
"""


@pytest.mark.slow
def test_every_generated_module_imports_alone() -> None:
    generated = [name for name in _modules() if name.startswith("beam_ai_api")]
    result = subprocess.run(
        [sys.executable, "-c", ISOLATED_IMPORTS, json.dumps(generated)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated"), "PATH": ""},
    )
    assert json.loads(result.stdout) == {}
    assert len(generated) > 150


def test_the_isolation_check_fails_a_module_that_imports_the_overlay(tmp_path: Path) -> None:
    (tmp_path / "upward.py").write_text("from beam_ai import Beam\n")
    result = subprocess.run(
        [sys.executable, "-c", ISOLATED_IMPORTS, json.dumps(["beam_ai_api.namespace", "upward"])],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": f"{ROOT / 'generated'}:{tmp_path}", "PATH": ""},
    )
    assert json.loads(result.stdout) == {
        "upward": "ImportError: generated code imported the overlay: beam_ai"
    }
