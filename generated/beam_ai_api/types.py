"""Contains some shared types for properties"""

import weakref
from collections.abc import Iterable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The "leave it out" marker: the default of nullable request fields, where `None` sends JSON null.

    One instance exists (`UNSET`); pickling or copying it gives that same instance back.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class MissingFieldError(KeyError):
    """A response object lacks a field the spec marks required (`model`, `field`: the spec's name)."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(model, field)
        self.model = model
        self.field = field

    def __str__(self) -> str:
        return f"{self.model} is missing required field {self.field!r}"


def missing_field(model: str, error: KeyError, src_dict: Mapping[str, Any], required: Iterable[str]) -> KeyError:
    """The error for a KeyError raised while parsing `model`: a `MissingFieldError` naming the first
    required field that is absent (or null), else `error` itself (e.g. from a nested model)."""
    if isinstance(error, MissingFieldError):
        return error
    for field in required:
        if src_dict.get(field) is None:
            return MissingFieldError(model, field)
    return error


_REQUEST_IDS: dict[int, tuple["weakref.ref[Any]", str | None]] = {}


def remember_request_id(model: Any, request_id: str | None) -> None:
    """Remember the request id of the response `model` was parsed from, as long as `model` lives
    (kept by identity beside it: models are unhashable, and the id is not part of their data)."""
    key = id(model)
    _REQUEST_IDS[key] = (weakref.ref(model, lambda _: _REQUEST_IDS.pop(key, None)), request_id)


def request_id_of(model: Any) -> str | None:
    """The request id `model` came with (None: not parsed from a response, or the server sent none)."""
    entry = _REQUEST_IDS.get(id(model))
    if entry is None or entry[0]() is not model:
        return None
    return entry[1]


REPR_MAX_TEXT = 200
"""Characters of a string, list or free-form object a model's repr shows before summarising it."""
REPR_MAX_ITEMS = 10


def _short_repr(value: Any) -> str:
    """A field's value for a repr: a list of models as `[<12 AgentTaskNode>]`, a long list, a big
    free-form object or a long text cut short with its size said; everything else as `repr()`."""
    if isinstance(value, list):
        models = bool(value) and all(hasattr(item, "to_dict") for item in value)
        if len(value) <= REPR_MAX_ITEMS:
            text = "[" + ", ".join(_short_repr(item) for item in value) + "]"
            if len(text) <= REPR_MAX_TEXT:
                return text
        if models:
            kinds = {type(item).__name__ for item in value}
            return f"[<{len(value)} {kinds.pop() if len(kinds) == 1 else 'objects'}>]"
        shown = ", ".join(_short_repr(item) for item in value[:3])
        return f"[{shown}, ... ({len(value)} items)]"
    if isinstance(value, dict):
        if len(value) <= REPR_MAX_ITEMS:
            text = "{" + ", ".join(f"{key!r}: {_short_repr(item)}" for key, item in value.items()) + "}"
            if len(text) <= REPR_MAX_TEXT:
                return text
        return "{" + f"<{len(value)} {'key' if len(value) == 1 else 'keys'}>" + "}"
    if isinstance(value, str) and len(value) > REPR_MAX_TEXT:
        return f"{value[:REPR_MAX_TEXT]!r}... ({len(value)} chars)"
    return repr(value)


def model_repr(model: Any, names: Iterable[str]) -> str:
    """`Name(field=value, ...)` with only the fields that hold a value (not None, not `UNSET`).

    Long values are summarised (`_short_repr`); `to_dict()` has everything.
    """
    parts = [
        f"{name}={_short_repr(value)}"
        for name in names
        if (value := getattr(model, name)) is not None and value is not UNSET
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={_short_repr(extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "MissingFieldError", "RequestFiles", "Response", "Unset"]
