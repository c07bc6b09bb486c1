"""Errors and models cross process boundaries (process pools, Celery, Dask) typed and without secrets."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from mock_api import MOCK_BASE_URL, MockBeam, json_response

import beam_ai
from beam_ai import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    Beam,
    BeamConfigError,
    BeamError,
    BeamValidationError,
    PaginationError,
    TaskTimeoutError,
)
from beam_ai._task_events import NotAnEventStream
from beam_ai_api.models import AgentTask

API_KEY = "bk-process-boundary-key-0123456789"
STATUS_BODY = {"statusCode": 0, "message": "server says no", "error": "E"}


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[Beam, MockBeam]:
    mock = MockBeam(handler)
    beam = Beam(
        api_key=API_KEY,
        workspace_id="ws-1",
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        max_retries=0,
    )
    return beam, mock


def _status(status: int) -> Callable[[], tuple[BaseException, list[str]]]:
    def build() -> tuple[BaseException, list[str]]:
        body = {**STATUS_BODY, "statusCode": status}
        beam, mock = _client(lambda r: json_response(status, body, **{"x-request-id": f"req-{status}"}))
        try:
            beam.request("POST", "/agent-tasks", json={"agentId": "a1", "taskQuery": {"query": "q"}})
        except BeamError as error:
            return error, [API_KEY, *mock.issued]
        raise AssertionError("no error raised")

    return build


def _raised_by(handler: Callable[[httpx.Request], httpx.Response], method: str = "GET") -> Any:
    def build() -> tuple[BaseException, list[str]]:
        beam, mock = _client(handler)
        try:
            if method == "LIST":
                beam.agents.list()
            else:
                beam.request(method, "/agent", json={"x": 1} if method == "POST" else None)
        except BeamError as error:
            return error, [API_KEY, *mock.issued]
        raise AssertionError("no error raised")

    return build


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def _read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("read timed out", request=request)


def _response_error() -> tuple[BaseException, list[str]]:
    request = httpx.Request("GET", f"{MOCK_BASE_URL}/agent", headers={"x-api-key": API_KEY})
    response = httpx.Response(502, content=b"bad gateway", request=request)
    return APIResponseError("GET /agent -> 502", response=response, body="bad gateway"), [API_KEY]


def _plain(error: BaseException) -> Callable[[], tuple[BaseException, list[str]]]:
    return lambda: (error, [API_KEY])


BUILDERS: dict[str, Callable[[], tuple[BaseException, list[str]]]] = {
    **{f"status-{status}": _status(status) for status in (400, 401, 403, 404, 409, 422, 429, 500, 418)},
    "malformed-body": _raised_by(lambda r: httpx.Response(200, content=b'{"agents": [], "cou'), "LIST"),
    "connection": _raised_by(_refuse),
    "timeout-after-send": _raised_by(_read_timeout, "POST"),
    "validation": _plain(BeamValidationError("page_size", "must be between 1 and 100, got 0")),
    "config": _plain(BeamConfigError("Set BEAM_API_KEY or pass api_key=")),
    "task-timeout": _plain(TaskTimeoutError("task-7", "IN_PROGRESS", 30.0)),
    "not-an-event-stream": _plain(NotAnEventStream("https://api.beam.test/x answered text/html")),
    "pagination": _plain(PaginationError("page 3 repeats page 2 (the server ignored pageNum)")),
    "base": _plain(BeamError("something")),
    "response-base": _response_error,
}


def raise_in_worker(kind: str) -> None:
    """Runs in the worker process: raise the error of `kind` as the client raises it."""
    error, _ = BUILDERS[kind]()
    raise error


CORE_MODULES = ("beam_ai._errors", "beam_ai._task_events", "beam_ai._task_follow", "beam_ai._pagination")


def _every_error_class() -> set[type[BaseException]]:
    """Every BeamError subclass the client core defines, public or not."""
    import importlib

    for module in CORE_MODULES:
        importlib.import_module(module)
    found: set[type[BaseException]] = set()
    pending: list[type[BaseException]] = [BeamError]
    while pending:
        cls = pending.pop()
        if cls.__module__ in CORE_MODULES:
            found.add(cls)
        pending.extend(cls.__subclasses__())
    exported = {v for v in vars(beam_ai).values() if isinstance(v, type) and issubclass(v, BeamError)}
    return found | exported


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as executor:
        yield executor


def _comparable(error: BaseException) -> dict[str, Any]:
    """What a user reads from an error, with request/response reduced to their public facts."""
    facts: dict[str, Any] = {"type": type(error), "str": str(error), "args": error.args}
    for name, value in vars(error).items():
        if isinstance(value, httpx.Request):
            facts[name] = (value.method, str(value.url))
        elif isinstance(value, httpx.Response):
            facts[name] = (value.status_code, value.content, value.headers.get("x-request-id"))
        else:
            facts[name] = value
    return facts


def test_the_cases_cover_every_exception_class() -> None:
    raised = {type(BUILDERS[kind]()[0]) for kind in BUILDERS}
    missing = _every_error_class() - raised
    assert not missing, f"add a case for {sorted(c.__name__ for c in missing)}"


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_error_raised_in_a_worker_arrives_typed_with_its_details(
    pool: ProcessPoolExecutor, kind: str
) -> None:
    expected, _ = BUILDERS[kind]()  # the same error, built here
    with pytest.raises(BeamError) as excinfo:
        pool.submit(raise_in_worker, kind).result(timeout=30)
    assert _comparable(excinfo.value) == _comparable(expected)


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_pickled_error_holds_no_credential(kind: str) -> None:
    error, secrets = BUILDERS[kind]()
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request) and request.url.path != "/auth/access-token":
        assert request.headers.get("authorization") or request.headers.get("x-api-key")  # had one to drop
    data = pickle.dumps(error)
    for secret in secrets:
        assert secret.encode() not in data
        for part in secret.split("."):  # a JWT's pieces, in case one is stored separately
            assert part.encode() not in data
    clone = pickle.loads(data)
    if isinstance(clone, APIStatusError | APIConnectionError):
        assert "authorization" not in clone.request.headers


def test_status_error_keeps_everything_a_handler_reads_after_the_round_trip() -> None:
    error, _ = _status(429)()
    clone = pickle.loads(pickle.dumps(error))
    assert isinstance(clone, beam_ai.RateLimitError)
    assert (clone.status_code, clone.method, clone.url) == (429, "POST", f"{MOCK_BASE_URL}/agent-tasks")
    assert clone.body == {**STATUS_BODY, "statusCode": 429}
    assert clone.request_id == "req-429"
    assert clone.response.json() == clone.body
    assert clone.response.request is not None


def test_outcome_unknown_survives_the_round_trip() -> None:
    error, _ = _raised_by(_read_timeout, "POST")()
    assert isinstance(error, beam_ai.APITimeoutError) and error.outcome_unknown
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is beam_ai.APITimeoutError and clone.outcome_unknown is True


TASK_PAYLOAD = {"id": "t-1", "status": "COMPLETED", "taskSummary": "done", "agentId": "a-1"}


def parse_task_in_worker() -> AgentTask:
    return AgentTask.from_dict(dict(TASK_PAYLOAD))


def test_models_cross_the_process_boundary(pool: ProcessPoolExecutor) -> None:
    task = pool.submit(parse_task_in_worker).result(timeout=30)
    assert task == AgentTask.from_dict(dict(TASK_PAYLOAD))
    assert json.loads(json.dumps(task.to_dict())) == TASK_PAYLOAD
