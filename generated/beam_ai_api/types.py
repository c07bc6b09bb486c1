"""Contains some shared types for properties"""

import contextlib
import contextvars
import datetime
import logging
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, TypeVar

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


# --- Lenient parsing (issue 18) ----------------------------------------------------------------------
# A model's generated `from_dict` first runs a fast path that checks every value against the spec and
# raises at the first one that does not fit; `parse_fields` (below) then parses that object again,
# field by field, from the model's generated field table. Lenient (the default): a required field that
# is absent or null reads None and is listed in `missing_fields`; a value of another type reads None
# and is kept, as sent, in `mismatched_fields`; the `beam_ai.responses` logger warns once per model
# and field. Strict (`strict_parsing()`, switched on by the client's `strict_responses`): the first
# such field raises `MissingFieldError` or `FieldTypeError`, naming the model and the field.

NoneType = type(None)
STR = frozenset((str,))
STR_N = frozenset((str, NoneType))
INT = frozenset((int,))
INT_N = frozenset((int, NoneType))
NUMBER = frozenset((int, float))
NUMBER_N = frozenset((int, float, NoneType))
BOOL = frozenset((bool,))
BOOL_N = frozenset((bool, NoneType))

# 0: lenient; 1: strict about missing fields and types; 2: also about fields the spec does not list.
_strict: contextvars.ContextVar[int] = contextvars.ContextVar("beam_ai_api_strict_responses", default=0)
_log = logging.getLogger("beam_ai.responses")
_warned: set[tuple[str, str, str]] = set()
_warned_lock = threading.Lock()
_MAX_WARNED = 4096


@contextlib.contextmanager
def strict_parsing(enabled: bool = True, *, refuse_unknown: bool = True) -> Iterator[None]:
    """Parse strictly (or, with False, leniently) inside the block: what `strict_responses` sets.

    `refuse_unknown`: a field the spec does not list is an error too (`UnknownFieldError`); off for a
    caller's own request mappings, which may carry fields the spec does not know yet."""
    token = _strict.set((2 if refuse_unknown else 1) if enabled else 0)
    try:
        yield
    finally:
        _strict.reset(token)


def refusing_unknown_fields() -> bool:
    """Strict about fields the spec does not list (checked only when an object has such a field)."""
    return _strict.get() == 2


def warn_once(
    kind: str, subject: str, detail: str, message: str, *args: object, logger: logging.Logger | None = None
) -> None:
    """Log `message` at WARNING (on `beam_ai.responses` unless `logger` is given), once per
    (kind, subject, detail) per process (at most a few thousand distinct ones)."""
    key = (kind, subject, detail)
    with _warned_lock:
        if key in _warned or len(_warned) >= _MAX_WARNED:
            return
        _warned.add(key)
    (logger or _log).warning(message, *args)


class FieldTypeError(TypeError):
    """A response value whose type is not the documented one (`model`, `field`: the spec's name).

    Only the value's type is named, never the value (a token field could hold a secret)."""

    def __init__(self, model: str, field: str, expected: str, got: str) -> None:
        super().__init__(model, field, expected, got)
        self.model = model
        self.field = field
        self.expected = expected
        self.got = got

    def __str__(self) -> str:
        return f"{self.model}.{self.field} should be {self.expected}, got {self.got}"


class ResponseGaps(NamedTuple):
    """What a leniently parsed object lacked: required fields absent or null, values of another type."""

    missing: tuple[str, ...]
    mismatched: tuple[tuple[str, Any], ...]


class ResponseModel:
    """Base of every generated model: what the response lacked, kept out of `to_dict()` and `==`."""

    __slots__ = ()
    _gaps: ResponseGaps | None

    @property
    def missing_fields(self) -> tuple[str, ...]:
        """Required fields (spec names) the server sent absent or null; their attributes read None."""
        gaps = self._gaps
        return () if gaps is None else gaps.missing

    @property
    def mismatched_fields(self) -> dict[str, Any]:
        """Fields (spec names) whose value was not of the documented type, with the value as sent;
        their attributes read None."""
        gaps = self._gaps
        return {} if gaps is None else dict(gaps.mismatched)


