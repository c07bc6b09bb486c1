"""Run one generated operation through a client: build, send, parse, with typed errors.

The generated modules (`beam_ai_api.api.<tag>.<op>`) each have `_get_kwargs(...)` (method, URL,
params, headers, body) and `_parse_response(client=, response=)`. Calling those two directly,
rather than `sync_detailed`, lets the overlay add the per-call timeout and retry budget and wrap a
parse failure with the response it came from. Both are part of openapi-python-client's template
(pinned in scripts/regen.sh); tests/test_namespaces*.py break loudly if that ever changes.
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from beam_ai_api.types import MissingFieldError

from ._errors import APIResponseValidationError, parse_body
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._client import AsyncBeam, Beam

# Documented 2xx statuses differ (NestJS answers POST with 201, others with 200). A body under the
# other one is still parsed instead of being dropped: lenient to a server that disagrees with its docs.
_SUCCESS_STATUSES = (200, 201)


def _with_status(response: httpx.Response, status: int) -> httpx.Response:
    return httpx.Response(
        status, content=response.content, headers=response.headers, request=response.request
    )


def parse(operation: ModuleType, client: Beam | AsyncBeam, response: httpx.Response) -> Any:
    """The operation's model for a 2xx response, or `APIResponseValidationError` if it doesn't fit.

    A body the spec does not describe (an operation documented without one) comes back as plain
    JSON (dicts and lists) or text.
    """
    raw = client.raw
    try:
        parsed = operation._parse_response(client=raw, response=response)
        if parsed is None and response.content:
            for status in _SUCCESS_STATUSES:
                if status != response.status_code:
                    parsed = operation._parse_response(client=raw, response=_with_status(response, status))
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


def _documents_a_body(operation: ModuleType, client: Beam | AsyncBeam) -> bool:
    """Whether the operation documents a body for its success status (parsing nothing fails)."""
    for status in _SUCCESS_STATUSES:
        empty = httpx.Response(status, content=b"", request=httpx.Request("GET", "http://probe.invalid"))
        try:
            if operation._parse_response(client=client.raw, response=empty) is not None:
                return True
        except ValueError:  # json.JSONDecodeError: a body was expected
            return True
    return False


def _request_kwargs(
    client: Beam | AsyncBeam,
    operation: ModuleType,
    arguments: dict[str, Any],
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | None,
) -> dict[str, Any]:
    """httpx `request()` arguments: the generated operation's, plus the call's timeout and retries."""
    kwargs: dict[str, Any] = operation._get_kwargs(**arguments)
    if not kwargs.get("params", True):
        # Generated operations always pass `params`, often `{}`; httpx re-parses the whole URL for
        # any params given, even none (bench/per_call.py: ~8% of a GET).
        del kwargs["params"]
    kwargs.update(client._request_options(timeout, max_retries))
    return kwargs


def call(
    client: Beam,
    operation: ModuleType,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """Send `operation` with `arguments` (the generated `_get_kwargs` names) and parse the result."""
    kwargs = _request_kwargs(client, operation, arguments, timeout, max_retries)
    return parse(operation, client, client.http.request(**kwargs))


async def acall(
    client: AsyncBeam,
    operation: ModuleType,
    *,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    **arguments: Any,
) -> Any:
    """Async twin of `call`."""
    kwargs = _request_kwargs(client, operation, arguments, timeout, max_retries)
    return parse(operation, client, await client.http.request(**kwargs))
