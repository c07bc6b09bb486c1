"""The pytest plugin as a user meets it: a user's own tests written with its fixtures only.

The user tests run in a fresh pytest session (pytester) with the plugin enabled by a conftest, as in
a user's project; their timings come from the session's JUnit report.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import beam_ai
import beam_ai_api
from beam_ai import AsyncBeam, Beam
from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam, FakeClock

EXAMPLE = Path(__file__).parents[2] / "examples" / "testing"

# pytester forgets the modules first imported during its test: imported here, before it starts, the
# package's classes stay the ones every later test holds (isinstance checks keep working).
for _package in (beam_ai, beam_ai_api):
    for _module in pkgutil.walk_packages(_package.__path__, f"{_package.__name__}."):
        if not _module.name.endswith("__main__"):
            importlib.import_module(_module.name)


def _run(pytester: pytest.Pytester, *args: str) -> dict[str, float]:
    """Run the session; each test's name -> seconds (setup, call and teardown), all passed."""
    report = pytester.path / "report.xml"
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", f"--junitxml={report}", *args)
    assert result.ret == 0, result.stdout.str()
    cases = ET.parse(report).getroot().iter("testcase")
    return {case.attrib["name"]: float(case.attrib["time"]) for case in cases}


def test_a_users_three_task_runs_pass_in_well_under_two_seconds(pytester: pytest.Pytester) -> None:
    for name in ("conftest.py", "triage.py", "test_triage.py"):
        pytester.makepyfile(**{name.removesuffix(".py"): (EXAMPLE / name).read_text()})
    times = _run(pytester)
    assert set(times) == {
        "test_triage_runs_one_task_per_ticket",
        "test_triage_survives_a_rate_limit",
        "test_a_persistent_rate_limit_reaches_the_caller",
    }
    assert times["test_triage_runs_one_task_per_ticket"] < 2.0  # three agent_tasks.run() calls


def test_a_rate_limited_test_does_not_slow_the_next(pytester: pytest.Pytester) -> None:
    """Clients a user builds on the real clock share the process-wide limiter; the plugin resets it."""
    pytester.makeconftest('pytest_plugins = ["beam_ai.testing.pytest_plugin"]')
    pytester.makepyfile(
        """
        import pytest
        from beam_ai import Beam, RateLimitError
        from beam_ai.testing import FAKE_API_KEY, FAKE_WORKSPACE_ID

        def client(server):
            return Beam(api_key=FAKE_API_KEY, workspace_id=FAKE_WORKSPACE_ID, base_url=server.url)

        def test_first_is_refused(fake_beam, fake_beam_server):
            fake_beam.faults.add("rate_limit", path="/v2/user/me", retry_after=2)
            with client(fake_beam_server) as beam, pytest.raises(RateLimitError):
                beam.user.get(max_retries=0)

        def test_second_is_unrelated(fake_beam, fake_beam_server):
            with client(fake_beam_server) as beam:
                beam.user.get()
        """
    )
    times = _run(pytester)
    assert times["test_second_is_unrelated"] < 1.5  # not the 2 s Retry-After pause of the first


def test_the_beam_fixture_backs_off_on_the_fake_clock_not_real_time(beam: Beam, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1, retry_after=30)
    before, started = fake_beam.clock.now(), time.monotonic()
    assert beam.agents.list().agents
    assert time.monotonic() - started < 5.0  # far below the 30 s Retry-After (a loaded machine is slow)
    assert fake_beam.clock.now() - before >= 30  # the Retry-After was honoured, in fake time
    assert fake_beam.requests.count("GET", "/agent") == 2


def test_the_async_beam_fixture_runs_a_task_to_its_end(async_beam: AsyncBeam, fake_beam: FakeBeam) -> None:
    async def run() -> str:
        return (await async_beam.agent_tasks.run(SUPPORT_AGENT_ID, "hello")).status

    started = time.monotonic()
    assert asyncio.run(run()) == "COMPLETED"
    assert asyncio.run(run()) == "COMPLETED"  # a second event loop: no connection left bound to the first
    assert time.monotonic() - started < 5.0  # the fake's 3 s per task, twice, took no real time


def test_a_reset_gives_back_the_clock_mode_the_fake_was_built_with() -> None:
    """A test that switches autojump on itself (not through the `beam` fixtures) must not leave it on
    for the next test on the same fake: a task there would jump to its end while it waits."""
    fake = FakeBeam()
    fake.clock.autojump = True  # type: ignore[attr-defined]
    fake.reset()
    assert fake.clock.autojump is False  # type: ignore[attr-defined]
    jumping = FakeBeam(clock=FakeClock(autojump=True))
    jumping.clock.autojump = False  # type: ignore[attr-defined]
    jumping.reset()
    assert jumping.clock.autojump is True  # type: ignore[attr-defined]


def test_without_the_client_fixtures_the_clock_stays_manual(fake_beam: FakeBeam) -> None:
    assert isinstance(fake_beam.clock, FakeClock)
    assert fake_beam.clock.autojump is False
    before = fake_beam.clock()  # callable: can be handed to Beam(clock=...)
    fake_beam.clock.sleep(5)
    assert fake_beam.clock.now() == before + 5
