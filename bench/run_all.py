"""Run every benchmark, print one table, and rewrite the results table in README.md.

Run: python bench/run_all.py [--quick] [--only NAME ...] [--no-readme] [--strict]
(`scripts/bench.sh` sets up .venv and calls this.)

Each benchmark runs in its own fresh interpreter (so import-time and memory figures are not
disturbed by the others) and hands its rows back as JSON. The README table goes between the
markers `<!-- bench:start -->` and `<!-- bench:end -->`, with the date and the machine; nothing
else in README.md is touched. Without the markers the table is printed and the run fails.
`--quick` (smoke sizes) never writes README.md. Exit status: 1 if a benchmark failed or (with
--strict) missed its target, 2 if README.md has no markers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Row, format_value, machine_description, print_table

BENCHMARKS = (
    "per_call",
    "import_time",
    "cli_start",
    "concurrency",
    "memory",
    "regen",
    "batch",
    "batch_follow",
    "watch_many",
    "many_runs",
)
README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


class MarkersMissing(Exception):
    pass


def run_benchmark(name: str, quick: bool) -> tuple[list[Row], float]:
    """Rows of `bench/<name>.py` run in a fresh interpreter, and its wall time."""
    with tempfile.TemporaryDirectory(prefix="beam-bench-") as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, str(ROOT / "bench" / f"{name}.py"), "--json", str(out)]
        if quick:
            command.append("--quick")
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT)
        seconds = time.perf_counter() - start
        rows = [Row(**row) for row in json.loads(out.read_text(encoding="utf-8"))]
    return rows, seconds


def markdown(rows: list[Row], when: str, machine: str, command: str) -> str:
    lines = [
        f"Measured {when} with `{command}` on: {machine}.",
        "",
        "Each ratio compares contenders measured side by side in the same run; the absolute figures",
        "in the last column are for context and vary by machine.",
        "",
        "| benchmark | measure | result | target | | detail |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = (
            row.bench,
            row.measure,
            format_value(row.value, row.unit),
            row.target_text(),
            row.status,
            row.detail,
        )
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def replace_between_markers(text: str, table: str) -> str:
    """`text` with everything between the bench markers replaced by `table`."""
    start = text.find(START)
    end = text.find(END, start + len(START)) if start >= 0 else -1
    if start < 0 or end < 0:
        raise MarkersMissing(f"README.md has no {START} ... {END} section")
    return text[: start + len(START)] + "\n" + table + "\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke sizes; README.md is left alone")
    p.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these benchmarks")
    p.add_argument("--no-readme", action="store_true", help="print the table, leave README.md alone")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = p.parse_args(argv)

    rows: list[Row] = []
    failed: list[str] = []
    total = time.perf_counter()
    for name in args.only or BENCHMARKS:
        print(f"\n=== bench/{name}.py{' --quick' if args.quick else ''}", flush=True)
        try:
            bench_rows, seconds = run_benchmark(name, args.quick)
        except subprocess.CalledProcessError as error:
            failed.append(name)
            print(f"bench/{name}.py failed (exit {error.returncode})", file=sys.stderr)
            continue
        print(f"({seconds:.0f} s)")
        rows.extend(bench_rows)
    elapsed = time.perf_counter() - total

    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = machine_description()
    print_table(f"all benchmarks ({elapsed:.0f} s) on {machine}", rows)
    missed = [row for row in rows if row.status == "MISSED"]
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    if missed:
        print(f"\nmissed targets: {len(missed)} (see the table)")

    if not (args.quick or args.no_readme or args.only or failed):
        command = "scripts/bench.sh"
        table = markdown(rows, when, machine, command)
        try:
            README.write_text(
                replace_between_markers(README.read_text(encoding="utf-8"), table), encoding="utf-8"
            )
        except MarkersMissing as error:
            print(f"\n{table}\n", file=sys.stderr)
            print(
                f"error: {error}. Add a line `{START}` and a line `{END}` where the results belong;"
                " the table above is what would go between them.",
                file=sys.stderr,
            )
            return 2
        print(f"\nREADME.md: results table rewritten between {START} and {END}")
    if failed or (args.strict and missed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
