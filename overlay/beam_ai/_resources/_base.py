"""What every namespace shares: the operation table entry, argument helpers, and the two base classes.

A namespace method builds the generated operation's keyword arguments with plain functions (shared
by the sync and async twins), then hands them to `SyncResource._call` / `AsyncResource._call`,
which add the client's workspace, check the documented constraints (`_validation`) and send the
operation through `call` / `acall`. The twins differ only in `call` versus `await acall`.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
from collections.abc import Awaitable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from beam_ai_api.types import UNSET, Unset

from .._errors import BeamValidationError
from .._operation import acall, call
from .._pagination import AsyncPaginator, PageReader, Paginator
from .._types import NotGiven, TimeoutTypes
from .._validation import check_model, check_operation, enum_value

if TYPE_CHECKING:
    from .._client import AsyncBeam, Beam

T = TypeVar("T")
ModelT = TypeVar("ModelT")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

WORKSPACE_ARGUMENT = "current_workspace_id"


def _operation_id(module: ModuleType) -> str:
    head, *rest = module.__name__.rsplit(".", 1)[-1].split("_")
    return head + "".join(part.title() for part in rest)


class Endpoint(Generic[T]):
    """One generated operation and the type of its parsed result.

    For operations documented with no response body, `_operation.parse` hands back whatever JSON
    the server sends anyway (None for an empty body).
    """

    __slots__ = ("module", "operation_id", "workspace")

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.operation_id = _operation_id(module)
        self.workspace = WORKSPACE_ARGUMENT in inspect.signature(module._get_kwargs).parameters

    def prepare(self, workspace_id: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Checked keyword arguments for the generated `_get_kwargs`, with the workspace filled in."""
        check_operation(self.operation_id, arguments)
        body = arguments.get("body")
        if body is not None:
            check_model(body)
        prepared = dict(arguments)
        if self.workspace:
            prepared[WORKSPACE_ARGUMENT] = workspace_id
        return prepared


# -- argument helpers (shared by both twins) ---------------------------------------------------------


def given(**arguments: Any) -> dict[str, Any]:
    """The arguments that were passed (not None): optional parameters are left out, not sent empty."""
    return {name: value for name, value in arguments.items() if value is not None}


