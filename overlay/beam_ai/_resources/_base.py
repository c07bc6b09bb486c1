"""What every namespace shares: argument helpers, pagination readers, and the two base classes.

The namespace classes are generated (`beam_ai_api.surface.<tag>`, from openapi/beam.yaml); each
method gathers its arguments and hands them to `SyncResource._send` / `AsyncResource._send`, which
send them through the one send path, `_operation.call` / `acall` (checks, workspace, build, send,
parse). `list_all` methods use `_paginate`, reading pages as the spec's `x-beam-pagination` says.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import httpx

from beam_ai_api.surface.operations import Operation
from beam_ai_api.types import UNSET, MissingFieldError, ResponseModel, Unset, fields_of, strict_parsing

from .._errors import APIResponseValidationError, BeamValidationError
from .._operation import acall, call, check_call_options, prepare
from .._pagination import AsyncPaginator, PageReader, Paginator
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .._validation import enum_value

if TYPE_CHECKING:
    from .._client import AsyncBeam, Beam

#: What the generated namespaces (`beam_ai_api.surface.<tag>`) import from the overlay.
__all__ = [
    "NOT_GIVEN",
    "AsyncPaginator",
    "AsyncResource",
    "NotGiven",
    "Paginator",
    "SyncResource",
    "TimeoutTypes",
    "body",
    "comma_list",
]

T = TypeVar("T")
ModelT = TypeVar("ModelT")


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
        # A caller's mapping is checked, not read leniently like a response; fields the spec does
        # not list are passed on (the server may know them).
        with strict_parsing(refuse_unknown=False):
            return cast(ModelT, cls.from_dict(dict(value)))  # type: ignore[attr-defined]
    except MissingFieldError as error:
        raise BeamValidationError(field, f"missing required field {error.field!r}") from None
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


def _convert(value: Any, converter: Any, field: str) -> Any:
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

    Each attrs field of `cls` takes `values[name]` (`type_` takes `values["type"]`). An absent
    (None) value is left to the model's default, or is `UNSET` for a field without one, so a
    required field left out is reported by `check_model` (naming it) rather than by the model's
    constructor. `converters` name how to convert a field: a model class (model or mapping), an
    enum class (member or string), `[Model]` for a list of models, `[str]` (any plain type) for a
    list of plain values.
    """
    arguments: dict[str, Any] = {}
    for attribute in attrs.fields(cast(Any, cls)):
        if attribute.name == "additional_properties":
            continue
        name = attribute.name.rstrip("_")
        value = values.get(name)
        if value is not None:
            arguments[attribute.name] = _convert(value, converters.get(name), name)
        elif attribute.default is attrs.NOTHING:
            arguments[attribute.name] = UNSET
    return cls(**arguments)


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


def _with_items(client: Beam | AsyncBeam, operation: Operation, page: Any) -> Any:
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
                    request=httpx.Request(operation.method, client.base_url.join(operation.path.lstrip("/"))),
                )
                raise APIResponseValidationError(
                    response, f"missing required field {key!r} in {type(holder).__name__}"
                )
        holders = [item for holder in holders for item in (_present(getattr(holder, step)) or [])]
    return page


def _first_page(operation: Operation, arguments: Mapping[str, Any], page_size: int) -> dict[str, Any]:
    assert operation.pagination is not None
    return {**arguments, operation.pagination.page: 1, operation.pagination.size: page_size}


def _page(operation: Operation, arguments: Mapping[str, Any], page_num: int, size: int) -> dict[str, Any]:
    assert operation.pagination is not None
    return {**arguments, operation.pagination.page: page_num, operation.pagination.size: size}


# -- the two base classes ---------------------------------------------------------------------------


class SyncResource:
    """A namespace of `Beam`: sends operations through `_operation.call`."""

    def __init__(self, client: Beam) -> None:
        self._client = client

    def _send(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> Any:
        """Send `operation`; arguments left as None are not sent."""
        return call(self._client, operation, timeout=timeout, max_retries=max_retries, **given(**arguments))

    def _paginate(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> Paginator[Any, Any]:
        """Every page of `operation`, lazily; the arguments are checked now, before the first page."""
        reader = page_reader(operation)
        check_call_options(timeout, max_retries)
        prepare(self._client, operation, given(**_first_page(operation, arguments, page_size)))

        def fetch(page_num: int, size: int) -> Any:
            page = self._send(operation, _page(operation, arguments, page_num, size), timeout, max_retries)
            return _with_items(self._client, operation, page)

        return Paginator(fetch, reader, page_size=page_size)


class AsyncResource:
    """A namespace of `AsyncBeam`: sends operations through `_operation.acall`."""

    def __init__(self, client: AsyncBeam) -> None:
        self._client = client

    async def _send(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> Any:
        """Send `operation`; arguments left as None are not sent."""
        return await acall(
            self._client, operation, timeout=timeout, max_retries=max_retries, **given(**arguments)
        )

    def _paginate(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        page_size: int,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
    ) -> AsyncPaginator[Any, Any]:
        """Every page of `operation`, lazily (`async for`); the arguments are checked now."""
        reader = page_reader(operation)
        check_call_options(timeout, max_retries)
        prepare(self._client, operation, given(**_first_page(operation, arguments, page_size)))

        async def fetch(page_num: int, size: int) -> Any:
            page = await self._send(
                operation, _page(operation, arguments, page_num, size), timeout, max_retries
            )
            return _with_items(self._client, operation, page)

        return AsyncPaginator(fetch, reader, page_size=page_size)
