"""The one send path's steps: check, fill in the workspace, build and parse one generated operation.

Every namespace method and every helper (task run/follow, answers, consent) sends through the
requester's `call` / `acall` (`_requester`), which uses these steps, so all of them get the same
checks (`_validation`, rules generated from the spec), the client's workspace and the typed errors.
Nothing here knows the client or the requester: they pass the workspace and the generated client.
An operation is named by its generated entry
(`beam_ai_api.surface.operations.Operation`) or by its generated module (`beam_ai_api.api.<tag>.<op>`).
The generated package builds the request and parses the response (`request_builder`,
`response_parser`); this module adds the per-call timeout and retry budget and wraps a parse failure
with the response it came from.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from beam_ai_api.surface.operations import BY_MODULE, Operation, request_builder, response_parser
from beam_ai_api.types import (
    FieldTypeError,
    MissingFieldError,
    ResponseModel,
    Unset,
    fields_of,
    strict_parsing,
    warn_once,
)

from ._app_urls import API_HOSTS, app_url_id, is_app_url
from ._arguments import given as given  # the requester drops unset arguments and builds bodies with it
from ._errors import APIResponseValidationError, BeamValidationError, parse_body
from ._operation_auth import SECURITY_EXTENSION
from ._pagination import PageReader
from ._retry import REPEATABLE_EXTENSION
from ._types import NotGiven, TimeoutTypes
from ._validation import check_model, check_operation, enum_value, operation_rules

if TYPE_CHECKING:
    from beam_ai_api import Client as GeneratedClient

WORKSPACE_ARGUMENT = "current_workspace_id"

# Documented 2xx statuses differ (NestJS answers POST with 201, others with 200). A body under the
# other one is still parsed instead of being dropped: lenient to a server that disagrees with its docs.
_SUCCESS_STATUSES = (200, 201)


def operation_of(operation: Operation | ModuleType) -> Operation:
    """The generated entry for `operation` (an entry already, or a generated operation module)."""
    if isinstance(operation, Operation):
        return operation
    try:
        return BY_MODULE[operation.__name__]
    except KeyError:
        raise TypeError(f"{operation.__name__} is not a generated Beam operation") from None


def _with_status(response: httpx.Response, status: int) -> httpx.Response:
    return httpx.Response(
        status, content=response.content, headers=response.headers, request=response.request
    )


def parse(
    operation: Operation | ModuleType, raw: GeneratedClient, response: httpx.Response, *, strict: bool = False
) -> Any:
    """The operation's model for a 2xx response, or `APIResponseValidationError` if it doesn't fit.

    Lenient unless `strict` (the client's `strict_responses`): fields that are missing or of another type read
    None (the model lists them, see the generated `types.parse_fields`), and a write (any method but
    GET) whose body is not the documented shape at all (empty, not JSON, a list for an object) still
    succeeds: it returns the documented model with nothing in it (`missing_fields` lists what it
    lacks). A read fails on such a body in both modes: the body is what the call is for. Strict: any
    missing field, mismatched type or field the spec does not list raises, naming the model and field.
    """
    entry = operation_of(operation)
    if strict:
        with strict_parsing():
            return _parse(entry, raw, response)
    try:
        return _parse(entry, raw, response)
    except APIResponseValidationError as error:
        if entry.method == "GET":
            raise
        return _unreadable_write(entry, raw, response, error)


def _unreadable_write(
    entry: Operation, raw: GeneratedClient, response: httpx.Response, error: APIResponseValidationError
) -> Any:
    """What a write returns when its 2xx body cannot be read: the documented result, empty."""
    warn_once(
        "body",
        entry.operation_id,
        "",
        "%s %s answered %s with a body that is not the documented one (%s); the call succeeded,"
        " its result is empty",
        entry.method,
        entry.path,
        response.status_code,
        error.reason,
    )
    empty = httpx.Response(
        response.status_code if response.status_code in _SUCCESS_STATUSES else _SUCCESS_STATUSES[0],
        content=b"{}",
        headers={"content-type": "application/json"},
        request=response.request,
    )
    try:
        return _parse(entry, raw, empty)
    except APIResponseValidationError:
        return parse_body(response)


def _parse(entry: Operation, raw: GeneratedClient, response: httpx.Response) -> Any:
    parser = response_parser(entry)
    try:
        parsed = parser(client=raw, response=response)
        if parsed is None and response.content:
            for status in _SUCCESS_STATUSES:
                if status != response.status_code:
                    parsed = parser(client=raw, response=_with_status(response, status))
                    if parsed is not None:
                        break
    except json.JSONDecodeError as error:
        raise APIResponseValidationError(response, f"not valid JSON: {error}") from error
    except MissingFieldError as error:  # raised by the generated from_dict, naming model and field
        raise APIResponseValidationError(
            response, f"missing required field {error.field!r} in {error.model}"
        ) from error
    except FieldTypeError as error:  # strict, or a body that is not an object at all
        raise APIResponseValidationError(response, str(error)) from error
    except KeyError as error:
        raise APIResponseValidationError(response, f"missing required field {error}") from error
    except (ValueError, TypeError, AttributeError) as error:  # bad dates, a list where an object belongs
        raise APIResponseValidationError(
            response, f"a value does not fit the documented type: {error}"
        ) from error
    except RecursionError:
        raise APIResponseValidationError(response, "nested too deeply to decode") from None
    # A 204, 304 or an unfollowed redirect where a body is documented: never None instead.
    unexpected_status = response.status_code not in _SUCCESS_STATUSES
    if parsed is None and not response.content and unexpected_status and _documents_a_body(entry, raw):
        raise APIResponseValidationError(
            response, f"status {response.status_code} without the body the API documents"
        )
    if parsed is None and response.content:
        # Documented without a body (or under a status the spec doesn't list) yet one came:
        # hand it over as plain JSON rather than dropping it or failing a call that succeeded.
        return parse_body(response)
    return parsed


def timestamp(value: dt.date) -> str:
    """A full ISO 8601 UTC timestamp (`2024-01-01T00:00:00Z`) for a date or datetime.

    A date is its midnight; a naive datetime is taken as UTC. A full timestamp satisfies both readings
    the Beam docs give for date parameters (a date, or a date-time).
    """
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{value.microsecond:06d}Z" if value.microsecond else "Z"
    )


def _enum_class(name: str) -> type[enum.Enum]:
    from beam_ai_api import models

    cls: type[enum.Enum] = getattr(models, name)
    return cls


def prepare(
    workspace_id: str,
    operation: Operation | ModuleType,
    arguments: Mapping[str, Any],
    base_url: httpx.URL | None = None,
    *,
    strict: bool = False,
) -> tuple[Operation, dict[str, Any]]:
    """Checked keyword arguments for the generated request builder, with the workspace filled in.

    Enum parameters may be given as their string; dates and datetimes given for string parameters
    become full timestamps; an id the spec marks `x-beam-app-url` may be a pasted app link (checked
    against `workspace_id` and the environment of `base_url`). Everything is checked before anything
    is sent.
    """
    entry = operation_of(operation)
    prepared = dict(arguments)
    for argument, rule in operation_rules(entry):
        value = prepared.get(argument)
        if rule.app_url is not None and isinstance(value, str) and is_app_url(value):
            prepared[argument] = linked_id(value, rule.app_url, argument, workspace_id, base_url)
            _swap_body_field(prepared, argument, value)
        elif rule.enum_class is not None and isinstance(value, str):
            prepared[argument] = enum_value(_enum_class(rule.enum_class), value, argument.rstrip("_"))
        elif rule.type == "string" and isinstance(value, dt.date):
            prepared[argument] = timestamp(value)
    open_enums = not strict  # a value the spec does not list is sent (warned once) unless strict
    check_operation(entry, prepared, open_enums=open_enums)
    body = prepared.get("body")
    if body is not None:
        check_model(body, open_enums=open_enums)
    if entry.workspace:
        prepared[WORKSPACE_ARGUMENT] = workspace_id
    return entry, prepared


def linked_id(link: str, kind: str, argument: str, workspace_id: str, base_url: httpx.URL | None) -> str:
    """The `kind` id (`task`...) a pasted app link names, refused when it belongs to another workspace
    or Beam environment than the client's (ids there name other objects)."""
    origin = None if base_url is None else f"{base_url.scheme}://{base_url.host}"
    api_host = origin if origin in API_HOSTS.values() else None
    return app_url_id(link, kind, argument, workspace_id=workspace_id, api_host=api_host)


def operation_extensions(entry: Operation) -> dict[str, Any]:
    """What the auth flow and the retry transport need to know of the operation (from the spec):
    the credentials it accepts and whether it may be sent twice."""
    return {SECURITY_EXTENSION: entry.security, REPEATABLE_EXTENSION: entry.idempotent}


def _swap_body_field(prepared: dict[str, Any], argument: str, link: str) -> None:
    """A body field the generated method filled from the same path id (approve/reject's `taskId`) gets the id too."""
    body = prepared.get("body")
    if body is not None and attrs.has(type(body)) and getattr(body, argument, None) == link:
        prepared["body"] = attrs.evolve(body, **{argument: prepared[argument]})


def check_call_options(timeout: object, max_retries: object) -> None:
    """`timeout=` and `max_retries=` of one call, refused before anything is sent when malformed."""
    accepted_form = timeout is None or isinstance(timeout, NotGiven | httpx.Timeout)
    if not accepted_form and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0
    ):
        raise BeamValidationError(
            "timeout", f"must be seconds > 0, an httpx.Timeout or None; got {timeout!r}"
        )
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise BeamValidationError("max_retries", f"must be an integer >= 0; got {max_retries!r}")


