"""Model attribute types: `T` when the spec requires a field, `T | None` otherwise; never `Unset` when read.

A required field missing from a response is an `APIResponseValidationError` naming the field and the
model; a nullable request field can still send an explicit JSON null.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import attrs
import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response
from openapi_python_client.strings import snake_case

import beam_ai_api.api.agent_tasks.get_task as get_task
import beam_ai_api.api.agents.list_agents as list_agents
from beam_ai import APIResponseValidationError
from beam_ai.testing import FAKE_API_KEY
from beam_ai_api.models import AgentGraphNodeInput, AgentTask, ConditionRuleUpdate, ToolConfigurationInput
from beam_ai_api.types import UNSET, MissingFieldError
from spec_tools import load_spec, model_class

MakeDriver = Callable[..., Driver]
ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = load_spec()["components"]["schemas"]
MODEL_NAMES = [name for name, schema in SCHEMAS.items() if "properties" in schema]


def _schemas_reachable_from(part: str) -> set[str]:
    """Schemas a request body (`part="requestBody"`) or a response (`"responses"`) can carry."""
    spec = load_spec()
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    walk(SCHEMAS[name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                walk(operation.get(part, {}))
    return found


RESPONSE_MODELS = sorted(_schemas_reachable_from("responses") & set(MODEL_NAMES))
REQUEST_MODELS = _schemas_reachable_from("requestBody")


@pytest.mark.parametrize("name", RESPONSE_MODELS)
def test_response_model_attributes_are_plain_or_optional_never_unset(name: str) -> None:
    schema = SCHEMAS[name]
    required = set(schema.get("required", []))
    cls = model_class(name)
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        assert "Unset" not in str(field.type), (name, field.name, field.type)
        wire = next(key for key in schema["properties"] if _python_name(key) == field.name.rstrip("_"))
        if wire in required and not schema["properties"][wire].get("nullable"):
            assert not str(field.type).endswith("| None"), (name, field.name, field.type)
            assert field.default is attrs.NOTHING
        else:
            assert str(field.type).endswith("| None"), (name, field.name, field.type)
            assert field.default is None


def _python_name(wire: str) -> str:
    return snake_case(wire)


def test_spec_marks_nullable_request_fields_write_only_and_nothing_else() -> None:
    """writeOnly drives the template's "explicit null" default: it must follow where a model is used."""
    for name, schema in SCHEMAS.items():
        for wire, prop in schema.get("properties", {}).items():
            if prop.get("writeOnly"):
                assert prop.get("nullable"), (name, wire)
                assert name in REQUEST_MODELS and name not in RESPONSE_MODELS, (name, wire)
            elif prop.get("nullable"):
                assert name not in REQUEST_MODELS, (name, wire)


def test_absent_and_null_both_read_none() -> None:
    task = AgentTask.from_dict({"id": "t1", "status": "QUEUED", "startedAt": None})
    assert task.started_at is None
    assert task.ended_at is None
    assert task.task_summary is None
    assert task.agent_task_nodes is None
    fields = attrs.fields_dict(AgentTask)
    assert (fields["id"].type, fields["status"].type) == ("str", "str")
    assert fields["started_at"].type == "datetime.datetime | None"


@pytest.mark.parametrize("value", [None, "OR"])
def test_a_nullable_request_field_sends_null_only_when_given(value: str | None) -> None:
    assert "nextRuleOperator" not in ConditionRuleUpdate().to_dict()
    assert ConditionRuleUpdate(next_rule_operator=value).to_dict()["nextRuleOperator"] == value
    assert ConditionRuleUpdate.from_dict({"nextRuleOperator": None}).next_rule_operator is None
    assert ConditionRuleUpdate.from_dict({}).next_rule_operator is UNSET
    body = ToolConfigurationInput(icon_src=None).to_dict()
    assert body["iconSrc"] is None and "dynamicPropsId" not in body
    assert AgentGraphNodeInput(auto_retry_description=None).to_dict() == {"autoRetryDescription": None}


def test_a_request_model_leaves_unset_optional_fields_out() -> None:
    assert AgentTask(id="t1", status="QUEUED").to_dict() == {"id": "t1", "status": "QUEUED"}


