"""Record the cassettes in tests/cassettes/ from the scenarios in tests/cassette_scenarios.py.

By default against the fake Beam server, started in-process on loopback:

    scripts/record_cassettes.sh                      # every scenario
    scripts/record_cassettes.sh agents tools         # just these

Against the live API (a maintainer with real credentials; the scenarios only read):

    BEAM_API_KEY=... BEAM_WORKSPACE_ID=... scripts/record_cassettes.sh --live \\
        [--context-file AGENT_ID/FILE_ID]            # BEAM_BASE_URL optional

Secrets are scrubbed by vcrpy hooks before anything is written (see tests/cassette_tools.py); a live
workspace id is replaced by the fake one so replay tests do not depend on where a cassette came from.
Each cassette is recorded to a temporary file, validated against openapi/beam.yaml and scanned for
secrets, and only then moved into place: a violation fails the run (naming the operation) and
leaves the committed cassette untouched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import vcr  # noqa: E402
from cassette_scenarios import SCENARIOS, Inputs, Scenario  # noqa: E402
from cassette_tools import (  # noqa: E402
    CASSETTE_DIR,
    ReadableYamlSerializer,
    Scrubber,
    cassette_problems,
    find_secrets,
    write_inputs,
)

from beam_ai import DEFAULT_BASE_URL, Beam  # noqa: E402
from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID, FakeBeam, FakeBeamServer, FakeClock  # noqa: E402

# The fake's clock, fixed so re-recordings against it differ only where the fake is random.
FAKE_START = datetime(2026, 1, 6, 9, 0, tzinfo=UTC).timestamp()


class Target:
    """Where the scenarios run: a base URL and credentials, and how to scrub what comes back."""

    def __init__(self, *, base_url: str, api_key: str, workspace_id: str, live: bool) -> None:
        self.base_url, self.api_key, self.workspace_id, self.live = base_url, api_key, workspace_id, live
        self.fake: FakeBeam | None = None

    def scrubber(self) -> Scrubber:
        return Scrubber(
            source_base_url=self.base_url,
            api_key=self.api_key,
            replacements={self.workspace_id: FAKE_WORKSPACE_ID},
            redact_emails=self.live,
        )

    def client(self, scenario: Scenario) -> Beam:
        if self.fake is not None:
            self.fake.reset()  # every cassette starts from the seeded workspace
        return Beam(
            api_key=self.api_key,
            workspace_id=self.workspace_id,
            base_url=self.base_url,
            auth_mode=scenario.auth_mode,
            max_retries=0,  # a retried request would be baked into the cassette; fail instead
            clock=self.fake.clock.now if self.fake is not None else time.time,
        )


@contextmanager
def fake_target() -> Iterator[Target]:
    fake = FakeBeam(clock=FakeClock(start=FAKE_START))
    with FakeBeamServer(fake) as server:
        target = Target(base_url=server.url, api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, live=False)
        target.fake = fake
        yield target


@contextmanager
def live_target() -> Iterator[Target]:
    api_key = os.environ.get("BEAM_API_KEY", "").strip()
    workspace_id = os.environ.get("BEAM_WORKSPACE_ID", "").strip()
    if not api_key or not workspace_id:
        raise SystemExit("--live needs BEAM_API_KEY and BEAM_WORKSPACE_ID (and optionally BEAM_BASE_URL)")
    base_url = os.environ.get("BEAM_BASE_URL", "").strip() or DEFAULT_BASE_URL
    yield Target(base_url=base_url, api_key=api_key, workspace_id=workspace_id, live=True)


def record_one(scenario: Scenario, target: Target, inputs: Inputs, out_dir: Path) -> list[str]:
    """Record one cassette; returns the problems (empty: the cassette was written)."""
    scrubber = target.scrubber()
    recorder = vcr.VCR()
    recorder.register_serializer("readable-yaml", ReadableYamlSerializer())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{scenario.name}.yaml"
        error = None
        with recorder.use_cassette(
            str(path), serializer="readable-yaml", **scrubber.vcr_config(record_mode="all")
        ):
            try:
                with target.client(scenario) as client:
                    scenario.run(client, inputs)
            except Exception as exc:  # report it with whatever the cassette shows about it
                error = "".join(traceback.format_exception_only(exc)).strip()
        if not path.exists():
            return [f"{scenario.name}: nothing recorded" + (f" ({error})" if error else "")]
        problems = cassette_problems(path)
        problems += find_secrets(path, known_secrets=[target.api_key])
        if error:
            problems.append(f"{scenario.name}: scenario failed: {error}")
        if not problems:
            shutil.move(str(path), out_dir / path.name)
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help=f"default: all ({', '.join(SCENARIOS)})"
    )
    parser.add_argument("--live", action="store_true", help="record against the live API (BEAM_* variables)")
    parser.add_argument(
        "--context-file",
        metavar="AGENT_ID/FILE_ID",
        help="a context file to read in the context_files scenario (live; no endpoint lists them)",
    )
    parser.add_argument(
        "--out", type=Path, default=CASSETTE_DIR, help="cassette directory (default: %(default)s)"
    )
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    args = parser.parse_args(argv)

    if args.list:
        for scenario in SCENARIOS.values():
            print(f"{scenario.name:18} {', '.join(scenario.tags):28} {scenario.summary}")
        return 0
    unknown = [name for name in args.scenarios if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s) {', '.join(unknown)}; --list shows them")
    selected = [SCENARIOS[name] for name in args.scenarios or SCENARIOS]

    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    inputs = Inputs()
    if args.live:
        if args.context_file:
            agent_id, _, file_id = args.context_file.partition("/")
            if not agent_id or not file_id:
                parser.error("--context-file takes AGENT_ID/FILE_ID")
            inputs = Inputs(context_agent_id=agent_id, context_file_id=file_id)
        elif any(s.name == "context_files" for s in selected):
            print("context_files: skipped (live needs --context-file AGENT_ID/FILE_ID)")
            selected = [s for s in selected if s.name != "context_files"]
    elif args.context_file:
        parser.error("--context-file only applies with --live (the fake's seeded file is used otherwise)")

    failures = 0
    recorded: list[str] = []
    with live_target() if args.live else fake_target() as target:
        where = target.base_url if args.live else f"the fake server at {target.base_url}"
        print(f"recording {len(selected)} scenario(s) against {where} into {out_dir}")
        for scenario in selected:
            problems = record_one(scenario, target, inputs, out_dir)
            if problems:
                failures += 1
                print(f"FAIL {scenario.name}: cassette not written")
                for problem in problems:
                    print(f"     {problem}")
            else:
                recorded.append(scenario.name)
                print(f"ok   {scenario.name} -> {out_dir / scenario.name}.yaml")
    if "context_files" in recorded:  # the replay test reads the ids this cassette was recorded with
        write_inputs(inputs.to_dict(), out_dir)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
