#!/usr/bin/env bash
# Regenerate generated/beam_ai_api from openapi/beam.yaml with a pinned openapi-python-client.
#
#   scripts/regen.sh           rewrite generated/ from the spec
#   scripts/regen.sh --check   regenerate into a temp dir; exit 1 naming the differing files
#
# The generator and ruff are pinned below. If the versions on PATH differ, a private tool venv
# (.regen-venv/, git-ignored) is created with the pinned versions, so output never depends on
# whatever happens to be installed.
set -euo pipefail

GENERATOR_VERSION="0.29.1"
RUFF_VERSION="0.17.5"
GRIFFE_VERSION="2.4.1"  # reads the generated package for generated/API.md (scripts/apireview/api_md.py)
PACKAGE="beam_ai_api"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec="$root/openapi/beam.yaml"
config="$root/openapi/generator.yaml"
# Overrides of the generator's own templates (only the files present there), e.g. lazy models/__init__.
templates="$root/openapi/templates"
target="$root/generated/$PACKAGE"

mode="write"
case "${1:-}" in
  "") ;;
  --check) mode="check" ;;
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

have_pinned_tools() {
  command -v openapi-python-client >/dev/null 2>&1 && command -v ruff >/dev/null 2>&1 &&
    [ "$(openapi-python-client --version 2>/dev/null | awk '{print $NF}')" = "$GENERATOR_VERSION" ] &&
    [ "$(ruff --version 2>/dev/null | awk '{print $NF}')" = "$RUFF_VERSION" ] &&
    "$(dirname "$(command -v openapi-python-client)")/python" -c "import griffe, importlib.metadata as m; assert m.version('griffe') == '$GRIFFE_VERSION'" 2>/dev/null
}

if ! have_pinned_tools; then
  venv="$root/.regen-venv"
  if [ ! -x "$venv/bin/openapi-python-client" ] ||
     ! PATH="$venv/bin:$PATH" have_pinned_tools; then
    echo "regen: installing openapi-python-client==$GENERATOR_VERSION ruff==$RUFF_VERSION into .regen-venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
      "openapi-python-client==$GENERATOR_VERSION" "ruff==$RUFF_VERSION" "griffe==$GRIFFE_VERSION"
  fi
  export PATH="$venv/bin:$PATH"
fi

export RUFF_NO_CACHE=true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The generator writes a whole project; only the package directory is kept.
(cd "$work" && openapi-python-client generate --path "$spec" --config "$config" \
  --output-path "$work/out" --meta none --fail-on-warning --custom-template-path "$templates" >"$work/log" 2>&1) || {
  cat "$work/log" >&2
  echo "regen: openapi-python-client failed" >&2
  exit 1
}
fresh="$work/out"
# The surface the templates cannot write (operation table, constraint rules, pagination), from the
# same spec, with the generator's own Python (its parser names things exactly as the code above).
generator_python="$(dirname "$(command -v openapi-python-client)")/python"
if [ ! -x "$generator_python" ]; then
  echo "regen: no python beside openapi-python-client ($generator_python); use a venv install" >&2
  exit 1
fi
# In write mode it also rewrites the README's namespace table (between its markers), if there is a README.
readme=()
[ "$mode" = "write" ] && [ -f "$root/README.md" ] && readme=("$root/README.md")
"$generator_python" "$root/scripts/gen_surface.py" "$spec" "$config" "$fresh" "$PACKAGE" "${readme[@]}" || {
  echo "regen: scripts/gen_surface.py failed" >&2
  exit 1
}
# The spec itself as JSON data in the package (beam_ai_api/openapi.json), read with the generator's own
# loader: the fake server (beam_ai.testing) builds a route from it for every operation without a
# hand-written one, so an installed wheel's fake serves the spec its client was generated from.
"$generator_python" - "$spec" "$fresh/openapi.json" <<'PY'
import json, pathlib, sys
from openapi_python_client import _get_document
document = _get_document(source=pathlib.Path(sys.argv[1]), timeout=5)
if not isinstance(document, dict):
    raise SystemExit(f"regen: cannot read {sys.argv[1]}: {document}")
text = json.dumps(document, indent=1, ensure_ascii=False, default=str)
pathlib.Path(sys.argv[2]).write_text(text + "\n", encoding="utf-8")
PY
surface=(surface namespace.py client_namespaces.py resources.py)
(cd "$fresh" && ruff check "${surface[@]}" --fix-only --no-cache --line-length 120 --quiet &&
  ruff format "${surface[@]}" --no-cache --line-length 120 --quiet)
# PEP 561 marker: users of the low-level package get its type hints too.
touch "$fresh/py.typed"
find "$fresh" -name '__pycache__' -prune -exec rm -rf {} + -o -name '.ruff_cache' -prune -exec rm -rf {} +

if [ "$mode" = "check" ]; then
  if [ ! -d "$target" ]; then
    echo "regen --check: $target is missing; run scripts/regen.sh" >&2
    exit 1
  fi
  changed="$(diff -rq --exclude='__pycache__' "$target" "$fresh" || true)"
  if [ -n "$changed" ]; then
    echo "regen --check: generated/ is out of date with openapi/beam.yaml. Differing files:" >&2
    echo "$changed" | sed -e "s#$fresh#<spec output>#g" -e "s#$root/##g" >&2
    echo "Run scripts/regen.sh and commit the result." >&2
    exit 1
  fi
  PYTHONPATH="$root/scripts" "$generator_python" -m apireview.api_md "$fresh" "$root" --check || exit 1
  echo "regen --check: generated/$PACKAGE and generated/API.md match openapi/beam.yaml"
  exit 0
fi

summary="$(PYTHONPATH="$root/scripts" "$generator_python" -m apireview.api_md "$fresh" "$root" --write)"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -R "$fresh" "$target"
echo "regen: wrote generated/$PACKAGE and generated/API.md"
echo "$summary"
