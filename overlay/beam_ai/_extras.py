"""Per-call extras (`extra_headers`, `extra_query`, `extra_body`): checked, then merged into the request.

For what the spec does not know yet (a new field, a header a gateway wants) without giving up the
typed method. Checked before anything is sent, each error naming the argument:

- headers: strings, nothing a header cannot carry (CR, LF, NUL...), as client headers are; and no
  credential or workspace header (`authorization`, `x-api-key`, cookies, `current-workspace-id`):
  credentials come from the client's auth alone, which never sends them to another origin, and
  another workspace is `with_workspace()`;
- query: string keys, scalar values (or lists of them), added to the documented parameters;
- body: string keys, JSON values, merged over the documented JSON body (or added as form fields of
  a multipart upload); a body that is not a JSON object cannot take them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from beam_ai_api.namespace import Extras

from ._constants import WORKSPACE_HEADER
from ._errors import CREDENTIAL_HEADERS, BeamConfigError, BeamValidationError
from ._security import check_header_value

_RESERVED_HEADERS = CREDENTIAL_HEADERS | {WORKSPACE_HEADER}
_SCALARS = (str, int, float, bool)


def _check_mapping(name: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise BeamValidationError(name, f"must be a mapping with string keys, got {type(value).__name__}")
    return value


def _headers(given: object) -> dict[str, str]:
    headers = _check_mapping("extra_headers", given)
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(value, str):
            raise BeamValidationError("extra_headers", f"{name!r}: values must be strings")
        if name.lower() in _RESERVED_HEADERS:
            raise BeamValidationError(
                "extra_headers",
                f"{name!r} cannot be set per call: credentials come from the client's auth, the"
                " workspace from the client (with_workspace())",
            )
        try:
            check_header_value(f"{name!r}", name)
            check_header_value(f"{name!r}", value)
        except BeamConfigError as error:
            raise BeamValidationError("extra_headers", str(error)) from None
        checked[name] = value
    return checked


def _query(given: object) -> dict[str, Any]:
    query = _check_mapping("extra_query", given)
    for name, value in query.items():
        values = value if isinstance(value, list | tuple) else [value]
        if not all(isinstance(item, _SCALARS) for item in values):
            raise BeamValidationError("extra_query", f"{name!r}: values must be str, int, float or bool")
    return dict(query)


def _body(given: object) -> dict[str, Any]:
    body = dict(_check_mapping("extra_body", given))
    try:
        json.dumps(body)
    except (TypeError, ValueError) as error:
        raise BeamValidationError("extra_body", f"must be JSON: {error}") from None
    return body


def apply_extras(kwargs: dict[str, Any], extras: Extras) -> None:
    """Merge a call's checked extras into its httpx `request()` arguments (in place)."""
    if extras.headers is not None:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **_headers(extras.headers)}
    if extras.query is not None:
        kwargs["params"] = {**(kwargs.get("params") or {}), **_query(extras.query)}
    if extras.body is not None:
        fields = _body(extras.body)
        if "files" in kwargs or "data" in kwargs:  # multipart: form fields
            form = {
                name: value if isinstance(value, str) else json.dumps(value) for name, value in fields.items()
            }
            kwargs["data"] = {**(kwargs.get("data") or {}), **form}
        elif "json" not in kwargs or isinstance(kwargs["json"], dict):
            kwargs["json"] = {**(kwargs.get("json") or {}), **fields}
        else:
            raise BeamValidationError("extra_body", "this operation's body is not a JSON object")
