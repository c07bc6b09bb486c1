#!/usr/bin/env bash
# Re-record tests/cassettes/ (see scripts/record_cassettes.py --help): against the embedded fake Beam
# server by default, or against the live API with --live and BEAM_API_KEY / BEAM_WORKSPACE_ID set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$python" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
exec .venv/bin/python scripts/record_cassettes.py "$@"
