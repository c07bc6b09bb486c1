"""Testing your own code with the plugin's fixtures only: `beam` is a client signed in to the fake
Beam API, whose clock jumps whenever someone waits, so each task runs to its end in milliseconds."""

from __future__ import annotations

from triage import triage

from beam_ai import Beam, RateLimitError
from beam_ai.testing import SUPPORT_AGENT_ID, FakeBeam


def test_triage_runs_one_task_per_ticket(beam: Beam, fake_beam: FakeBeam) -> None:
    statuses = triage(beam, SUPPORT_AGENT_ID, ["printer on fire", "lost password", "[fail] refund"])

    assert statuses == {
        "printer on fire": "COMPLETED",
        "lost password": "COMPLETED",
        "[fail] refund": "FAILED",
    }
    assert fake_beam.requests.count("POST", "/agent-tasks") == 3


def test_triage_survives_a_rate_limit(beam: Beam, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("rate_limit", method="POST", path="/agent-tasks", times=1)

    assert triage(beam, SUPPORT_AGENT_ID, ["slow down"]) == {"slow down": "COMPLETED"}
    assert fake_beam.requests.count("POST", "/agent-tasks") == 2  # the 429, then the retry


def test_a_persistent_rate_limit_reaches_the_caller(beam: Beam, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("rate_limit", method="POST", path="/agent-tasks")

    try:
        triage(beam, SUPPORT_AGENT_ID, ["never accepted"])
    except RateLimitError as error:
        assert error.status_code == 429
    else:
        raise AssertionError("expected RateLimitError")
