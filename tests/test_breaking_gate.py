"""The breaking-change gate: the test command fails when the spec or the public Python API breaks a
caller of the last released version (recorded in release/) and CHANGELOG.md's unreleased sections do not
say so under `### Breaking`. The rules are in scripts/apireview/gate.py; the README's "Versioning" section
explains them to maintainers.
"""

from __future__ import annotations

import functools
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from spec_tools import ROOT, SPEC_PATH

sys.path.insert(0, str(ROOT / "scripts"))
from apireview import gate, python_api


def test_this_tree_has_no_breaking_change_the_changelog_does_not_name() -> None:
    """THE gate. When it fails, each line names a change and how to cover it."""
    problems = gate.problems(ROOT)
    assert not problems, "\n" + "\n".join(problems)


def test_the_release_record_is_consistent() -> None:
    released = gate.released_version(ROOT)
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{released}]" in changelog
    assert "## [Unreleased]" in changelog
    version = gate.read_version(ROOT)
    assert version == released or f"## [{version}]" in changelog, (
        f"__version__ {version} has no CHANGELOG section"
    )
    assert (ROOT / "release" / "beam.yaml").is_file()
    assert "beam_ai.Beam" in json.loads((ROOT / "release" / "public_api.json").read_text())


# -- the gate on a changed copy of the tree ---------------------------------------------------------------------

_dump = python_api.dump


@functools.cache
def _api_of_this_tree() -> dict[str, Any]:
    return _dump(ROOT)


def _copy_tree(tmp_path: Path) -> Path:
    """What the gate reads and these tests change: spec, release record, changelog, version. The
    packages are this checkout's, so their public API is read once (`_api_of_this_tree`)."""
    for name in ("openapi", "release"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copyfile(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    version = tmp_path / gate.VERSION_FILE
    version.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / gate.VERSION_FILE, version)
    return tmp_path


def _edit_spec(root: Path, edit: object) -> None:
    path = root / "openapi" / "beam.yaml"
    spec = yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert callable(edit)
    edit(spec)
    path.write_text(yaml.dump(spec, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False))


def _the_four_breaking_changes(spec: dict) -> None:  # type: ignore[type-arg]
    schemas = spec["components"]["schemas"]
    schemas["Agent"]["properties"]["title"] = schemas["Agent"]["properties"].pop("name")  # renamed
    schemas["TaskQuery"]["required"] = ["query", "additionalInfo"]  # optional -> required
    schemas["Agent"]["properties"]["order"] = {"type": "string"}  # type changed
    del spec["paths"]["/agent/{agentId}"]["put"]  # operation removed


def _add_unreleased_entries(root: Path, *entries: str) -> None:
    path = root / "CHANGELOG.md"
    text = path.read_text()
    block = "### Breaking\n\n" + "".join(f"- {e}\n" for e in entries) + "\n"
    path.write_text(text.replace("## [Unreleased]\n\n", "## [Unreleased]\n\n" + block, 1))


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(gate.python_api, "dump", lambda root: _api_of_this_tree())
    return _copy_tree(tmp_path)


def test_the_four_breaking_changes_fail_the_gate_naming_each_until_the_changelog_says_so(tree: Path) -> None:
    _edit_spec(tree, _the_four_breaking_changes)

    problems = "\n".join(gate.problems(tree))
    for named in ("`Agent.name`", "`TaskQuery.additionalInfo`", "`Agent.order`", "`PUT /agent/{agentId}`"):
        assert named in problems, problems

    # Three of four covered: the fourth is still named.
    _add_unreleased_entries(
        tree,
        "`Agent.name` is now `Agent.title`.",
        "`TaskQuery.additionalInfo` is required.",
        "`Agent.order` is a string.",
    )
    problems = "\n".join(gate.problems(tree))
    assert "`PUT /agent/{agentId}`" in problems and "`Agent.order`:" not in problems

    _add_unreleased_entries(tree, "`updateAgent` (`agents.update()`) was removed.")
    assert gate.problems(tree) == []


def test_a_removed_python_name_fails_the_gate_until_the_changelog_names_it(tree: Path) -> None:
    released = json.loads((tree / "release" / "public_api.json").read_text())
    released["beam_ai.Beam.legacy_call"] = {"kind": "function", "params": [], "returns": "None"}
    gate.write_public_api(released, tree / "release" / "public_api.json")

    [problem] = gate.problems(tree)
    assert problem.startswith("python: `beam_ai.Beam.legacy_call`: removed")
    assert "`Beam.legacy_call`" in problem

    _add_unreleased_entries(tree, "`Beam.legacy_call()` is gone; use `Beam.request`.")
    assert gate.problems(tree) == []


def test_an_entry_in_an_already_released_section_does_not_cover_a_new_change(tree: Path) -> None:
    _edit_spec(tree, lambda spec: spec["components"]["schemas"]["Agent"]["properties"].pop("order"))
    released = gate.released_version(tree)
    changelog = tree / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text().replace(
            f"## [{released}]", f"## [{released}]\n\n### Breaking\n\n- `Agent.order`\n", 1
        )
    )

    assert any("`Agent.order`" in p for p in gate.problems(tree))