def model(cls: type[ModelT], value: ModelT | Mapping[str, Any] | None, field: str) -> ModelT | Unset:
    """A nested body object: the generated model itself, or a mapping with the spec's (camelCase) keys."""
    if value is None:
        return UNSET
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise BeamValidationError(field, f"must be a {cls.__name__} or a mapping, got {type(value).__name__}")
    try:
        return cast(ModelT, cls.from_dict(dict(value)))  # type: ignore[attr-defined]
    except KeyError as error:
        raise BeamValidationError(field, f"missing required field {error}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise BeamValidationError(field, f"is not a valid {cls.__name__}: {error}") from None


def models(
    cls: type[ModelT], values: Sequence[ModelT | Mapping[str, Any]] | None, field: str
) -> list[ModelT] | Unset:
    """A list of nested body objects, each a model or a mapping (see `model`)."""
    if values is None:
        return UNSET
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise BeamValidationError(field, f"must be a list, got {type(values).__name__}")
    return [cast(ModelT, model(cls, item, f"{field}[{index}]")) for index, item in enumerate(values)]


def plain_list(values: Sequence[T] | None, field: str) -> list[T] | Unset:
    """A list of plain values (a lone string is refused: it would be sent as a list of characters)."""
    if values is None:
        return UNSET
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise BeamValidationError(field, f"must be a list, got {type(values).__name__}")
    return list(values)


def comma_list(value: str | Sequence[str] | None) -> str | None:
    """A comma-separated query value (`statuses`, `fields`, `sort`) from a string or a list of strings."""
    if value is None or isinstance(value, str):
        return value
    return ",".join(value)


def date_text(value: str | dt.date | None) -> str | None:
    """An ISO 8601 date or date-time query value from a string, `date` or `datetime`."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def _convert(value: Any, converter: Any, field: str) -> Any:
    if value is None:
        return UNSET
    if converter is None:
        return value
    if isinstance(converter, list):
        (item,) = converter
        return models(item, value, field) if attrs.has(item) else plain_list(value, field)
    if issubclass(converter, enum.Enum):
        return enum_value(converter, value, field)
    return model(converter, value, field)


def body(cls: type[ModelT], values: Mapping[str, Any], **converters: Any) -> ModelT:
    """The generated request model `cls` from flattened, snake_case arguments.

    Each attrs field of `cls` takes `values[name]` (`type_` takes `values["type"]`); an absent
    (None) value leaves an optional field at its default (left out of the body) and passes `UNSET`
    for a required one. `converters` name how to convert a field: a model class (model
    or mapping), an enum class (member or string), `[Model]` for a list of models, `[str]` (any
    plain type) for a list of plain values. Required fields left out are caught by `check_model`.
    """
    arguments: dict[str, Any] = {}
    for attribute in attrs.fields(cast(Any, cls)):
        if attribute.name == "additional_properties":
            continue
        name = attribute.name.rstrip("_")
        value = values.get(name)
        if value is None and attribute.default is not attrs.NOTHING:
            continue
        arguments[attribute.name] = _convert(value, converters.get(name), name)
    return cls(**arguments)


def only_keys(options: Mapping[str, Any], allowed: type, where: str) -> dict[str, Any]:
    """`options` (a `**kwargs` typed by the TypedDict `allowed`), refusing unknown names like Python does."""
    known: frozenset[str] = allowed.__required_keys__ | allowed.__optional_keys__  # type: ignore[attr-defined]
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"{where}() got an unexpected keyword argument {unknown[0]!r}")
    return dict(options)


# -- the two base classes ---------------------------------------------------------------------------


class SyncResource:
    """A namespace of `Beam`: sends operations with `call`."""

    def __init__(self, client: Beam) -> None:
        self._client = client

    def _call(
        self,
        endpoint: Endpoint[T],
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> T:
        prepared = endpoint.prepare(self._client.workspace_id, arguments)
        return cast(
            T, call(self._client, endpoint.module, timeout=timeout, max_retries=max_retries, **prepared)
        )

    def _paginate(
        self,
        endpoint: Endpoint[PageT],
        arguments: Mapping[str, Any],
        reader: PageReader[PageT, ItemT],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> Paginator[PageT, ItemT]:
        endpoint.prepare(self._client.workspace_id, {**arguments, "page_num": 1, "page_size": page_size})

        def fetch(page_num: int, size: int) -> PageT:
            page_arguments = {**arguments, "page_num": page_num, "page_size": size}
            return self._call(endpoint, page_arguments, timeout, max_retries)

        return Paginator(fetch, reader, page_size=page_size)


class AsyncResource:
    """A namespace of `AsyncBeam`: sends operations with `acall`."""

    def __init__(self, client: AsyncBeam) -> None:
        self._client = client

    async def _call(
        self,
        endpoint: Endpoint[T],
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> T:
        prepared = endpoint.prepare(self._client.workspace_id, arguments)
        result = await acall(
            self._client, endpoint.module, timeout=timeout, max_retries=max_retries, **prepared
        )
        return cast(T, result)

    def _paginate(
        self,
        endpoint: Endpoint[PageT],
        arguments: Mapping[str, Any],
        reader: PageReader[PageT, ItemT],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> AsyncPaginator[PageT, ItemT]:
        endpoint.prepare(self._client.workspace_id, {**arguments, "page_num": 1, "page_size": page_size})

        def fetch(page_num: int, size: int) -> Awaitable[PageT]:
            page_arguments = {**arguments, "page_num": page_num, "page_size": size}
            return self._call(endpoint, page_arguments, timeout, max_retries)

        return AsyncPaginator(fetch, reader, page_size=page_size)
