"""Start-up of the `beam-ai` command: wall and CPU time of fresh processes, side by side.

Run: python bench/cli_start.py [--quick] [--runs N] [--json PATH]

Each run is a new interpreter running the CLI's `main` on one command line (what the `beam-ai`
script does), alternating with the same command line with every command's parser built up front,
as the CLI did before it built only what the command line names: all 126 namespace methods'
parsers, each read from its method's signature (which imports every namespace and its models),
and the task-follow and batch modules it imported at its top. Measured as after `pip install
'beam-ai[cli]'` (click hidden, so `import httpx` skips its own CLI), with bytecode compiled up front.
CPU is the child's user + system time; each figure is the median of N runs. A last row compares
`beam-ai --help` with a bare `import beam_ai`: the floor every command pays.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time

from _common import Row, bytecode_env, finish, parser

TARGET = 0.5  # a command line costs at most half the CPU of building every parser
HELP_OVER_IMPORT_TARGET = 1.5
COMMANDS = (("--help",), ("tasks", "run", "--help"), ("agents", "list", "--help"))

RUNTIME = "import sys; sys.modules['click'] = None\n"
LAZY = RUNTIME + "from beam_ai.cli import main\nsys.exit(main())\n"
ALL_BUILT = (
    RUNTIME
    + """\
import beam_ai._task_events, beam_ai._task_questions, beam_ai.batch  # at the top of the CLI before
from beam_ai.cli import _lazy, main

_add_lazy = _lazy.LazySubcommands.add_lazy


def add_built(self, name, make, *, help):
    _add_lazy(self, name, make, help=help)
    self.choices[name]  # the parser, made now


_lazy.LazySubcommands.add_lazy = add_built
sys.exit(main())
"""
)
IMPORT_ONLY = RUNTIME + "import beam_ai\n"


def _run(code: str, argv: tuple[str, ...], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh interpreter running `code` with `argv`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *argv], env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def run(runs: int) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="beam-bench-pyc-") as cache:
        env = bytecode_env(cache)
        _run(ALL_BUILT, COMMANDS[0], env)  # compiles the bytecode of everything either side imports
        contenders = {"lazy": LAZY, "all": ALL_BUILT}
        for argv in COMMANDS:
            samples: dict[str, list[tuple[float, float]]] = {"lazy": [], "all": []}
            for i in range(runs):
                for name in ("lazy", "all") if i % 2 else ("all", "lazy"):
                    samples[name].append(_run(contenders[name], argv, env))
            (lazy_wall, lazy_cpu), (all_wall, all_cpu) = _medians(samples["lazy"]), _medians(samples["all"])
            rows.append(
                Row(
                    "cli_start",
                    f"beam-ai {' '.join(argv)}: CPU, only the parsers named / every parser built",
                    lazy_cpu / all_cpu,
                    "x",
                    TARGET,
                    f"{lazy_cpu * 1e3:.0f} vs {all_cpu * 1e3:.0f} ms CPU, wall {lazy_wall * 1e3:.0f}"
                    f" vs {all_wall * 1e3:.0f} ms (median of {runs})",
                )
            )
        samples = {"help": [], "import": []}
        for i in range(runs):
            for name in ("help", "import") if i % 2 else ("import", "help"):
                code, argv = (LAZY, ("--help",)) if name == "help" else (IMPORT_ONLY, ())
                samples[name].append(_run(code, argv, env))
        (help_wall, help_cpu), (import_wall, import_cpu) = (
            _medians(samples["help"]),
            _medians(samples["import"]),
        )
        rows.append(
            Row(
                "cli_start",
                "beam-ai --help / python -c 'import beam_ai': CPU",
                help_cpu / import_cpu,
                "x",
                HELP_OVER_IMPORT_TARGET,
                f"{help_cpu * 1e3:.0f} vs {import_cpu * 1e3:.0f} ms CPU, wall {help_wall * 1e3:.0f}"
                f" vs {import_wall * 1e3:.0f} ms (median of {runs}; interpreter start-up included)",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> list[Row]:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="fresh interpreters per command and contender (default 15)")
    args = p.parse_args(argv)
    runs = args.runs or (1 if args.quick else 15)
    return finish(f"CLI start-up ({runs} fresh interpreters each, median)", run(runs), args.json)


if __name__ == "__main__":
    main(sys.argv[1:])
