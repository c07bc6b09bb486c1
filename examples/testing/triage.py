"""Code under test: triage three tickets with a Beam agent (stands for your own application code)."""

from __future__ import annotations

from beam_ai import Beam


def triage(beam: Beam, agent_id: str, tickets: list[str]) -> dict[str, str]:
    """Run the agent once per ticket; each ticket's final task status."""
    return {ticket: beam.agent_tasks.run(agent_id, f"Triage: {ticket}").status for ticket in tickets}
