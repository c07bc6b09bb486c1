"""`import beam_ai` loads only what every user needs; the rest loads on first use.

The import-time benchmark (bench/import_time.py) measures the cost; this guards the mechanism, so
an innocent top-level import cannot silently bring back 135 models, asyncio, the CLI or the fake.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY_PREFIXES = (
    "asyncio",
    "beam_ai_api.models.",
    "beam_ai_api.api.",
    "beam_ai._resources.",
    "beam_ai_api.surface",
    "beam_ai._task_follow",
    "beam_ai.cli",
    "beam_ai.testing",
    "httpx_sse",
)


def _modules_after(code: str) -> list[str]:
    probe = f"import sys, json; {code}; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(result.stdout.splitlines()[-1]))


def test_import_beam_ai_loads_no_models_namespaces_or_extras() -> None:
    loaded = _modules_after(
        "import beam_ai; beam_ai.Beam(api_key='k', workspace_id='w', base_url='http://127.0.0.1:1')"
    )
    assert [m for m in loaded if m.startswith(HEAVY_PREFIXES)] == []


def test_import_beam_ai_loads_only_the_generated_wiring_not_attrs() -> None:
    """`Beam` inherits the generated namespace properties, so `import beam_ai` imports the generated
    package, whose `__init__` (openapi/templates/package_init.py.jinja) defers its client module and
    attrs to the first client constructed."""
    loaded = _modules_after("import beam_ai")
    generated = [m for m in loaded if m.startswith("beam_ai_api")]
    assert generated == ["beam_ai_api", "beam_ai_api.client_namespaces", "beam_ai_api.namespace"]
    assert "attrs" not in loaded and "attr" not in loaded


def test_a_namespace_loads_only_its_own_models() -> None:
    loaded = _modules_after("import beam_ai; beam_ai.Beam(api_key='k', workspace_id='w').user")
    models = [m for m in loaded if m.startswith("beam_ai_api.models.")]
    assert "beam_ai_api.models.user" in models
    assert "beam_ai_api.models.agent_graph" not in models
    assert len(models) < 20


def test_lazy_names_resolve() -> None:
    import beam_ai
    import beam_ai_api.models as models

    assert beam_ai.TaskEvent.__name__ == "TaskEvent"
    assert models.AgentTask.__module__ == "beam_ai_api.models.agent_task"
    assert set(models.__all__) <= set(dir(models))