class UnknownFieldError(FieldTypeError):
    """Strict: a response object holds a field its model's spec does not list."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(model, field, "absent", "a field the spec does not list")

    def __str__(self) -> str:
        return f"{self.model}.{self.field} is not in the spec"


class FieldSpec(NamedTuple):
    """One property of a model, as its generated field table lists it."""

    key: str
    attribute: str
    convert: Callable[[Any], Any]
    expected: str
    required: bool = False
    nullable: bool = False
    omit: bool = False
    """A nullable request field: absent reads `UNSET` (left out when sent), null reads None."""
    nested: str = ""
    """The generated model class the value holds (or a list of which it holds), if any."""


def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    """The field table of a generated model class (what its properties are, per the spec)."""
    import sys

    fields: tuple[FieldSpec, ...] = getattr(sys.modules[cls.__module__], f"_SPEC_{cls.__name__}")
    return fields


class Misfit(TypeError):
    """Raised by the converters below: `got` says what came instead, without the value itself."""

    def __init__(self, got: str) -> None:
        super().__init__(got)
        self.got = got


def _checked(types: frozenset[type]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value.__class__ not in types:
            raise Misfit(value.__class__.__name__)
        return value

    return convert


as_str = _checked(STR)
as_int = _checked(INT)
as_number = _checked(NUMBER)
as_bool = _checked(BOOL)


def as_any(value: Any) -> Any:
    return value


def as_datetime(value: Any) -> datetime.datetime:
    if value.__class__ is not str:
        raise Misfit(value.__class__.__name__)
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        raise Misfit("a string that is not an ISO 8601 date-time") from None


def as_date(value: Any) -> datetime.date:
    if value.__class__ is not str:
        raise Misfit(value.__class__.__name__)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise Misfit("a string that is not an ISO 8601 date") from None


def as_file(value: Any) -> "File":
    from io import BytesIO

    return File(payload=BytesIO(value))


def as_model(name: str) -> Callable[[Any], Any]:
    """Parse a nested object into the generated model class `name` (looked up lazily)."""

    def convert(value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise Misfit(value.__class__.__name__)
        from . import models

        return getattr(models, name).from_dict(value)

    return convert


def as_enum(name: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        from . import models

        try:
            return getattr(models, name)(value)
        except ValueError:
            raise Misfit(f"a value {name} does not list") from None

    return convert


def as_list(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> list[Any]:
        if value.__class__ is not list:
            raise Misfit(value.__class__.__name__)
        converted = []
        for index, element in enumerate(value):
            try:
                converted.append(item(element))
            except Misfit as error:
                raise Misfit(f"a list whose item {index} is {error.got}") from None
        return converted

    return convert


def all_of(values: Any, types: frozenset[type]) -> bool:
    """True when `values` is a list whose every element's type is one of `types`."""
    return values.__class__ is list and types.issuperset(map(type, values))


def parse_fields(cls: type, src_dict: Mapping[str, Any], fields: tuple[FieldSpec, ...], known: frozenset[str]) -> Any:
    """`cls` from `src_dict` field by field (the slow path of a generated `from_dict`), lenient or strict."""
    name = cls.__name__
    if not isinstance(src_dict, Mapping):
        raise FieldTypeError(name, "(body)", "a JSON object", src_dict.__class__.__name__)
    strict = _strict.get()
    self = object.__new__(cls)
    missing: list[str] = []
    mismatched: dict[str, Any] = {}
    for field in fields:
        value = src_dict.get(field.key)
        if value is None:
            if field.required and not field.nullable:
                if strict:
                    raise MissingFieldError(name, field.key)
                missing.append(field.key)
                warn_once(
                    "missing", name, field.key, "%s arrived without required field %r; it reads None", name, field.key
                )
            converted = UNSET if field.omit and field.key not in src_dict else None
        else:
            try:
                converted = field.convert(value)
            except (MissingFieldError, FieldTypeError):
                raise  # strict, from a nested model: it names the nested model and field
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                got = error.got if isinstance(error, Misfit) else value.__class__.__name__
                if strict:
                    raise FieldTypeError(name, field.key, field.expected, got) from None
                mismatched[field.key] = value
                warn_once(
                    "mismatch",
                    name,
                    field.key,
                    "%s.%s should be %s, got %s; it reads None (the value is in mismatched_fields)",
                    name,
                    field.key,
                    field.expected,
                    got,
                )
                converted = None
        object.__setattr__(self, field.attribute, converted)
    self._gaps = ResponseGaps(tuple(missing), tuple(mismatched.items())) if missing or mismatched else None
    if hasattr(cls, "additional_properties"):
        self.additional_properties = {key: item for key, item in src_dict.items() if key not in known}
        if fields and self.additional_properties and _strict.get() == 2:
            raise UnknownFieldError(name, next(iter(self.additional_properties)))
    return self


# --- end of lenient parsing ------------------------------------------------------------------------

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


__all__ = [
    "UNSET",
    "FieldTypeError",
    "File",
    "FileTypes",
    "MissingFieldError",
    "RequestFiles",
    "Response",
    "ResponseModel",
    "UnknownFieldError",
    "Unset",
    "strict_parsing",
]
