"""Generated models read what a server ahead of its spec sends (lenient), or refuse it (strict).

Lenient (the default): a required field that is absent or null reads None and is listed in
`missing_fields`; a value of another type reads None and is kept, as sent, in `mismatched_fields`;
the `beam_ai` loggers warn once per model and field. Annotations stay as users rely on them
(`AgentTask.status` is `str`). Strict (`strict_parsing`, what `strict_responses=True` sets): the same
objects raise, naming the model and the field.
"""

from __future__ import annotations

import copy
import logging
import pickle
from typing import Any

import attrs
import pytest

from beam_ai_api import types
from beam_ai_api.models import AgentGraphResponse, AgentList, AgentTask, ConditionRuleUpdate, TokenPair
from beam_ai_api.types import (
    UNSET,
    FieldTypeError,
    MissingFieldError,
    UnknownFieldError,
    strict_parsing,
)

# The vendor's own example of an approved task (inventory: no `id`), and a free-form agentGraph.
VENDOR_TASK: dict[str, Any] = {
    "agentGraphId": "g-1",
    "customId": "AGE-785",
    "status": "QUEUED",
    "isSuccess": False,
    "startedAt": None,
    "agentGraph": {"agentId": "a-1", "isActive": True, "nodes": []},
}


def test_a_missing_required_field_reads_none_and_is_listed(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        task = AgentTask.from_dict(VENDOR_TASK)
    assert task.id is None and task.status == "QUEUED" and task.custom_id == "AGE-785"
    assert task.missing_fields == ("id",)
    assert task.agent_graph is not None and task.agent_graph.missing_fields == ("id",)
    assert task.mismatched_fields == {}
    assert "AgentTask arrived without required field 'id'" in caplog.text


def test_the_annotations_users_rely_on_are_unchanged() -> None:
    fields = attrs.fields_dict(AgentTask)
    assert (fields["id"].type, fields["status"].type) == ("str", "str")
    assert fields["agent_graph"].type == "AgentGraph | None"


def test_a_value_of_another_type_reads_none_and_keeps_what_was_sent(caplog: pytest.LogCaptureFixture) -> None:
    body = {
        "id": "t1",
        "status": "QUEUED",
        "manualRetryCount": "3",
        "createdAt": "yesterday",
        "agentGraph": 7,
    }
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        task = AgentTask.from_dict(body)
    assert (task.manual_retry_count, task.created_at, task.agent_graph) == (None, None, None)
    assert task.mismatched_fields == {"manualRetryCount": "3", "createdAt": "yesterday", "agentGraph": 7}
    assert task.missing_fields == ()
    assert "AgentTask.manualRetryCount should be int, got str" in caplog.text
    assert "not an ISO 8601 date-time" in caplog.text


def test_one_bad_item_does_not_fail_a_list_of_agents() -> None:
    page = AgentList.from_dict({"agents": [{"id": "a1", "name": "ok"}, {"name": "no id"}], "count": 2})
    assert [a.name for a in page.agents] == ["ok", "no id"]
    assert [a.missing_fields for a in page.agents] == [(), ("id",)]
    broken = AgentList.from_dict({"agents": [{"id": "a1"}, "junk"], "count": 2})
    assert broken.agents is None and broken.mismatched_fields == {"agents": [{"id": "a1"}, "junk"]}


def test_each_model_and_field_is_warned_about_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(types, "_warned", set())  # what this process already warned about
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        for _ in range(3):
            TokenPair.from_dict({"refreshToken": "r"})
            TokenPair.from_dict({"idToken": 1})
    assert caplog.text.count("TokenPair arrived without required field 'idToken'") == 1
    assert caplog.text.count("TokenPair.idToken should be str, got int") == 1
    assert TokenPair.from_dict({"refreshToken": "r"}).missing_fields == ("idToken",)


def test_what_was_missing_stays_out_of_to_dict_and_equality_and_pickles() -> None:
    task = AgentTask.from_dict(VENDOR_TASK)
    assert "missing_fields" not in task.to_dict() and "_gaps" not in task.to_dict()
    assert task.to_dict()["status"] == "QUEUED" and "gaps" not in repr(task) and "missing" not in repr(task)
    for twin in (pickle.loads(pickle.dumps(task)), copy.deepcopy(task), copy.copy(task)):
        assert twin == task and twin.missing_fields == ("id",)
    built = AgentTask(id=None, status="QUEUED", custom_id="AGE-785")  # type: ignore[arg-type]
    assert built.missing_fields == () and AgentTask.from_dict(built.to_dict()).missing_fields == ("id",)
    mismatched = AgentTask.from_dict({"id": "t", "status": "Q", "manualRetryCount": "3"})
    assert pickle.loads(pickle.dumps(mismatched)).mismatched_fields == {"manualRetryCount": "3"}


def test_a_required_nested_model_that_is_missing_round_trips() -> None:
    response = AgentGraphResponse.from_dict({})
    assert response.graph is None and response.missing_fields == ("graph",)
    assert response.to_dict() == {"graph": None}


def test_a_nullable_request_field_keeps_its_omit_marker() -> None:
    assert ConditionRuleUpdate.from_dict({}).next_rule_operator is UNSET
    rule = ConditionRuleUpdate.from_dict({"nextRuleOperator": 5})
    assert rule.next_rule_operator is None and rule.mismatched_fields == {"nextRuleOperator": 5}


@pytest.mark.parametrize(
    ("body", "error", "text"),
    [
        ({"status": "QUEUED"}, MissingFieldError, "AgentTask is missing required field 'id'"),
        ({"id": "t", "status": 5}, FieldTypeError, "AgentTask.status should be str, got int"),
        (
            {"id": "t", "status": "Q", "isSuccess": "no"},
            FieldTypeError,
            "AgentTask.isSuccess should be bool, got str",
        ),
        (
            {"id": "t", "status": "Q", "agentTaskNodes": [{"status": "Q"}]},
            MissingFieldError,
            "AgentTaskNodeSummary is missing required field 'id'",
        ),
        (
            {"id": "t", "status": "Q", "fromTheFuture": 1},
            UnknownFieldError,
            "AgentTask.fromTheFuture is not in the spec",
        ),
        ([1, 2], FieldTypeError, "AgentTask.(body) should be a JSON object, got list"),
    ],
    ids=["missing", "type", "bool", "nested", "unknown", "not-an-object"],
)
def test_strict_names_the_model_and_the_field(body: Any, error: type[Exception], text: str) -> None:
    with strict_parsing(), pytest.raises(error) as raised:
        AgentTask.from_dict(body)
    assert str(raised.value) == text


def test_strict_never_puts_a_value_in_its_message() -> None:
    secret = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2ln"
    with strict_parsing(), pytest.raises(FieldTypeError) as raised:
        TokenPair.from_dict({"idToken": {"token": secret}})
    assert secret not in str(raised.value) and "got dict" in str(raised.value)


def test_strict_for_request_mappings_allows_fields_the_spec_does_not_list() -> None:
    with strict_parsing(refuse_unknown=False):
        rule = ConditionRuleUpdate.from_dict({"operator": "EQUALS", "newFlag": True})
    assert rule.additional_properties == {"newFlag": True}
