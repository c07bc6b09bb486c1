"""scripts/regen.sh: check mode catches drift, and a spec change yields a small, local diff."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from spec_tools import ROOT


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", str(root / "scripts" / "regen.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _changed_files(before: Path, after: Path) -> list[str]:
    changed: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        changed.extend(prefix + n for n in cmp.diff_files + cmp.left_only + cmp.right_only)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(before, after, ignore=["__pycache__"]), "")
    return sorted(changed)


@pytest.fixture()
def checkout(tmp_path: Path) -> Path:
    for part in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_spec_change_is_caught_by_check_and_regenerates_into_a_small_diff(checkout: Path) -> None:
    assert _run(checkout, "--check").returncode == 0
    before = checkout / "before"
    shutil.copytree(checkout / "generated" / "beam_ai_api", before)

    spec = checkout / "openapi" / "beam.yaml"
    text = spec.read_text()
    anchor = "    TaskQuery:\n      type: object\n      properties:\n"
    assert anchor in text
    spec.write_text(text.replace(anchor, anchor + "        priority:\n          type: integer\n"))

    check = _run(checkout, "--check")
    assert check.returncode == 1
    assert "models/task_query.py" in check.stderr

    regen = _run(checkout)
    assert regen.returncode == 0
    # The model, the namespace method that now takes it (`agent_tasks.create(priority=...)`), the
    # generated rules that type-check it before sending, and the spec copy the fake serves.
    changed = _changed_files(before, checkout / "generated" / "beam_ai_api")
    assert changed == [
        "models/task_query.py",
        "openapi.json",
        "surface/agent_tasks.py",
        "surface/operations.py",
    ]
    # generated/API.md shows the new field in Python terms; regen ends with a one-line summary.
    assert "- `priority: int | None = None`" in (checkout / "generated" / "API.md").read_text()
    assert re.fullmatch(
        rf"regen: \d+ operations, \d+ models, {len(changed) + 1} files changed", regen.stdout.splitlines()[-1]
    )
    assert _run(checkout, "--check").returncode == 0


def test_regen_twice_changes_nothing(checkout: Path) -> None:
    assert _run(checkout).returncode == 0
    first = checkout / "first"
    shutil.copytree(checkout / "generated" / "beam_ai_api", first)
    assert _run(checkout).returncode == 0
    assert _changed_files(first, checkout / "generated" / "beam_ai_api") == []
    assert not list((checkout / "generated").rglob(".ruff_cache"))