def test_additions_need_no_changelog_entry(tree: Path) -> None:
    def add(spec: dict) -> None:  # type: ignore[type-arg]
        spec["components"]["schemas"]["Agent"]["properties"]["archivedAt"] = {
            "type": "string",
            "nullable": True,
        }

    _edit_spec(tree, add)
    assert gate.problems(tree) == []


def test_a_breaking_change_in_a_patch_release_breaks_the_version_policy(tree: Path) -> None:
    _edit_spec(tree, lambda spec: spec["components"]["schemas"]["Agent"]["properties"].pop("order"))
    _add_unreleased_entries(tree, "`Agent.order` removed.")
    version_file = tree / gate.VERSION_FILE
    major, minor, patch = gate.released_version(tree).split(".")

    version_file.write_text(f'__version__ = "{major}.{minor}.{int(patch) + 1}"\n')
    [problem] = gate.problems(tree)
    assert "bumps the minor version" in problem

    version_file.write_text(f'__version__ = "{major}.{int(minor) + 1}.0"\n')
    assert gate.problems(tree) == []


# -- reading the changelog ----------------------------------------------------------------------------------------

CHANGELOG = """\
# Changelog

## [Unreleased]

### Added

- `Agent.archivedAt` (not breaking, not under Breaking)

### Breaking

- `agents.archive()` replaces
  `agents.delete` (a continued line)
* `Agent.name`

## [0.3.0] - 2027-01-01

### Breaking

- `TaskQuery.additionalInfo` is required

## [0.2.0] - 2026-12-20

### Breaking

- `Agent.order` (released already)
"""


def test_only_breaking_entries_above_the_released_version_count() -> None:
    sections = gate.unreleased_sections(CHANGELOG, "0.2.0")
    assert [name for name, _ in sections] == ["Unreleased", "0.3.0"]
    names = gate.covered_names(e for _, body in sections for e in gate.breaking_entries(body))
    assert names == {"agents.archive", "agents.delete", "Agent.name", "TaskQuery.additionalInfo"}
    assert gate.covered_names(["`AgentsResource(requester)` and `run_task(client)`"]) == {
        "AgentsResource",
        "AgentsResource.__init__",
        "run_task",
    }


def test_release_refuses_a_version_without_a_changelog_section(tree: Path) -> None:
    (tree / gate.VERSION_FILE).write_text('__version__ = "9.9.9"\n')
    with pytest.raises(SystemExit, match=r"no `## \[9.9.9\]"):
        gate.release(tree)


def test_release_records_spec_api_and_version(tree: Path) -> None:
    changelog = tree / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text().replace("## [Unreleased]\n", "## [Unreleased]\n\n## [0.2.0] - 2027-01-01\n", 1)
    )
    (tree / gate.VERSION_FILE).write_text('__version__ = "0.2.0"\n')
    _edit_spec(tree, lambda spec: spec["components"]["schemas"]["Agent"]["properties"].pop("order"))

    assert gate.release(tree) == "0.2.0"

    assert gate.released_version(tree) == "0.2.0"
    assert (
        "order:"
        not in (tree / "release" / "beam.yaml")
        .read_text()
        .split("    Agent:\n", 1)[1]
        .split("    AgentAnalytics", 1)[0]
    )
    assert gate.problems(tree) == []  # the change is now part of the release
    assert SPEC_PATH.read_text() != (tree / "release" / "beam.yaml").read_text()


def test_the_names_that_cover_a_python_change() -> None:
    released = json.loads((ROOT / "release" / "public_api.json").read_text())

    def names(path: str) -> set[str]:
        return set(python_api.coverage_names(path, released))

    assert {"Agent.name", "Agent.*", "beam_ai_api.models.Agent.name"} <= names(
        "beam_ai_api.models.Agent.name"
    )
    # Mentioning `Beam` (say, as a type in another entry) does not cover every change to it.
    assert {"Beam.request", "Beam.*"} <= names("beam_ai.Beam.request")
    assert "Beam" not in names("beam_ai.Beam.request")
    # A low-level function by module and name, or a wildcard over its module; never by a bare `sync`.
    sync = names("beam_ai_api.api.agents.list_agents.sync")
    assert {"list_agents.sync", "list_agents.*", "beam_ai_api.api.*", "beam_ai_api.api.agents.*"} <= sync
    assert "sync" not in sync and "beam_ai_api.*" not in sync
    assert "run_task" in names("beam_ai.run_task")
