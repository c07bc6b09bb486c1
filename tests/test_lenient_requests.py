"""Open values on the way out: a request field with listed values (an enum in the spec) accepts another
string, sends it as given and warns once per enum and value; `strict_responses=True` refuses it before
anything is sent, as before. Enum members keep working."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from drivers import Driver
from mock_api import MOCK_BASE_URL, MockBeam, json_response

from beam_ai import BeamValidationError
from beam_ai.testing import FAKE_API_KEY
from beam_ai_api import types
from beam_ai_api.models import AgentType

MakeDriver = Callable[..., Driver]
AGENTS = {"agents": [], "count": 0}


def _driver(make_driver: MakeDriver, mock: MockBeam, **options: Any) -> Driver:
    return make_driver(
        api_key=FAKE_API_KEY,
        workspace_id="ws",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        max_retries=0,
        **options,
    )


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_warned", set())  # what this process already warned about


def test_an_unlisted_query_value_is_sent_with_a_warning_once(
    make_driver: MakeDriver, caplog: pytest.LogCaptureFixture
) -> None:
    mock = MockBeam(lambda r: json_response(200, AGENTS))
    driver = _driver(make_driver, mock)
    with caplog.at_level(logging.WARNING, logger="beam_ai"):
        driver.invoke(lambda c: c.agents.list(type="marketplace-agent"))
        driver.invoke(lambda c: c.agents.list(type="marketplace-agent"))
        driver.invoke(lambda c: c.agents.list(type=AgentType.USER_AGENT))
    assert [r.url.params["type"] for r in mock.api_requests()] == [
        "marketplace-agent",
        "marketplace-agent",
        "user-agent",
    ]
    warnings = [r for r in caplog.records if "marketplace-agent" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].name == "beam_ai.validation"
    assert (
        "not one of the values the spec lists (beam-os, user-agent, pre-configured-agent)"
        in warnings[0].getMessage()
    )


def test_an_unlisted_body_and_path_value_is_sent_as_given(make_driver: MakeDriver) -> None:
    mock = MockBeam(lambda r: json_response(200, {"id": "a-1"}))
    driver = _driver(make_driver, mock)
    driver.invoke(lambda c: c.agents.update("a-1", type="marketplace-agent"))
    driver.invoke(lambda c: c.agent_setup.submit_step_feedback("a-1", "TONE_TUNING", query="warmer"))
    update, feedback = mock.api_requests()
    assert json.loads(update.content)["type"] == "marketplace-agent"
    assert feedback.url.path == "/agent-setup/a-1/TONE_TUNING/feedback"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.agents.list(type="marketplace-agent"), "type"),
        (lambda c: c.agents.update("a-1", type="marketplace-agent"), "type"),
        (lambda c: c.agent_setup.submit_step_feedback("a-1", "TONE_TUNING", query="q"), "setup_step"),
    ],
    ids=["query", "body", "path"],
)
def test_strict_refuses_an_unlisted_value_before_sending(
    call: Callable[[Any], Any], field: str, make_driver: MakeDriver
) -> None:
    mock = MockBeam(lambda r: httpx.Response(500))
    driver = _driver(make_driver, mock, strict_responses=True)
    with pytest.raises(BeamValidationError) as raised:
        driver.invoke(call)
    assert raised.value.field == field and "must be one of" in str(raised.value)
    assert mock.api_requests() == []


def test_a_value_that_is_not_a_string_is_still_refused(make_driver: MakeDriver) -> None:
    mock = MockBeam(lambda r: httpx.Response(500))
    driver = _driver(make_driver, mock)
    with pytest.raises(BeamValidationError, match="type"):
        driver.invoke(lambda c: c.agents.list(type=3))
    assert mock.api_requests() == []


def test_an_unlisted_value_pickles_and_copies_to_an_equal_value() -> None:
    """What a process pool or a Celery worker does with a request built from a value the spec does
    not list: the stand-in member crosses the process boundary equal to what was sent."""
    from beam_ai._validation import enum_value
    from beam_ai_api.models import UpdateAgentRequest

    unlisted = enum_value(AgentType, "marketplace-agent", "type")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        received = pickle.loads(pickle.dumps(unlisted, protocol))
        assert received == unlisted == "marketplace-agent"
        assert type(received) is AgentType and received.value == "marketplace-agent"
        assert hash(received) == hash(unlisted)
    assert copy.deepcopy(unlisted) == unlisted and copy.copy(unlisted) == unlisted
    request = UpdateAgentRequest(type_=unlisted)
    assert pickle.loads(pickle.dumps(request)).to_dict() == {"type": "marketplace-agent"}
    # listed values stay the members themselves
    assert pickle.loads(pickle.dumps(enum_value(AgentType, "user-agent", "type"))) is AgentType.USER_AGENT
