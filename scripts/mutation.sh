#!/usr/bin/env bash
# Mutation testing of the core hand-written modules with mutmut 3 (dev extra). NOT part of
# scripts/test.sh: it answers "would the suite notice if this line were wrong?", module by module.
#
#   scripts/mutation.sh                 # every core module
#   (measured on 2 cores: _security 1.5 min, _retry 2.5, _http 2.5, cli 8 (one job, busy machine);
#   _pagination 2, _task_events 4, _token_auth 5, _task_follow over 16 (2 jobs); _validation not yet)
#   scripts/mutation.sh _retry cli      # just these
#   MUTATION_JOBS=1 nice -n 19 scripts/mutation.sh _security   # politely, on a shared machine
#
# Each module is mutated in its own staged tree, .mutation/<module>/ (git-ignored): mutmut 3 only
# imports mutants from ./src, so the overlay is copied to src/beam_ai there (and the generated
# package beside it, so edits to the work tree during a run change nothing), with tests/, openapi/
# and a pyproject.toml carrying a [tool.mutmut] section that mutates only that module and runs only
# the tests that pin it (the TESTS table below: keep it in step when adding a test file). mutmut
# then runs, per mutant, only the selected tests that reach the mutated function.
# Prints a kill rate per module; `cd .mutation/<module> && mutmut results` lists the survivors and
# `mutmut show <name>` shows one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh dev
root=$PWD
export PATH="$root/.venv/bin:$PATH"

declare -A FILES=(
  [_retry]="src/beam_ai/_retry.py"
  [_token_auth]="src/beam_ai/_token_auth.py"
  [_security]="src/beam_ai/_security.py"
  [_http]="src/beam_ai/_http.py"
  [_pagination]="src/beam_ai/_pagination.py"
  [_task_follow]="src/beam_ai/_task_follow.py"
  [_task_events]="src/beam_ai/_task_events.py"
  [_validation]="src/beam_ai/_validation.py"
  [cli]="src/beam_ai/cli/*"
)
declare -A TESTS=(
  [_retry]="tests/test_retries.py tests/test_strength_retry.py tests/test_strength_wire.py"
  [_token_auth]="tests/test_token_auth.py tests/test_token_auth_scenarios.py tests/test_strength_auth.py tests/test_secrets.py tests/test_reliability_token.py tests/test_token_cache.py tests/test_token_cache_waits.py tests/test_reliability_third_pass.py"
  [_security]="tests/test_strength_security.py tests/test_strength_auth.py tests/test_token_auth.py tests/test_client.py tests/test_reliability_third_pass.py"
  [_http]="tests/test_errors.py tests/test_client.py tests/test_strength_http.py tests/test_strength_retry.py tests/test_strength_wire.py tests/test_strength_auth.py tests/test_secrets.py tests/test_url_passwords.py"
  [_pagination]="tests/test_pagination_namespaces.py tests/test_strength_wire.py tests/test_reliability_pagination.py"
  [_task_follow]="tests/test_task_follow.py tests/test_strength_follow.py tests/test_task_answers.py tests/test_reliability_deadlines.py tests/test_reliability_events.py tests/test_stream_slots.py"
  [_task_events]="tests/test_task_follow.py tests/test_strength_follow.py tests/test_reliability_events.py"
  [_validation]="tests/test_validation.py tests/test_namespaces.py tests/test_argument_types.py"
  [cli]="tests/test_cli.py tests/test_strength_cli.py tests/test_cli_usage.py tests/test_cli_start.py tests/test_cli_surface.py"
)
ORDER=(_retry _token_auth _security _http _pagination _task_follow _task_events _validation cli)

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=("${ORDER[@]}")
for module in "${modules[@]}"; do
  [ -n "${FILES[$module]:-}" ] || { echo "unknown module $module; choose from: ${ORDER[*]}" >&2; exit 2; }
done

summary=()
for module in "${modules[@]}"; do
  stage="$root/.mutation/$module"
  echo "== $module: ${FILES[$module]}"
  rm -rf "$stage"
  mkdir -p "$stage/src"
  cp -r overlay/beam_ai "$stage/src/beam_ai"
  cp -r generated/beam_ai_api "$stage/src/beam_ai_api"  # imported from the stage, not the work tree
  cp -r tests openapi "$stage/"
  find "$stage" -name __pycache__ -prune -exec rm -rf {} +
  MODULE_FILES="${FILES[$module]}" MODULE_TESTS="${TESTS[$module]}" python - "$stage/pyproject.toml" <<'PY'
import json, os, sys
project = open("pyproject.toml").read()
assert "[tool.mutmut]" not in project, "scripts/mutation.sh writes [tool.mutmut] itself"
files = os.environ["MODULE_FILES"].split()
tests = os.environ["MODULE_TESTS"].split()
section = f"""
[tool.mutmut]
source_paths = ["src/beam_ai"]
also_copy = ["src/beam_ai_api", "openapi"]  # tests read the spec (spec_tools)
only_mutate = {json.dumps(files)}
pytest_add_cli_args_test_selection = {json.dumps(tests)}
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x"]
"""
open(sys.argv[1], "w").write(project + section)
PY
  (cd "$stage" && mutmut run --max-children "${MUTATION_JOBS:-2}" >mutmut.log 2>&1 || true)
  if (cd "$stage" && mutmut export-cicd-stats >/dev/null 2>&1) && [ -f "$stage/mutants/mutmut-cicd-stats.json" ]; then
    line=$(python - "$module" "$stage/mutants/mutmut-cicd-stats.json" <<'PY'
import json, sys
module, path = sys.argv[1:]
s = json.load(open(path))
caught = s["killed"] + s["timeout"] + s["segfault"]
if s["total"] and caught + s["survived"] + s["no_tests"] + s["suspicious"] == 0:
    print(f"{module}: no mutant was run (the tests failed before mutating?), see .mutation/{module}/mutmut.log")
    sys.exit(0)
rate = 100.0 * caught / s["total"] if s["total"] else 0.0
print(f"{module:<12} {caught:>4}/{s['total']:<4} killed {rate:5.1f}%  survived {s['survived']}, no tests {s['no_tests']}, suspicious {s['suspicious']}")
PY
)
  else
    line="$module: mutmut failed, see .mutation/$module/mutmut.log"
  fi
  echo "$line"
  summary+=("$line")
done

echo
echo "== kill rate per module"
printf '%s\n' "${summary[@]}"
