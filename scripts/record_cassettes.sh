#!/usr/bin/env bash
# Re-record tests/cassettes/ (see scripts/record_cassettes.py --help): against the embedded fake Beam
# server by default, or against the live API with --live and BEAM_API_KEY / BEAM_WORKSPACE_ID set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh dev
exec .venv/bin/python scripts/record_cassettes.py "$@"