def _documents_a_body(operation: Operation | ModuleType, raw: GeneratedClient) -> bool:
    """Whether the operation documents a body for its success status (parsing nothing fails)."""
    parser = response_parser(operation_of(operation))
    for status in _SUCCESS_STATUSES:
        empty = httpx.Response(status, content=b"", request=httpx.Request("GET", "http://probe.invalid"))
        try:
            if parser(client=raw, response=empty) is not None:
                return True
        except ValueError:  # json.JSONDecodeError: a body was expected
            return True
    return False


def build(
    operation: Operation | ModuleType,
    arguments: Mapping[str, Any],
    workspace_id: str,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | None,
    base_url: httpx.URL | None = None,
    *,
    strict: bool = False,
) -> tuple[Operation, dict[str, Any]]:
    """httpx `request()` arguments of the generated operation (the requester adds the timeout and
    retries); everything is checked first, so a refused call sends nothing."""
    check_call_options(timeout, max_retries)
    entry, prepared = prepare(workspace_id, operation, arguments, base_url, strict=strict)
    kwargs: dict[str, Any] = request_builder(entry)(**prepared)
    if not kwargs.get("params", True):
        # Generated operations always pass `params`, often `{}`; httpx re-parses the whole URL for
        # any params given, even none (bench/per_call.py: ~8% of a GET).
        del kwargs["params"]
    return entry, kwargs


