"""The breaking-change gate: what was released, what changed since, and whether CHANGELOG.md says so.

The last released version is recorded in the repository (git tags may not survive a CI clone):
`release/VERSION`, `release/beam.yaml` (its spec) and `release/public_api.json` (its public Python API,
one name a line), written by `scripts/release.sh`. The gate compares the working tree with them:
every breaking change (spec, `apireview.spec_diff`; Python API, `apireview.python_api`) must be
covered by an entry under `### Breaking` in a CHANGELOG.md section newer than the release
(`## [Unreleased]` or the version being prepared).

An entry covers a change when it names, in backticks, the changed place, or a wildcard (`X.*`) over an
enclosing one (a plain mention of an enclosing name, say `Beam` as a type, covers only that name):
- spec: the field (`Agent.archivedAt`) or `Agent.*`; an operation by its operationId (`archiveAgent`)
  or `METHOD /path`; a parameter as `listAgents.pageSize`; anything in an operation's parameters or
  inline bodies as `listAgents.*` or by the location as reported;
- Python: the dotted name, full (`beam_ai_api.models.Agent.name`) or from the class on (`Agent.name`),
  a namespace method as called (`agents.update`), a submodule's function with its module
  (`list_agents.sync`); wildcards `Agent.*`, `agents.*`, `beam_ai_api.api.*` (a module by full name);
  an operationId covers its low-level module (`apireview.python_api.coverage_names`).
A call names the callable (`agents.update()`); a class called names its constructor
(`AgentsResource(requester)` covers `AgentsResource.__init__`).

Pre-1.0 version policy (README, "Versioning"): a breaking change bumps the minor version, so when the
version was already bumped past the release, a breaking change needs a new minor version.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from apireview import python_api
from apireview.spec_diff import SPEC, diff_specs, load_yaml

RELEASE_DIR = "release"
CHANGELOG = "CHANGELOG.md"
VERSION_FILE = "overlay/beam_ai/_version.py"
_HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\]", re.MULTILINE)


@dataclass(frozen=True)
class Breaking:
    """One breaking change since the release: where it was found, what it is, the names that cover it."""

    source: str  # "spec" or "python"
    text: str
    names: tuple[str, ...]

    @property
    def suggestion(self) -> str:
        """The shortest name of the changed place itself (not an enclosing one): what an entry names."""
        place = self.text.split("`")[1]  # describe() starts with the place in backticks
        last = place.rsplit(".", 1)[-1]
        return min([n for n in self.names if n.endswith(last)] or list(self.names), key=len)


def read_version(root: Path) -> str:
    match = re.search(r"""__version__\s*=\s*["']([^"']+)["']""", (root / VERSION_FILE).read_text())
    if not match:
        raise ValueError(f"no __version__ in {VERSION_FILE}")
    return match.group(1)


def released_version(root: Path) -> str:
    return (root / RELEASE_DIR / "VERSION").read_text().strip()


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def write_public_api(dump: Mapping[str, python_api.Entry], path: Path) -> None:
    """One name a line, so the snapshot's own diff is readable."""
    lines = [
        f"{json.dumps(name)}: {json.dumps(entry, sort_keys=True)}" for name, entry in sorted(dump.items())
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n")


def breaking_changes(root: Path) -> list[Breaking]:
    """Every breaking change of the tree at `root` against its recorded release."""
    release = root / RELEASE_DIR
    old_spec = load_yaml((release / "beam.yaml").read_text())
    new_spec = load_yaml((root / SPEC).read_text())
    found = [Breaking("spec", c.describe(), c.names) for c in diff_specs(old_spec, new_spec) if c.breaking]
    old_api = json.loads((release / "public_api.json").read_text())
    found += [
        Breaking("python", c.describe(), c.names)
        for c in python_api.diff(old_api, python_api.dump(root))
        if c.breaking
    ]
    return found


def unreleased_sections(changelog: str, released: str) -> list[tuple[str, str]]:
    """(heading name, body) of every `## [...]` section above the released version's."""
    sections = []
    matches = list(_HEADING.finditer(changelog))
    for i, match in enumerate(matches):
        if match.group("name") == released:
            break
        end = matches[i + 1].start() if i + 1 < len(matches) else len(changelog)
        sections.append((match.group("name"), changelog[match.end() : end]))
    return sections


def breaking_entries(section_body: str) -> list[str]:
    """The list entries under `### Breaking` in one section."""
    entries: list[str] = []
    for match in re.finditer(
        r"^### Breaking[ \t]*\n(?P<body>.*?)(?=^###? |\Z)", section_body, re.MULTILINE | re.DOTALL
    ):
        entry_start = len(entries)
        for line in match.group("body").splitlines():
            if re.match(r"^\s*[-*] ", line):
                entries.append(line.strip()[2:])
            elif len(entries) > entry_start and line.strip():
                entries[-1] += " " + line.strip()
    return entries


def covered_names(entries: Iterable[str]) -> set[str]:
    """The backticked names of the entries; a call names the callable (`agents.update()`), and a
    class called (`AgentsResource(requester)`) also names its constructor."""
    names = set()
    for entry in entries:
        for token in re.findall(r"`([^`]+)`", entry):
            call = re.fullmatch(r"(.+?)\(.*\)", token.strip())
            name = call.group(1) if call else token.strip()
            names.add(name)
            if call and name.rsplit(".", 1)[-1][:1].isupper():
                names.add(f"{name}.__init__")
    return names


def uncovered(changes: Sequence[Breaking], changelog: str, released: str) -> list[Breaking]:
    names = covered_names(
        e for _, body in unreleased_sections(changelog, released) for e in breaking_entries(body)
    )
    return [c for c in changes if not names.intersection(c.names)]


def problems(root: Path) -> list[str]:
    """What the gate refuses, one message each; empty when the tree may be released as it is."""
    released = released_version(root)
    changelog = (root / CHANGELOG).read_text()
    changes = breaking_changes(root)
    out = [
        f"{c.source}: {c.text} Not in CHANGELOG.md: add under `## [Unreleased]` / `### Breaking` an entry "
        f"naming it, e.g. - `{c.suggestion}`: <what changed, what to do instead>"
        for c in uncovered(changes, changelog, released)
    ]
    version = read_version(root)
    if changes and version != released and _version_key(version)[:2] <= _version_key(released)[:2]:
        out.append(
            f"version {version} follows release {released} with {len(changes)} breaking change(s): "
            "pre-1.0, a breaking change bumps the minor version (README, Versioning)"
        )
    return out


def release(root: Path) -> str:
    """Record the tree as the release of its `__version__` (scripts/release.sh)."""
    version = read_version(root)
    changelog = (root / CHANGELOG).read_text()
    if not re.search(rf"^## \[{re.escape(version)}\]", changelog, re.MULTILINE):
        raise SystemExit(
            f"release: CHANGELOG.md has no `## [{version}] - YYYY-MM-DD` section; move the Unreleased entries under it first"
        )
    target = root / RELEASE_DIR
    target.mkdir(exist_ok=True)
    shutil.copyfile(root / SPEC, target / "beam.yaml")
    write_public_api(python_api.dump(root), target / "public_api.json")
    (target / "VERSION").write_text(version + "\n")
    return version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["check", "release"])
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    if args.command == "release":
        print(f"release: recorded {release(args.root)} in {RELEASE_DIR}/ (spec, public API, version)")
        return 0
    found = problems(args.root)
    for message in found:
        print(message, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
