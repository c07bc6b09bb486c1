#!/usr/bin/env bash
# The API review of a change, as Markdown on stdout (offline, a few seconds):
#
#   scripts/api_report.sh            against the merge base with main
#   scripts/api_report.sh BASE_REF   against any revision (a tag, a commit, origin/main...)
#
# 1. spec changes in openapi/beam.yaml, each classified from the client's side (breaking or not);
# 2. the public Python API diff of beam_ai and beam_ai_api (names, signatures, annotations);
# 3. a diffstat of generated/, new untracked files included;
# 4. breaking changes since the last release (release/) that CHANGELOG.md does not name yet.
# The rules are in scripts/apireview/ (spec_diff.py, python_api.py); the README's "Versioning" says
# what a breaking change means for the version number and CHANGELOG.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
esac
python="$root/.venv/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
if ! "$python" -c 'import griffe, yaml' 2>/dev/null; then
  echo "api_report: needs griffe and pyyaml (the dev extra: source scripts/_venv.sh dev)" >&2
  exit 2
fi
cd "$root"
PYTHONPATH="$root/scripts${PYTHONPATH:+:$PYTHONPATH}" exec "$python" -m apireview.report --root "$root" "$@"
