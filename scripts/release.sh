#!/usr/bin/env bash
# Record the working tree as the release of its version, for the breaking-change gate:
# release/VERSION, release/beam.yaml (the released spec), release/public_api.json (the released public
# Python API of beam_ai and beam_ai_api, one name a line). Committed, so the gate works in any clone.
#
#   1. set __version__ in overlay/beam_ai/_version.py (pre-1.0: a breaking change bumps the minor version)
#   2. in CHANGELOG.md, rename "## [Unreleased]" to "## [X.Y.Z] - YYYY-MM-DD" and open a new empty Unreleased
#   3. scripts/release.sh, then commit (and tag, if you like; the gate does not need tags)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  "") ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
python="$root/.venv/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
PYTHONPATH="$root/scripts${PYTHONPATH:+:$PYTHONPATH}" exec "$python" -m apireview.gate release --root "$root"
