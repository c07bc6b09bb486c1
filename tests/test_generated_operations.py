"""Every generated operation builds the documented request and parses the documented response.

Parametrised over the spec itself, so a new operation is covered the moment it is generated.
Requests go through `httpx.MockTransport`; nothing leaves the process.
"""

from __future__ import annotations

import enum
import inspect
import io
import json
import typing
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from beam_ai_api import Client
from beam_ai_api.models import ErrorResponse
from beam_ai_api.types import File, Unset
from spec_tools import (
    example,
    iter_operations,
    json_media,
    model_class,
    operation_module,
    parameters,
    ref_name,
    resolve,
    success_response,
)

OPERATIONS = [pytest.param(path, method, op, id=op["operationId"]) for path, method, op in iter_operations()]
WORKSPACE = "ws-123"


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _python_arg(func: Any, wire_name: str) -> tuple[str, Any]:
    """The generated keyword for a wire parameter name, with its resolved annotation."""
    hints = typing.get_type_hints(func)
    for arg in inspect.signature(func).parameters:
        if _norm(arg) == _norm(wire_name):
            return arg, hints[arg]
    raise AssertionError(f"{func.__module__} has no argument for parameter {wire_name!r}")


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _argument_value(param: dict[str, Any], annotation: Any) -> tuple[Any, str]:
    """A Python argument for a parameter and the string it must become on the wire."""
    enum_type = _enum_in(annotation)
    wire = example(param["schema"])
    if enum_type is not None:
        return enum_type(wire), str(wire)
    if param["in"] == "path":
        wire = f"p-{param['name']}" if param["schema"].get("type") == "string" else wire
    if isinstance(wire, bool):
        return wire, str(wire).lower()
    return wire, str(wire)


def _multipart_body(schema_name: str) -> tuple[Any, set[str]]:
    schema = resolve({"$ref": f"#/components/schemas/{schema_name}"})
    values: dict[str, Any] = {}
    for name, prop in schema["properties"].items():
        prop = resolve(prop)
        attr = "".join("_" + c.lower() if c.isupper() else c for c in name)
        if prop.get("format") == "binary":
            values[attr] = File(payload=io.BytesIO(b"hello"), file_name="a.txt", mime_type="text/plain")
        elif prop.get("type") == "array" and prop["items"].get("format") == "binary":
            values[attr] = [File(payload=io.BytesIO(b"hello"), file_name="a.txt", mime_type="text/plain")]
        else:
            values[attr] = "text"
    return model_class(schema_name)(**values), set(schema["properties"])


class Recorder:
    """A MockTransport handler that records the request and answers with a fixed response."""

    def __init__(
        self, status: int, *, json_body: Any = None, text: str | None = None, ctype: str = ""
    ) -> None:
        self.status, self.json_body, self.text, self.ctype = status, json_body, text, ctype
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.json_body is not None:
            return httpx.Response(self.status, json=self.json_body)
        if self.text is not None:
            return httpx.Response(self.status, text=self.text, headers={"content-type": self.ctype})
        return httpx.Response(self.status)


def _client(recorder: Recorder) -> Client:
    client = Client(base_url="https://beam.test")
    client.set_httpx_client(
        httpx.Client(base_url="https://beam.test", transport=httpx.MockTransport(recorder))
    )
    return client


