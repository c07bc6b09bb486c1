#!/usr/bin/env bash
# The whole check, from a fresh clone: set up .venv with the dev extra, then lint, type-check,
# lint the spec, verify generated/ matches the spec, and run the test suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh dev
export PATH="$PWD/.venv/bin:$PATH"

# One command a line: `set -e` ignores a failure on the left of `&&`, so `ruff check . && ...` let
# lint errors through whenever the format check and everything after passed.
echo "== ruff";       ruff check .; ruff format --check .
echo "== mypy";       mypy
echo "== spec lint";  openapi-spec-validator openapi/beam.yaml
echo "== regen";      scripts/regen.sh --check
echo "== pytest";     pytest "$@"
