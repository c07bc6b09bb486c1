#!/usr/bin/env bash
# The benchmarks, from a fresh clone: set up .venv with the dev extra (as scripts/demo.sh does),
# run every bench/*.py side by side against raw httpx, and rewrite the results table in README.md
# between <!-- bench:start --> and <!-- bench:end --> (date and machine included).
#
#   scripts/bench.sh             all benchmarks (a few minutes), README.md table rewritten
#   scripts/bench.sh --quick     smoke sizes, README.md left alone
#   scripts/bench.sh --no-readme / --only per_call memory / --strict (exit 1 on a missed target)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh dev
exec .venv/bin/python bench/run_all.py "$@"
