"""One distribution carries both packages; the built wheel installs and imports on its own."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from spec_tools import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("beam_ai-*.whl")
    return built


def test_wheel_contains_both_packages_and_type_markers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "beam_ai/__init__.py",
        "beam_ai/py.typed",
        "beam_ai_api/__init__.py",
        "beam_ai_api/py.typed",
        "beam_ai_api/api/agent_tasks/create_task.py",
        "beam_ai_api/models/agent_task.py",
    ):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "openapi/"))]


def test_installed_wheel_imports_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
    )
    code = (
        "import beam_ai, beam_ai_api, beam_ai_api.api.agent_tasks.create_task as c;"
        f"assert beam_ai.__file__.startswith({str(target)!r}), beam_ai.__file__;"
        f"assert beam_ai_api.__file__.startswith({str(target)!r});"
        # The test kit's spec-built routes read the spec shipped inside the wheel (beam_ai_api/openapi.json).
        "from beam_ai.testing import FakeBeam; assert '/agent-tasks' in FakeBeam().spec.document['paths'];"
        "print(beam_ai.__version__, beam_ai.Beam(api_key='k', workspace_id='w').base_url)"
    )
    # -I: isolated mode, so neither the checkout nor an editable install can satisfy the import.
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.stdout.split() == [__import__("beam_ai").__version__, "https://api.beamstudio.ai"]
