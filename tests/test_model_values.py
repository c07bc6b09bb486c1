"""Models as values: pickle, copy and deepcopy give an equal model whose `to_dict()` is still JSON; the
repr shows only what is set, never `Unset`, for every object the fake server holds."""

from __future__ import annotations

import copy
import io
import json
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import beam_ai_api.models as models
from beam_ai import Beam
from beam_ai.testing import (
    CONSENT_WAITING_TASK_ID,
    FAKE_API_KEY,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_VIEW_ID,
    SEEDED_AGENT_IDS,
    SEEDED_TASK_IDS,
    SUPPORT_AGENT_ID,
    VENDOR_VIEW_ID,
    FakeBeam,
    FakeBeamServer,
)
from beam_ai_api.types import UNSET, File, Unset
from spec_tools import example, load_spec

SCHEMAS = load_spec()["components"]["schemas"]
ALL_MODELS = sorted(name for name in models.__all__ if attrs.has(getattr(models, name)))
FORMS = [name for name in ALL_MODELS if name.endswith("Form")]


def _full_and_minimal(name: str) -> list[Any]:
    """The model with every field set, and with only the required ones (defaults elsewhere)."""
    cls = getattr(models, name)
    if name in FORMS:
        return []
    ref = {"$ref": f"#/components/schemas/{name}"}
    return [cls.from_dict(example(ref)), cls.from_dict(example(ref, include_optional=False))]


def test_every_model_is_covered() -> None:
    assert len(ALL_MODELS) > 100
    assert set(ALL_MODELS) - set(FORMS) <= set(SCHEMAS)


@pytest.mark.parametrize("name", ALL_MODELS)
@pytest.mark.parametrize(
    "clone",
    [
        lambda m: pickle.loads(pickle.dumps(m)),
        copy.copy,
        copy.deepcopy,
        lambda m: type(m).from_dict(m.to_dict()),
    ],
    ids=["pickle", "copy", "deepcopy", "to_dict-from_dict"],
)
def test_model_survives_pickle_copy_and_round_trip(name: str, clone: Callable[[Any], Any]) -> None:
    for model in _full_and_minimal(name):
        twin = clone(model)
        assert twin == model
        assert json.dumps(twin.to_dict(), default=str) == json.dumps(model.to_dict(), default=str)
        json.dumps(twin.to_dict())  # plain JSON, no stray sentinel or object


@pytest.mark.parametrize("name", FORMS)
def test_upload_forms_survive_pickle_and_deepcopy(name: str) -> None:
    cls = getattr(models, name)
    values = {}
    for field in attrs.fields(cls):
        if not field.init:  # additional_properties, and what a leniently parsed response lacked
            continue
        if "File" in str(field.type):
            file = File(payload=io.BytesIO(b"%PDF-1.4 data"), file_name="a.pdf", mime_type="application/pdf")
            values[field.name] = [file] if str(field.type).startswith("list") else file
        else:
            values[field.name] = "text"
    form = cls(**values)
    for twin in (pickle.loads(pickle.dumps(form)), copy.deepcopy(form)):
        parts = twin.to_multipart()
        assert [(key, part[0], part[2]) for key, part in parts] == [
            (key, part[0], part[2]) for key, part in form.to_multipart()
        ]
        for (_, part), (_, original) in zip(parts, form.to_multipart(), strict=True):
            data = part[1].getvalue() if hasattr(part[1], "getvalue") else part[1]
            expected = original[1].getvalue() if hasattr(original[1], "getvalue") else original[1]
            assert data == expected


@pytest.mark.parametrize("copier", [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))])
def test_the_omit_marker_stays_one_object(copier: Callable[[Any], Any]) -> None:
    assert copier(UNSET) is UNSET
    rule = copier(models.ConditionRuleUpdate(operator="EQUALS"))
    assert rule.next_rule_operator is UNSET
    assert rule.to_dict() == {"operator": "EQUALS"}
    assert not UNSET and repr(UNSET) == "UNSET" and isinstance(UNSET, Unset)


def test_repr_shows_only_the_fields_that_are_set() -> None:
    task = models.AgentTask.from_dict(
        {
            "id": "t1",
            "status": "QUEUED",
            "endedAt": None,
            "agentTaskNodes": [{"id": "n1", "status": "QUEUED"}],
            "fromTheFuture": 1,
        }
    )
    assert repr(task) == (
        "AgentTask(status='QUEUED', id='t1', agent_task_nodes=[AgentTaskNodeSummary(id='n1', "
        "status='QUEUED')], additional_properties={'fromTheFuture': 1})"
    )
    assert repr(models.Agent(id="a1")) == "Agent(id='a1')"


def _seeded_objects(beam: Beam) -> list[Any]:
    """Everything the seeded fake serves through the read operations."""
    objects: list[Any] = [beam.user.get(), beam.agents.list(), beam.tools.list_active()]
    objects.append(beam.tools.list_preferred_models())
    for agent_id in SEEDED_AGENT_IDS:
        objects += [beam.agent_graphs.get(agent_id), beam.agent_graphs.get_nodes(agent_id)]
        objects.append(beam.agent_setup.get_session(agent_id))
    for task_id in (*SEEDED_TASK_IDS, INPUT_WAITING_TASK_ID, CONSENT_WAITING_TASK_ID):
        objects.append(beam.agent_tasks.get(task_id))
    objects.append(beam.agent_tasks.list(page_size=100))
    objects.append(beam.agent_tasks.get_neighbours(agent_id=SUPPORT_AGENT_ID, task_id=SEEDED_TASK_IDS[0]))
    objects.append(beam.agent_tasks.list_latest_executions(agent_id=SUPPORT_AGENT_ID))
    objects.append(
        beam.agent_tasks.get_analytics(
            agent_id=SUPPORT_AGENT_ID, start_date="2026-01-01", end_date="2026-12-31"
        )
    )
    objects.append(beam.agent_views.list())
    for view_id in (INVOICE_VIEW_ID, VENDOR_VIEW_ID):
        objects += [beam.agent_views.get(view_id), beam.agent_views.list_records(view_id)]
    return objects


def test_no_seeded_object_reads_unset(fake_beam_server: FakeBeamServer, fake_beam: FakeBeam) -> None:
    with Beam(
        api_key=FAKE_API_KEY,
        workspace_id=FAKE_WORKSPACE_ID,
        base_url=fake_beam_server.url,
        clock=fake_beam.clock.now,
    ) as beam:
        objects = _seeded_objects(beam)
    text = "\n".join(repr(obj) for obj in objects)
    assert "Unset" not in text and "UNSET" not in text
    assert "additional_properties={}" not in text
    assert "=None" not in text
    task = next(obj for obj in objects if isinstance(obj, models.AgentTask))
    assert len(repr(task)) < 1.2 * len(json.dumps(task.to_dict()))  # what was sent, not the schema
