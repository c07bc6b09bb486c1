"""Wall time of `scripts/regen.sh`, and whether regenerating twice gives byte-identical output.

Run: python bench/regen.py [--quick] [--runs N] [--json PATH]

`regen.sh` writes into the checkout it sits in, so each run gets a fresh temporary copy of
`scripts/regen.sh` and `openapi/` and regenerates there in write mode: the real `generated/` is
never touched. The pinned generator and ruff are taken from this interpreter's environment (the
`.[dev]` extra pins them), so no run installs anything. Then every run's tree is hashed file by
file: all runs must be identical, and (reported, not a target, since someone may be mid-edit of
the spec) identical to the committed `generated/beam_ai_api`. The `--check` mode CI runs is timed
on the real checkout too (it regenerates into a temporary directory; skipped with --quick).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Row, finish, parser

PACKAGE = "beam_ai_api"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def tree_digest(directory: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (bytecode caches excluded)."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def regenerate_copy(workdir: Path) -> tuple[float, dict[str, str]]:
    """Regenerate in a fresh copy under `workdir`; (seconds, digest of the generated package)."""
    (workdir / "scripts").mkdir(parents=True)
    for script in ("regen.sh", "gen_surface.py"):
        shutil.copy2(ROOT / "scripts" / script, workdir / "scripts" / script)
    # regen writes generated/API.md with it
    shutil.copytree(
        ROOT / "scripts" / "apireview",
        workdir / "scripts" / "apireview",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(ROOT / "openapi", workdir / "openapi")
    start = time.perf_counter()
    subprocess.run(
        ["bash", str(workdir / "scripts" / "regen.sh")],
        env=_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    return seconds, tree_digest(workdir / "generated" / PACKAGE)


def _difference(a: dict[str, str], b: dict[str, str]) -> str:
    differing = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
    return ", ".join(differing[:5]) + (" ..." if len(differing) > 5 else "")


def run(runs: int, with_check: bool = True) -> list[Row]:
    times: list[float] = []
    digests: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="beam-bench-regen-") as tmp:
        for i in range(runs):
            seconds, digest = regenerate_copy(Path(tmp) / f"run{i}")
            times.append(seconds)
            digests.append(digest)
    identical = all(digest == digests[0] for digest in digests[1:])
    committed = tree_digest(ROOT / "generated" / PACKAGE)
    rows = [
        Row(
            "regen",
            f"scripts/regen.sh wall time (median of {runs})",
            statistics.median(times),
            "s",
            detail=f"runs: {', '.join(f'{t:.2f}' for t in times)} s; {len(digests[0])} files",
        ),
        Row(
            "regen",
            f"{runs} runs byte-identical (1 = yes)",
            1 if identical else 0,
            "",
            1,
            "" if identical else f"differ: {_difference(digests[0], digests[-1])}",
            compare="==",
        ),
        Row(
            "regen",
            "output identical to committed generated/ (1 = yes)",
            1 if digests[0] == committed else 0,
            "",
            detail="" if digests[0] == committed else f"differ: {_difference(digests[0], committed)}",
        ),
    ]
    if with_check:
        start = time.perf_counter()
        check = subprocess.run(
            ["bash", str(ROOT / "scripts" / "regen.sh"), "--check"],
            env=_env(),
            capture_output=True,
            text=True,
        )
        rows.append(
            Row(
                "regen",
                "scripts/regen.sh --check wall time",
                time.perf_counter() - start,
                "s",
                detail="passed" if check.returncode == 0 else f"failed (exit {check.returncode})",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="regenerations (default 3; --quick 2; at least 2)")
    args = p.parse_args(argv)
    runs = max(2, args.runs or (2 if args.quick else 3))
    return finish("regeneration", run(runs, with_check=not args.quick), args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
