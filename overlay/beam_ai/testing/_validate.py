"""class-validator style checks for query strings and JSON bodies; failures become 400s naming the field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from ._errors import bad_request

JSON = dict[str, Any]


def query_int(
    query: Mapping[str, str], name: str, default: int, minimum: int = 1, maximum: int | None = None
) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} must be an integer number") from None
    if value < minimum:
        raise bad_request(f"{name} must not be less than {minimum}")
    if maximum is not None and value > maximum:
        raise bad_request(f"{name} must not be greater than {maximum}")
    return value


def query_bool(query: Mapping[str, str], name: str) -> bool | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise bad_request(f"{name} must be a boolean value")


def query_enum(query: Mapping[str, str], name: str, allowed: Iterable[str]) -> str | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    options = list(allowed)
    if raw not in options:
        raise bad_request(f"{name} must be one of the following values: {', '.join(options)}")
    return raw


def query_required(query: Mapping[str, str], name: str) -> str:
    raw = query.get(name)
    if raw is None or raw == "":
        raise bad_request(f"{name} should not be empty", f"{name} must be a string")
    return raw


def parse_date(value: str, name: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise bad_request(f"{name} must be a valid ISO 8601 date string") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def body_object(body: Any) -> JSON:
    if not isinstance(body, dict):
        raise bad_request("request body must be a JSON object")
    return body


def body_str(body: JSON, name: str, *, required: bool = False, max_length: int | None = None) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise bad_request(f"{name} should not be empty", f"{name} must be a string")
        return None
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    if required and value == "":
        raise bad_request(f"{name} should not be empty")
    if max_length is not None and len(value) > max_length:
        raise bad_request(f"{name} must be shorter than or equal to {max_length} characters")
    return value


_T = TypeVar("_T")


def _body_field(body: JSON, name: str, kind: type[_T], noun: str, *, required: bool) -> _T | None:
    """The field `name` if it has type `kind`; NestJS-style 400 naming the field otherwise."""
    value = body.get(name)
    if value is None:
        if required:
            raise bad_request(f"{name} should not be empty", f"{name} must be {noun}")
        return None
    if not isinstance(value, kind):
        raise bad_request(f"{name} must be {noun}")
    return value


def body_bool(body: JSON, name: str, *, required: bool = False) -> bool | None:
    return _body_field(body, name, bool, "a boolean value", required=required)


def body_list(body: JSON, name: str, *, required: bool = False) -> list[Any] | None:
    return _body_field(body, name, list, "an array", required=required)


def body_dict(body: JSON, name: str, *, required: bool = False) -> JSON | None:
    return _body_field(body, name, dict, "an object", required=required)


def only_strings(values: list[Any], name: str) -> list[str]:
    if not all(isinstance(v, str) for v in values):
        raise bad_request(f"each value in {name} must be a string")
    return [str(v) for v in values]


def only_objects(values: list[Any], name: str) -> list[JSON]:
    if not all(isinstance(v, dict) for v in values):
        raise bad_request(f"each value in {name} must be an object")
    return [v for v in values if isinstance(v, dict)]
