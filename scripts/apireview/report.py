"""The Markdown review report of `scripts/api_report.sh [BASE_REF]`: what changed between BASE_REF and
the working tree, for a reviewer.

1. spec changes in openapi/beam.yaml, classified from the client's side (`apireview.spec_diff`);
2. the public Python API diff of `beam_ai` and `beam_ai_api` (`apireview.python_api`);
3. a diffstat of generated/, new (untracked) files included;
4. what the test command's gate will say: breaking changes since the last release (`release/`) that
   CHANGELOG.md does not name yet (`apireview.gate`).

Offline: BASE_REF is read from the local repository with `git archive` into a temporary directory.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path

from apireview import gate, python_api
from apireview.spec_diff import SPEC, Change, diff_specs, load_yaml

TREE_PARTS = ("openapi", "overlay", "generated")


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout


def extract(root: Path, ref: str, into: Path) -> None:
    """The parts of `ref`'s tree the report reads (spec, overlay, generated), unpacked into `into`."""
    present = [
        p
        for p in TREE_PARTS
        if subprocess.run(
            ["git", "-C", str(root), "cat-file", "-e", f"{ref}:{p}"], capture_output=True
        ).returncode
        == 0
    ]
    if not present:
        return
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, "--", *present],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+
            tar.extractall(into, filter="data")
        else:
            tar.extractall(into)


def _section(title: str, lines: Sequence[str], empty: str = "none") -> list[str]:
    return [f"### {title}", "", *(lines or [f"_{empty}_"]), ""]


def spec_section(changes: Sequence[Change]) -> list[str]:
    breaking = [f"- {c.describe()}" for c in changes if c.breaking]
    other = [f"- {c.describe()}" for c in changes if not c.breaking]
    return [
        f"## 1. Spec changes (`{SPEC}`)",
        "",
        *_section("Breaking", breaking),
        *_section("Not breaking", other),
    ]


def python_section(changes: Sequence[python_api.PyChange]) -> list[str]:
    breaking = [f"- {c.describe()}" for c in changes if c.breaking]
    added = [f"- {c.describe()}" for c in changes if not c.breaking and c.kind == "added"]
    other = [f"- {c.describe()}" for c in changes if not c.breaking and c.kind != "added"]
    return [
        "## 2. Public Python API (`beam_ai`, `beam_ai_api`)",
        "",
        *_section("Breaking", breaking),
        *_section("Added", added),
        *_section("Other changes", other),
    ]


def diffstat(root: Path, ref: str) -> tuple[list[str], int]:
    """`git diff --numstat` of generated/ against `ref`, plus untracked files as all-new lines."""
    rows: list[tuple[str, str, str]] = []
    for line in git(root, "diff", "--numstat", ref, "--", "generated").splitlines():
        added, deleted, path = line.split("\t", 2)
        rows.append((path, added, deleted))
    for path in git(root, "ls-files", "--others", "--exclude-standard", "--", "generated").splitlines():
        try:
            lines = len((root / path).read_text().splitlines())
        except UnicodeDecodeError:
            lines = 0
        rows.append((f"{path} (new, untracked)", str(lines), "0"))
    rows.sort()
    width = max((len(p) for p, _, _ in rows), default=0)
    out = [f" {p.ljust(width)} | +{a} -{d}" for p, a, d in rows]
    total_added = sum(int(a) for _, a, _ in rows if a.isdigit())
    total_deleted = sum(int(d) for _, _, d in rows if d.isdigit())
    out.append(f" {len(rows)} files changed, {total_added} insertions(+), {total_deleted} deletions(-)")
    return out, len(rows)


def release_section(root: Path) -> list[str]:
    """What the test command's gate will say: breaking changes since the last release that
    CHANGELOG.md does not name yet."""
    if not (root / gate.RELEASE_DIR / "VERSION").is_file():
        return []
    released = gate.released_version(root)
    problems = gate.problems(root)
    lines = [f"- {p}" for p in problems] or [f"_every breaking change since {released} is in CHANGELOG.md_"]
    return [f"## 4. Against the last release ({released}, `{gate.RELEASE_DIR}/`)", "", *lines, ""]


def report(root: Path, base: str) -> str:
    short = git(root, "rev-parse", "--short", base).strip()
    with tempfile.TemporaryDirectory(prefix="api-report-") as tmp:
        base_tree = Path(tmp)
        extract(root, base, base_tree)
        old_spec_path = base_tree / SPEC
        old_spec = load_yaml(old_spec_path.read_text()) if old_spec_path.is_file() else {}
        new_spec = load_yaml((root / SPEC).read_text())
        spec_changes = diff_specs(old_spec, new_spec)
        py_changes = python_api.diff(python_api.dump(base_tree), python_api.dump(root))
    stat, files = diffstat(root, base)
    release = release_section(root)
    spec_breaking = sum(c.breaking for c in spec_changes)
    py_breaking = sum(c.breaking for c in py_changes)
    lines = [
        f"# API review: `{base}` ({short}) -> working tree",
        "",
        f"- spec: **{spec_breaking} breaking**, {len(spec_changes) - spec_breaking} not breaking",
        f"- public Python API: **{py_breaking} breaking**, {len(py_changes) - py_breaking} other",
        f"- generated/: {files} files changed (read `generated/API.md`'s diff for the new signatures)",
        "",
        *spec_section(spec_changes),
        *python_section(py_changes),
        "## 3. `generated/` diffstat",
        "",
        "```",
        *stat,
        "```",
        "",
        *release,
    ]
    return "\n".join(lines)


def _default_base(root: Path) -> str:
    """The merge base with `main` (or `origin/main` in a clone without a local main)."""
    for branch in ("main", "origin/main"):
        found = subprocess.run(
            ["git", "-C", str(root), "merge-base", "HEAD", branch], capture_output=True, text=True
        )
        if found.returncode == 0:
            return found.stdout.strip()
    raise SystemExit("api_report: no `main` or `origin/main` to compare with; pass a BASE_REF")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("base", nargs="?", help="a git revision (default: the merge base with main)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    base = args.base or _default_base(root)
    sys.stdout.write(report(root, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