# -- pagination from the spec ----------------------------------------------------------------------


def _present(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _items(page: Any, steps: tuple[str, ...]) -> list[Any]:
    """The items at `steps` (`("data", "tasks")`: the tasks of every group); absent lists are empty."""
    first, *rest = steps
    values: list[Any] = _present(getattr(page, first)) or []
    for step in rest:
        values = [item for value in values for item in (_present(getattr(value, step)) or [])]
    return values


def _total(page: Any, steps: tuple[str, ...]) -> Any:
    """The envelope's total as sent (the paginator coerces it, or refuses one that is not a count)."""
    value = page
    for step in steps:
        value = _present(getattr(value, step, None))
        if value is None:
            return None
    return value


_READERS: dict[str, PageReader[Any, Any]] = {}


def page_reader(operation: Operation) -> PageReader[Any, Any]:
    """How to read a page of `operation`, from its `x-beam-pagination` declaration in the spec."""
    reader = _READERS.get(operation.operation_id)
    if reader is None:
        paging = operation.pagination
        if paging is None:
            raise TypeError(f"{operation.operation_id} is not paginated")
        reader = PageReader(
            items=lambda page: _items(page, paging.items), total=lambda page: _total(page, paging.total)
        )
        _READERS[operation.operation_id] = reader
    return reader


def _lacking(model: Any, attribute: str) -> str | None:
    """The spec name of `attribute` when the server sent it missing (required) or of another type."""
    if getattr(model, attribute, None) is not None or not isinstance(model, ResponseModel):
        return None
    for field in fields_of(type(model)):
        if field.attribute == attribute and (
            field.key in model.missing_fields or field.key in model.mismatched_fields
        ):
            return field.key
    return None


def with_items(operation: Operation, page: Any, base_url: httpx.URL) -> Any:
    """`page`, if it holds its items: a page without them (missing, or not a list) cannot be walked,
    so the typed error names the field (every other field of a page may be missing)."""
    assert operation.pagination is not None
    holders = [page]
    for step in operation.pagination.items:
        for holder in holders:
            key = _lacking(holder, step)
            if key is not None:
                response = httpx.Response(
                    200,
                    json=page.to_dict(),
                    request=httpx.Request(operation.method, base_url.join(operation.path.lstrip("/"))),
                )
                raise APIResponseValidationError(
                    response, f"missing required field {key!r} in {type(holder).__name__}"
                )
        holders = [item for holder in holders for item in (_present(getattr(holder, step)) or [])]
    return page


def first_page(operation: Operation, arguments: Mapping[str, Any], page_size: int) -> dict[str, Any]:
    return at_page(operation, arguments, 1, page_size)


def at_page(operation: Operation, arguments: Mapping[str, Any], page_num: int, size: int) -> dict[str, Any]:
    """`arguments` asking for page `page_num` of `size` items (names from `x-beam-pagination`)."""
    assert operation.pagination is not None
    return {**arguments, operation.pagination.page: page_num, operation.pagination.size: size}
