"""Tasks that stop to ask: answer a question and approve an action, then keep following."""

from __future__ import annotations

import sys

from _target import beam_client

from beam_ai_api.models import AgentTask


def answer(task: AgentTask) -> str:
    print(f"  the agent asks for input on task {task.id}; answering")
    return "Use the ACME account"


def approve(task: AgentTask) -> bool:
    print(f"  the agent asks for consent on task {task.id}; approving")
    return True


def main() -> int:
    with beam_client(queue_seconds=0.2, run_seconds=0.5, quiet=True) as beam:
        agent_id = str(beam.agents.list().agents[0].id)
        # With the fake server, "[input]" and "[consent]" in the query make the task stop and ask.
        for query in ("[input] Which account should I bill?", "[consent] Send the refund?"):
            task = beam.agent_tasks.run(
                agent_id=agent_id,
                query=query,
                on_input_required=answer,
                on_consent_required=approve,
                timeout=120,
            )
            print(f"{query!r} -> {task.status}")
            if task.status != "COMPLETED":
                return 1

        # Without a handler, run() hands the waiting task back; answer it yourself, then wait().
        task = beam.agent_tasks.run(agent_id=agent_id, query="[input] Which region?", timeout=120)
        print(f"waiting: {task.status}")
        beam.agent_tasks.answer(task, "eu-west-1")  # finds the waiting task node for you
        task = beam.agent_tasks.wait(str(task.id), timeout=120)
        print(f"after answering: {task.status}")
        return 0 if task.status == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
