"""Import time of `beam_ai` against `import httpx`, each in fresh interpreters, side by side.

Run: python bench/import_time.py [--quick] [--runs N] [--json PATH]

Each run is a new `python -X importtime -c "import <module>"`; the figure is the module's cumulative
import time as the interpreter reports it (interpreter start-up excluded), median of N runs, the
two modules alternating. Bytecode is compiled once up front into a private cache
(PYTHONPYCACHEPREFIX), as `pip install` does for a user, so neither side pays for compiling.

Two environments:
  runtime  `click` and `rich` hidden, as after `pip install beam-ai`: httpx then skips its CLI.
  dev      as installed here (`.[dev]` has rich and click, so `import httpx` also imports its CLI).
Then the modules `import beam_ai` adds on top of httpx, grouped, with their self time: what a lazy
import could avoid.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict

from _common import Row, bytecode_env, finish, parser

TARGET = 1.5
HIDE_CLI = "import sys; sys.modules['click'] = sys.modules['rich'] = None; "
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def _importtime(code: str, env: dict[str, str]) -> list[tuple[int, int, int, str]]:
    """(self µs, cumulative µs, depth, module) for every import `code` makes."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True, check=True
    )
    rows = []
    for line in done.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            own, total, indent, name = match.groups()
            rows.append((int(own), int(total), len(indent) // 2, name))
    return rows


def _cumulative(rows: list[tuple[int, int, int, str]], module: str) -> float:
    """Seconds the top-level import of `module` took, everything it pulled in included."""
    return next(total for _, total, depth, name in rows if name == module and depth == 0) / 1e6


def _group(name: str) -> str:
    parts = name.split(".")
    if parts[0] == "beam_ai_api" and len(parts) > 1:
        return ".".join(parts[:2])
    if parts[0] == "beam_ai" and len(parts) > 1 and parts[1] == "_resources":
        return "beam_ai._resources"
    return parts[0].lstrip("_")


def _extras(env: dict[str, str]) -> list[tuple[str, int, float]]:
    """(group, modules, self ms) for modules `import beam_ai` loads after `import httpx`."""
    rows = _importtime(HIDE_CLI + "import httpx; import beam_ai", env)
    start = next(i for i, (_, _, depth, name) in enumerate(rows) if name == "httpx" and depth == 0)
    groups: dict[str, list[int]] = defaultdict(list)
    for own, _, _, name in rows[start + 1 :]:
        groups[_group(name)].append(own)
    ranked = sorted(groups.items(), key=lambda item: -sum(item[1]))
    return [(group, len(times), sum(times) / 1000) for group, times in ranked]


def run(runs: int) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="beam-bench-pyc-") as cache:
        env = bytecode_env(cache)
        for prefix in ("", HIDE_CLI):  # compile bytecode for everything either side imports
            _importtime(prefix + "import httpx; import beam_ai", env)
        for label, prefix in (("runtime deps only", HIDE_CLI), ("dev env (httpx imports its CLI)", "")):
            samples: dict[str, list[float]] = {"beam_ai": [], "httpx": []}
            for i in range(runs):
                order = ("beam_ai", "httpx") if i % 2 else ("httpx", "beam_ai")
                for module in order:
                    samples[module].append(_cumulative(_importtime(prefix + f"import {module}", env), module))
            beam = statistics.median(samples["beam_ai"])
            httpx_s = statistics.median(samples["httpx"])
            rows.append(
                Row(
                    "import_time",
                    f"import beam_ai / import httpx, {label}",
                    beam / httpx_s,
                    "x",
                    TARGET,
                    f"{beam * 1e3:.0f} vs {httpx_s * 1e3:.0f} ms (median of {runs})",
                )
            )
        extras = _extras(env)
    total = sum(ms for _, _, ms in extras)
    print(f"\nwhat `import beam_ai` adds after `import httpx` (runtime deps only): {total:.0f} ms self time")
    for group, count, ms in extras[:12]:
        print(f"  {ms:7.1f} ms  {count:4d} module{'s' if count > 1 else ' '}  {group}")
    return rows


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="fresh interpreters per module and environment (default 30)")
    args = p.parse_args(argv)
    runs = args.runs or (1 if args.quick else 30)
    return finish(f"import time ({runs} fresh interpreters each, median)", run(runs), args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
