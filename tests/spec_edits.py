"""Spec edits a maintainer makes, applied to a copy: `tests/data/<name>.yaml` fragments, and regen.

A fragment has up to four parts, each merged into the spec: `tags` (appended unless there), `paths` (added),
`schemas` (added to components) and `properties` (`{Schema: {field: schema}}`, fields added to an
existing schema). The in-process tests serve the edited document directly (`FakeBeam(spec=...)`);
the end-to-end ones regenerate a copy of the project from it with `scripts/regen.sh`.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from spec_tools import ROOT, load_spec

DATA = Path(__file__).resolve().parent / "data"


def fragment(name: str) -> dict[str, Any]:
    with (DATA / f"{name}.yaml").open() as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


def edited_spec(*names: str) -> dict[str, Any]:
    """A copy of openapi/beam.yaml with the named fragments merged in."""
    spec = copy.deepcopy(load_spec())
    for name in names:
        part = fragment(name)
        tags = spec.setdefault("tags", [])
        tags.extend(t for t in part.get("tags", []) if t["name"] not in {known["name"] for known in tags})
        spec["paths"].update(part.get("paths", {}))
        schemas = spec["components"]["schemas"]
        schemas.update(part.get("schemas", {}))
        for schema, fields in part.get("properties", {}).items():
            schemas[schema]["properties"].update(fields)
    return spec


def regenerated_copy(target: Path, spec: dict[str, Any]) -> dict[str, str]:
    """Copy the project's spec, scripts and generated package to `target`, write `spec` there and
    regenerate; returns the environment that imports the regenerated package with our overlay."""
    for part in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "openapi" / "beam.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    regen = subprocess.run(
        ["bash", str(target / "scripts" / "regen.sh")], capture_output=True, text=True, env=env, check=False
    )
    assert regen.returncode == 0, regen.stderr
    paths = os.pathsep.join([str(target / "generated"), str(ROOT / "overlay")])
    return {**env, "PYTHONPATH": paths, "MYPYPATH": paths}
