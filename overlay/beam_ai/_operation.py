"""The one send path: check, fill in the workspace, build, send and parse one generated operation.

Every namespace method and every helper (task run/follow, answers, consent) sends through `call` /
`acall`, so all of them get the same checks (`_validation`, rules generated from the spec), the
client's workspace and the typed errors. An operation is named by its generated entry
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
from beam_ai_api.types import MissingFieldError

from ._app_urls import API_HOSTS, app_url_id, is_app_url
from ._errors import APIResponseValidationError, BeamValidationError, parse_body
from ._operation_auth import SECURITY_EXTENSION
from ._retry import REPEATABLE_EXTENSION
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._validation import check_model, check_operation, enum_value, operation_rules

if TYPE_CHECKING:
    from ._client import AsyncBeam, Beam

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


def parse(operation: Operation | ModuleType, client: Beam | AsyncBeam, response: httpx.Response) -> Any:
    """The operation's model for a 2xx response, or `APIResponseValidationError` if it doesn't fit.

    A body the spec does not describe (an operation documented without one) comes back as plain
    JSON (dicts and lists) or text.
    """
    parser = response_parser(operation_of(operation))
    raw = client.raw
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
    if parsed is None and not response.content and unexpected_status and _documents_a_body(operation, client):
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
    client: Beam | AsyncBeam, operation: Operation | ModuleType, arguments: Mapping[str, Any]
) -> tuple[Operation, dict[str, Any]]:
    """Checked keyword arguments for the generated request builder, with the workspace filled in.

    Enum parameters may be given as their string; dates and datetimes given for string parameters
    become full timestamps. Everything is checked before anything is sent.
    """
    entry = operation_of(operation)
    prepared = dict(arguments)
    for argument, rule in operation_rules(entry):
        value = prepared.get(argument)
        if rule.app_url is not None and isinstance(value, str) and is_app_url(value):
            prepared[argument] = linked_id(client, value, rule.app_url, argument)
            _swap_body_field(prepared, argument, value)
        elif rule.enum_class is not None and isinstance(value, str):
            prepared[argument] = enum_value(_enum_class(rule.enum_class), value, argument.rstrip("_"))
        elif rule.type == "string" and isinstance(value, dt.date):
            prepared[argument] = timestamp(value)
    check_operation(entry, prepared)
    body = prepared.get("body")
    if body is not None:
        check_model(body)
    if entry.workspace:
        prepared[WORKSPACE_ARGUMENT] = client.workspace_id
    return entry, prepared


def linked_id(client: Beam | AsyncBeam, link: str, kind: str, argument: str) -> str:
    """The `kind` id (`task`...) a pasted app link names, refused when it belongs to another workspace
    or Beam environment than `client`'s (ids there name other objects)."""
    origin = f"{client.base_url.scheme}://{client.base_url.host}"
    api_host = origin if origin in API_HOSTS.values() else None
    return app_url_id(link, kind, argument, workspace_id=client.workspace_id, api_host=api_host)


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


def _documents_a_body(operation: Operation | ModuleType, client: Beam | AsyncBeam) -> bool:
    """Whether the operation documents a body for its success status (parsing nothing fails)."""
    parser = response_parser(operation_of(operation))
    for status in _SUCCESS_STATUSES:
        empty = httpx.Response(status, content=b"", request=httpx.Request("GET", "http://probe.invalid"))
        try:
            if parser(client=client.raw, response=empty) is not None:
                return True
        except ValueError:  # json.JSONDecodeError: a body was expected
            return True
    return False


def _request_kwargs(
    client: Beam | AsyncBeam,
    operation: Operation | ModuleType,
    arguments: Mapping[str, Any],
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | None,
) -> tuple[Operation, dict[str, Any]]:
    """httpx `request()` arguments: the generated operation's, plus the call's timeout and retries."""
    check_call_options(timeout, max_retries)
    entry, prepared = prepare(client, operation, arguments)
    kwargs: dict[str, Any] = request_builder(entry)(**prepared)
    if not kwargs.get("params", True):
        # Generated operations always pass `params`, often `{}`; httpx re-parses the whole URL for
        # any params given, even none (bench/per_call.py: ~8% of a GET).
        del kwargs["params"]
    kwargs.update(client._request_options(timeout, max_retries))
    # What the auth flow and the retry transport need to know of the operation (from the spec).
    kwargs["extensions"][SECURITY_EXTENSION] = entry.security
    kwargs["extensions"][REPEATABLE_EXTENSION] = entry.idempotent
    return entry, kwargs


def call(
    client: Beam,
    operation: Operation | ModuleType,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """Send `operation` with `arguments` (the generated builder's names) and parse the result."""
    entry, kwargs = _request_kwargs(client, operation, arguments, timeout, max_retries)
    return parse(entry, client, client.http.request(**kwargs))


async def acall(
    client: AsyncBeam,
    operation: Operation | ModuleType,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """Async twin of `call`."""
    entry, kwargs = _request_kwargs(client, operation, arguments, timeout, max_retries)
    return parse(entry, client, await client.http.request(**kwargs))
