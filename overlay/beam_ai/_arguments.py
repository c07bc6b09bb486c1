"""Arguments as the generated builders take them: optional ones left out, bodies built and checked.

A generated namespace method hands its arguments to the requester with the body still to be built
(`beam_ai_api.namespace.Body`: the model class and the caller's snake_case values); `given` drops the
arguments left as None and builds the body with `body`, which takes nested objects as models or
camelCase mappings, enums as members or strings, and lists as lists (never a lone string).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

import attrs

from beam_ai_api.namespace import Body
from beam_ai_api.types import UNSET, MissingFieldError, Unset, strict_parsing

from ._errors import BeamValidationError
from ._validation import enum_value

T = TypeVar("T")
ModelT = TypeVar("ModelT")


# -- argument helpers (shared by both twins) ---------------------------------------------------------


def given(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments that were passed (not None): optional parameters are left out, not sent empty;
    a body still to be built (`Body`) is built (and its values checked) here."""
    passed = {name: value for name, value in arguments.items() if value is not None}
    pending = passed.get("body")
    if isinstance(pending, Body):
        passed["body"] = body(pending.model, pending.values, **pending.converters)
    return passed


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
        if not attribute.init:  # additional_properties, and what a parsed response lacked
            continue
        name = attribute.name.rstrip("_")
        value = values.get(name)
        if isinstance(value, Body):  # a nested object whose fields were keywords (`x-beam-flatten`)
            arguments[attribute.name] = body(value.model, value.values, **value.converters)
        elif value is not None:
            arguments[attribute.name] = _convert(value, converters.get(name), name)
        elif attribute.default is attrs.NOTHING:
            arguments[attribute.name] = UNSET
    built = cls(**arguments)
    extra = values.get("additional_properties")  # a body the spec lists no fields of (`payload`)
    if extra is not None:
        if not isinstance(extra, Mapping):
            raise BeamValidationError("payload", f"must be a mapping, got {type(extra).__name__}")
        cast(Any, built).additional_properties.update(extra)
    return built
