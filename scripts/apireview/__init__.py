"""Review tools for API changes (a dev tool, not part of the runtime packages).

- `spec_diff`: spec changes between two versions of openapi/beam.yaml, classified from the client's side.
- `python_api`: the public Python API of `beam_ai` and `beam_ai_api` (loaded with griffe, offline), and
  its diff between two trees.
- `api_md`: `generated/API.md`, every generated namespace method and model with its signature.
- `changelog`: which breaking changes CHANGELOG.md's unreleased sections cover (the gate).
- `report`: the Markdown report of `scripts/api_report.sh`.
"""
