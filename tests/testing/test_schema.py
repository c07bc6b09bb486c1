"""The fake's schema engine (`beam_ai.testing._schema`) against an independent validator.

Every named schema of the spec, and every operation's documented success body, is built into a value
that openapi-schema-validator accepts; a value the validator refuses is refused by the fake's own
check too, naming the field. So a spec-built route answers validly for any schema added tomorrow.
"""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS30ReadValidator

from beam_ai.testing import FakeBeam
from beam_ai.testing._schema import Spec, shipped_spec
from spec_tools import load_spec

SPEC = Spec(shipped_spec())
NOW = 1_767_600_000.0
SCHEMAS = sorted(shipped_spec()["components"]["schemas"])


def _validator(schema: dict[str, Any]) -> OAS30ReadValidator:
    """The schema with the spec's components beside it, so its `#/components/...` references resolve."""
    return OAS30ReadValidator({"allOf": [schema], "components": shipped_spec()["components"]})


def test_the_shipped_spec_is_openapi_beam_yaml() -> None:
    """regen ships the spec the repository holds (regen --check keeps them equal on disk too)."""
    assert shipped_spec() == load_spec() or _equal_modulo_dates(shipped_spec(), load_spec())
    assert FakeBeam().spec.document is shipped_spec()


def _equal_modulo_dates(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal_modulo_dates(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal_modulo_dates(x, y) for x, y in zip(a, b, strict=True))
    return a == b or str(a) == str(b)


@pytest.mark.parametrize("full", [False, True], ids=["required", "full"])
@pytest.mark.parametrize("name", SCHEMAS)
def test_every_named_schema_synthesizes_a_valid_value(name: str, full: bool) -> None:
    schema = {"$ref": f"#/components/schemas/{name}"}
    value = SPEC.synthesize(schema, NOW, full=full)
    errors = [e.message for e in _validator(schema).iter_errors(value)]
    assert errors == [], value
    properties = SPEC.schema(name).get("properties")
    if isinstance(value, dict) and properties:
        required = set(SPEC.schema(name).get("required", []))
        assert set(value) == (set(SPEC.readable(SPEC.schema(name))) if full else required)


@pytest.mark.parametrize("name", SCHEMAS)
def test_a_stored_record_served_through_a_schema_is_valid(name: str) -> None:
    """Serving keeps the schema's fields the record has and makes up only the required ones it lacks
    (every one with `full`): valid whatever was stored, and nothing invented by default."""
    schema = {"$ref": f"#/components/schemas/{name}"}
    record = SPEC.synthesize(schema, NOW, full=True)
    if isinstance(record, dict):
        record = {**{k: v for k, v in list(record.items())[::2]}, "storedOnly": {"x": 1}}
    served = SPEC.shape(record, schema, NOW)
    full = SPEC.shape(record, schema, NOW, full=True)
    for value in (served, full):
        assert [e.message for e in _validator(schema).iter_errors(value)] == []
    if isinstance(served, dict) and SPEC.schema(name).get("properties"):
        readable = set(SPEC.readable(SPEC.schema(name)))
        required = set(SPEC.schema(name).get("required", []))
        assert set(served) == (set(record) & readable) | required
        assert set(full) == readable


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({}, "name should not be empty"),
        ({"name": 3}, "name must be a string"),
        ({"name": "x" * 101}, "name must be shorter than or equal to 100 characters"),
        (
            {"name": "a", "type": "robot"},
            "type must be one of the following values: beam-os, user-agent, pre-configured-agent",
        ),
        ({"name": "a", "tools": ["x", 2]}, "tools[1] must be a string"),
        ({"name": "a", "settings": {"prompts": "one"}}, "settings.prompts must be an array"),
    ],
)
def test_check_names_the_field_the_validator_refuses(value: dict[str, Any], message: str) -> None:
    schema = {**SPEC.schema("UpdateAgentRequest"), "required": ["name"]}
    assert message in SPEC.check_object(value, schema)
    assert list(_validator(schema).iter_errors(value)) != []
