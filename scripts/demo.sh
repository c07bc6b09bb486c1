#!/usr/bin/env bash
# The main job, from a fresh clone: set up .venv with the fake-server extra and run one agent task
# end to end (create, follow live SSE updates, read the result) against the embedded fake Beam API.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$python" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[testing]'
exec .venv/bin/python examples/run_task.py "$@"