def _build_call(path: str, op: dict[str, Any]) -> tuple[dict[str, Any], str, dict[str, str], dict[str, Any]]:
    """Keyword arguments covering every parameter, the expected URL path, query and body facts."""
    func = operation_module(op).sync_detailed
    kwargs: dict[str, Any] = {}
    expected_path, expected_query = path, {}
    body_facts: dict[str, Any] = {}
    for param in parameters(op):
        arg, annotation = _python_arg(func, param["name"])
        value, wire = _argument_value(param, annotation)
        kwargs[arg] = value
        if param["in"] == "path":
            expected_path = expected_path.replace("{" + param["name"] + "}", wire)
        elif param["in"] == "query":
            expected_query[param["name"]] = wire
        elif param["in"] == "header":
            body_facts.setdefault("headers", {})[param["name"]] = WORKSPACE
            kwargs[arg] = WORKSPACE
    if "requestBody" in op:
        ((media_type, media),) = op["requestBody"]["content"].items()
        name = ref_name(media["schema"])
        assert name, f"{op['operationId']}: request body must be a named schema"
        if media_type == "application/json":
            payload = example(media["schema"])
            kwargs["body"] = model_class(name).from_dict(payload)
            body_facts["json"] = payload
        else:
            kwargs["body"], body_facts["multipart_fields"] = _multipart_body(name)
    return kwargs, expected_path, expected_query, body_facts


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS)
def test_operation_builds_documented_request(path: str, method: str, op: dict[str, Any]) -> None:
    kwargs, expected_path, expected_query, facts = _build_call(path, op)
    recorder = Recorder(204)
    operation_module(op).sync_detailed(client=_client(recorder), **kwargs)

    (request,) = recorder.requests
    assert request.method == method.upper()
    assert request.url.path == expected_path
    assert {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()} == expected_query
    for header, value in facts.get("headers", {}).items():
        assert request.headers[header] == value
    if "json" in facts:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == facts["json"]
    elif "multipart_fields" in facts:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        for field in facts["multipart_fields"]:
            assert f'name="{field}"'.encode() in request.content
    else:
        assert request.content == b""


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS)
def test_operation_parses_documented_success_response(path: str, method: str, op: dict[str, Any]) -> None:
    kwargs, *_ = _build_call(path, op)
    status, response = success_response(op)
    media = json_media(response)
    if media is None or "schema" not in media:
        event_stream = response.get("content", {}).get("text/event-stream")
        text = 'data: {"status": "COMPLETED"}\n\n' if event_stream else None
        recorder = Recorder(status, text=text, ctype="text/event-stream")
        result = operation_module(op).sync_detailed(client=_client(recorder), **kwargs)
        assert result.status_code == status
        assert result.parsed == (text if event_stream else None)
        return

    payload = example(media["schema"])
    recorder = Recorder(status, json_body=payload)
    result = operation_module(op).sync_detailed(client=_client(recorder), **kwargs)
    assert result.status_code == status
    schema = media["schema"]
    if ref_name(schema):
        assert isinstance(result.parsed, model_class(ref_name(schema) or ""))
        assert result.parsed.to_dict() == payload
    elif schema.get("type") == "array":
        item_type = model_class(ref_name(schema["items"]) or "")
        assert isinstance(result.parsed, list) and all(isinstance(x, item_type) for x in result.parsed)
        assert [x.to_dict() for x in result.parsed] == payload
    else:
        assert result.parsed == payload


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS)
def test_operation_parses_nestjs_error_body(path: str, method: str, op: dict[str, Any]) -> None:
    kwargs, *_ = _build_call(path, op)
    body = {
        "statusCode": 400,
        "message": ["name must be shorter than or equal to 100 characters"],
        "error": "Bad Request",
    }
    result = operation_module(op).sync_detailed(client=_client(Recorder(400, json_body=body)), **kwargs)
    assert isinstance(result.parsed, ErrorResponse)
    assert result.parsed.status_code == 400
    assert result.parsed.message == body["message"]
    assert result.parsed.to_dict() == body


def test_optional_arguments_default_to_the_documented_default_or_are_left_out() -> None:
    """An optional parameter is sent only when given, except documented defaults (pageNum=1...)."""
    for _, _, op in iter_operations():
        func = operation_module(op).sync_detailed
        for param in parameters(op):
            arg, _ = _python_arg(func, param["name"])
            default = inspect.signature(func).parameters[arg].default
            if param.get("required"):
                assert default is inspect.Parameter.empty, (op["operationId"], arg)
            elif "default" in param["schema"]:
                assert default == param["schema"]["default"], (op["operationId"], arg)
            else:
                assert isinstance(default, Unset), (op["operationId"], arg)