@pytest.mark.parametrize(
    ("payload", "field"),
    [({"status": "QUEUED"}, "id"), ({"id": "t1"}, "status"), ({"id": "t1", "status": None}, "status")],
)
def test_missing_required_field_names_model_and_field(payload: dict[str, object], field: str) -> None:
    with pytest.raises(MissingFieldError) as excinfo:
        AgentTask.from_dict(payload)
    assert (excinfo.value.model, excinfo.value.field) == ("AgentTask", field)
    assert isinstance(excinfo.value, KeyError)
    assert str(excinfo.value) == f"AgentTask is missing required field {field!r}"


def test_missing_field_in_a_nested_model_names_the_nested_model() -> None:
    with pytest.raises(MissingFieldError) as excinfo:
        AgentTask.from_dict({"id": "t1", "status": "QUEUED", "agentTaskNodes": [{"status": "QUEUED"}]})
    assert (excinfo.value.model, excinfo.value.field) == ("AgentTaskNodeSummary", "id")


def _driver(make_driver: MakeDriver, handler: Callable[[httpx.Request], httpx.Response]) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=MockBeam(handler).transport(),
        max_retries=0,
    )


def test_a_response_missing_a_required_field_is_a_validation_error(make_driver: MakeDriver) -> None:
    driver = _driver(
        make_driver, lambda r: json_response(200, {"id": "t1", "createdAt": "2027-01-01T00:00:00Z"})
    )
    with pytest.raises(APIResponseValidationError) as excinfo:
        driver.call(get_task, task_id="t1", current_workspace_id="ws")
    message = str(excinfo.value)
    assert "missing required field 'status' in AgentTask" in message
    assert excinfo.value.status_code == 200


def test_a_list_item_missing_its_id_is_a_validation_error(make_driver: MakeDriver) -> None:
    body = {"agents": [{"id": "a1", "name": "ok"}, {"name": "no id"}], "count": 2}
    driver = _driver(make_driver, lambda r: json_response(200, body))
    with pytest.raises(APIResponseValidationError, match="missing required field 'id' in Agent"):
        driver.call(list_agents, current_workspace_id="ws")


@pytest.mark.parametrize("template", sorted(p.name for p in (ROOT / "openapi" / "templates").glob("*.jinja")))
def test_each_template_override_is_in_effect(template: str) -> None:
    """A misspelt override silently falls back to upstream: each must name an upstream template and
    leave its mark in generated/."""
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates" / template
    assert upstream.is_file(), f"{template} overrides no upstream template"
    text = (ROOT / "openapi" / "templates" / template).read_text()
    assert text.startswith(f"{{# Override of upstream {template} (openapi-python-client 0.29.1)"), template
    generated = ROOT / "generated" / "beam_ai_api"
    marks = {
        "model.py.jinja": (generated / "models" / "agent_task.py", "self = _new(cls)"),
        "types.py.jinja": (generated / "types.py", "class MissingFieldError(KeyError)"),
        "models_init.py.jinja": (generated / "models" / "__init__.py", "def __getattr__(name: str)"),
        "package_init.py.jinja": (generated / "__init__.py", "def __getattr__(name: str)"),
        "endpoint_module.py.jinja": (
            generated / "api" / "context_files" / "upload_context_file.py",
            "a fresh random boundary) is left to httpx",
        ),
    }
    if template in marks:
        path, mark = marks[template]
        assert mark in path.read_text(), (template, path)


def test_public_models_module_is_lazy() -> None:
    import json
    import subprocess
    import sys

    probe = (
        "import sys, json, beam_ai.models as m; before = sorted(sys.modules); from beam_ai.models import AgentTask;"
        "print(json.dumps([before, sorted(sys.modules), AgentTask.__module__, len(m.__all__)]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    before, after, module, count = json.loads(out)
    assert [name for name in before if name.startswith("beam_ai_api.models.")] == []
    assert [name for name in after if name.startswith("beam_ai_api.models.")] == [module]
    assert module == "beam_ai_api.models.agent_task" and count > 100
