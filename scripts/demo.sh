#!/usr/bin/env bash
# The main job, from a fresh clone: set up .venv with the fake-server extra and run one agent task
# end to end (create, follow live SSE updates, read the result) against the embedded fake Beam API.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh testing
exec .venv/bin/python examples/run_task.py "$@"
