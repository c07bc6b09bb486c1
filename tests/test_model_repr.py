"""Model reprs fit on a screen: long nested lists, big free-form objects and long texts are summarised
(`types.py.jinja`'s `model_repr`), while `to_dict()` keeps everything."""

from __future__ import annotations

from beam_ai import Beam
from beam_ai.testing import SUPPORT_AGENT_ID
from beam_ai_api.models import Agent, AgentTask

SCREEN = 2000  # 80 columns x 25 lines


def test_a_finished_tasks_repr_fits_on_a_screen_and_to_dict_has_it_all(beam: Beam) -> None:
    task = beam.agent_tasks.get(beam.agent_tasks.run(SUPPORT_AGENT_ID, "hello").id)
    nodes = task.agent_task_nodes or []
    assert len(nodes) >= 2
    text = repr(task)
    assert len(text) < SCREEN, len(text)
    assert f"agent_task_nodes=[<{len(nodes)} {type(nodes[0]).__name__}>]" in text
    assert f"id={task.id!r}" in text and "status='COMPLETED'" in text
    assert AgentTask.from_dict(task.to_dict()).to_dict() == task.to_dict()
    assert len(task.to_dict()["agentTaskNodes"]) == len(nodes)


def test_long_texts_lists_and_free_form_objects_are_cut_with_their_size() -> None:
    agent = Agent.from_dict(
        {
            "id": "a1",
            "name": "n" * 500,
            "tags": [f"tag-{i}" for i in range(40)],  # fields the spec does not know: additional_properties
            "graphState": {f"node-{i}": {"output": "x" * 50} for i in range(30)},
        }
    )
    assert repr(agent) == (
        f"Agent(id='a1', name={'n' * 200!r}... (500 chars), additional_properties="
        "{'tags': ['tag-0', 'tag-1', 'tag-2', ... (40 items)], 'graphState': {<30 keys>}})"
    )
    assert agent.to_dict()["name"] == "n" * 500 and len(agent.to_dict()["tags"]) == 40
    short = Agent.from_dict({"id": "a1", "name": "Support", "tags": ["a", "b"], "meta": {"k": 1}})
    assert (
        repr(short)
        == "Agent(id='a1', name='Support', additional_properties={'tags': ['a', 'b'], 'meta': {'k': 1}})"
    )
