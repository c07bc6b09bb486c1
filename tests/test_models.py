"""Generated models: lossless round trips and tolerance of what the server may add later."""

from __future__ import annotations

from typing import Any

import pytest

from beam_ai_api.models import AgentTask, ErrorResponse, MinimalAgentTask, TaskNeighbours, TaskRef
from spec_tools import example, load_spec, model_class

JSON_MODELS = [
    name
    for name, schema in load_spec()["components"]["schemas"].items()
    if (schema.get("type") == "object" and not name.endswith("Form")) or "allOf" in schema
]


@pytest.mark.parametrize("name", JSON_MODELS)
def test_model_round_trips_with_every_field(name: str) -> None:
    payload = example({"$ref": f"#/components/schemas/{name}"})
    model = model_class(name).from_dict(payload)
    assert model.to_dict() == payload
    assert model_class(name).from_dict(model.to_dict()) == model


@pytest.mark.parametrize("name", JSON_MODELS)
def test_model_parses_with_only_required_fields(name: str) -> None:
    payload = example({"$ref": f"#/components/schemas/{name}"}, include_optional=False)
    assert model_class(name).from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("name", JSON_MODELS)
def test_unknown_fields_are_kept_not_rejected(name: str) -> None:
    payload: dict[str, Any] = {
        **example({"$ref": f"#/components/schemas/{name}"}),
        "addedNextYear": {"x": 1},
    }
    model = model_class(name).from_dict(payload)
    assert model["addedNextYear"] == {"x": 1}
    assert model.to_dict() == payload


@pytest.mark.parametrize("status", ["QUEUED", "pending", "WAITING_FOR_SOMETHING_NEW", ""])
def test_any_task_status_string_parses(status: str) -> None:
    task = MinimalAgentTask.from_dict(
        {"id": "t1", "status": status, "agentTaskNodes": [{"id": "n1", "status": status}]}
    )
    assert task.status == status
    assert task.agent_task_nodes[0].status == status
    assert AgentTask.from_dict({"id": "t1", "status": status}).status == status


def test_nullable_neighbours_at_the_ends_of_the_task_list() -> None:
    neighbours = TaskNeighbours.from_dict({"previous": None, "next": {"id": "t2"}})
    assert neighbours.previous is None
    assert isinstance(neighbours.next_, TaskRef) and neighbours.next_.id == "t2"


@pytest.mark.parametrize(
    "body",
    [
        {"statusCode": 404, "message": "Agent not found", "error": "Not Found"},
        {"statusCode": 400, "message": ["pageSize must not be greater than 100"], "error": "Bad Request"},
        {"detail": "something else entirely"},
        {},
    ],
)
def test_error_body_parses_leniently(body: dict[str, Any]) -> None:
    error = ErrorResponse.from_dict(body)
    assert error.to_dict() == body
