"""Client-side checks of what `openapi/beam.yaml` documents, before any request is sent.

The rules are generated data (`beam_ai_api.surface.operations`: each operation's path and query
parameters, `SCHEMA_RULES` for every model a request body can hold), written by scripts/regen.sh from
the spec; this module is only the engine. A broken rule raises `BeamValidationError` naming the
argument as the caller spelled it (`page_size`, `name`, `settings.prompts`, `nodes[2].objective`).

Checked: required, type (a `str` where the spec says string, an `int` for integer, a list for an
array...), enum, lengths, ranges, list sizes, and that a path id is one path segment. Absent means
None or `UNSET`. Enum values may be given as the generated enum member or its string.

Enums are open by default (`open_enums=True` from the send path unless the client is
`strict_responses`): the server may accept values the spec does not list yet, so another string is
sent as given, with a warning on the `beam_ai.validation` logger once per enum and value. Closed, a
value the spec does not list is refused as before.
"""

from __future__ import annotations

import enum
import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, SupportsIndex, TypeVar
from urllib.parse import unquote

import attrs

from beam_ai_api.surface.operations import SCHEMA_RULES as SCHEMA_FACTS
from beam_ai_api.surface.operations import Operation
from beam_ai_api.types import Unset, warn_once

from ._errors import BeamValidationError

EnumT = TypeVar("EnumT", bound=enum.Enum)
_log = logging.getLogger("beam_ai.validation")


@dataclass(frozen=True, slots=True)
class Rule:
    """The documented facts of one parameter or property (JSON Schema keywords, snake_case)."""

    required: bool = False
    type: str | None = None
    format: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    enum: tuple[str, ...] | None = None
    enum_class: str | None = None
    model: str | None = None
    items: Rule | None = None
    nullable: bool = False
    path_segment: bool = False
    app_url: str | None = None
    """`x-beam-app-url`: the id may also be given as a pasted app link of this kind (`task`)."""

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any]) -> Rule:
        """A rule from the generated facts (`{"type": "integer", "minimum": 1, ...}`)."""
        items = facts.get("items")
        return cls(**{**facts, "items": None if items is None else cls.from_facts(items)})


_OPERATION_RULES: dict[str, tuple[tuple[str, Rule], ...]] = {}


def operation_rules(operation: Operation) -> tuple[tuple[str, Rule], ...]:
    """(argument name, rule) for an operation's path and query parameters."""
    rules = _OPERATION_RULES.get(operation.operation_id)
    if rules is None:
        rules = tuple((p.argument, Rule.from_facts(p.rules)) for p in operation.parameters)
        _OPERATION_RULES[operation.operation_id] = rules
    return rules


@functools.cache
def schema_rules(class_name: str) -> Mapping[str, Rule]:
    """Attribute name -> rule for a request model class (empty for classes the spec has no rules for)."""
    return {name: Rule.from_facts(facts) for name, facts in SCHEMA_FACTS.get(class_name, {}).items()}


def is_absent(value: object) -> bool:
    return value is None or isinstance(value, Unset)


def caller_name(argument: str) -> str:
    """The name a caller uses for a generated argument (`type_` is passed as `type`)."""
    return argument.rstrip("_")


def check_value(field: str, value: object, rule: Rule, *, open_enums: bool = False) -> None:
    """Raise `BeamValidationError(field, ...)` if `value` breaks `rule`.

    `open_enums`: a string the rule's enum does not list is accepted (logged once) rather than refused.
    """
    if is_absent(value):
        if rule.required and not (value is None and rule.nullable):
            raise BeamValidationError(field, "is required")
        return
    if isinstance(value, enum.Enum):
        value = value.value
    _check_type(field, value, rule)
    if rule.required and isinstance(value, str) and not value:
        raise BeamValidationError(field, "must not be empty")
    if rule.path_segment:
        _check_segment(field, value)
    if rule.enum is not None and value not in rule.enum:
        _unlisted(field, value, rule, open_enums)
    if rule.min_length is not None or rule.max_length is not None:
        _check_length(field, value, rule)
    if rule.minimum is not None or rule.maximum is not None:
        _check_range(field, value, rule)
    if rule.min_items is not None or rule.max_items is not None:
        _check_items(field, value, rule)
    if rule.items is not None and isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_value(f"{field}[{index}]", item, rule.items, open_enums=open_enums)


def _unlisted(field: str, value: object, rule: Rule, open_enums: bool) -> None:
    """A value the spec's enum does not list: refused, or (open) sent as given and logged once."""
    assert rule.enum is not None
    if not open_enums or not isinstance(value, str):
        raise BeamValidationError(field, f"must be one of {', '.join(rule.enum)}; got {value!r}")
    warn_once(
        "enum",
        rule.enum_class or field,
        value,
        "%s: %r is not one of the values the spec lists (%s); sending it as given",
        field,
        value,
        ", ".join(rule.enum),
        logger=_log,
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


#: spec type -> (the Python types that satisfy it, what the error says it must be). A bool is an
#: `int` to Python but never a number here. Binary strings are file objects, not `str`.
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "string": ((str,), "a string"),
    "integer": ((int,), "an integer"),
    "number": ((int, float), "a number"),
    "boolean": ((bool,), "true or false"),
    "array": ((list, tuple), "a list"),
    "object": ((Mapping,), "a mapping"),
}


def _check_type(field: str, value: object, rule: Rule) -> None:
    kind = rule.type
    if kind is None or rule.format == "binary":
        return
    if kind == "model":
        if not attrs.has(type(value)):
            expected = f"a {rule.model} or a mapping" if rule.model else "a model"
            raise BeamValidationError(field, f"must be {expected}, got {type(value).__name__}")
        return
    known = _TYPES.get(kind)
    if known is None:
        return
    types, expected = known
    if not isinstance(value, types) or (isinstance(value, bool) and kind in ("integer", "number")):
        raise BeamValidationError(field, f"must be {expected}, got {type(value).__name__}")


def _check_segment(field: str, value: object) -> None:
    """A path id must stay one path segment: `.` and `..` (even percent-encoded) would climb the URL."""
    if isinstance(value, str) and (not value.strip() or unquote(value).strip() in (".", "..")):
        raise BeamValidationError(field, f"is not a valid id: {value!r}")


def _check_length(field: str, value: object, rule: Rule) -> None:
    if not isinstance(value, str):
        raise BeamValidationError(field, f"must be a string, got {type(value).__name__}")
    if rule.min_length is not None and len(value) < rule.min_length:
        raise BeamValidationError(field, f"must be at least {rule.min_length} characters, got {len(value)}")
    if rule.max_length is not None and len(value) > rule.max_length:
        raise BeamValidationError(field, f"must be at most {rule.max_length} characters, got {len(value)}")


def _check_range(field: str, value: object, rule: Rule) -> None:
    if not _is_number(value):
        raise BeamValidationError(field, f"must be a number, got {type(value).__name__}")
    assert isinstance(value, int | float)
    if rule.minimum is not None and value < rule.minimum:
        raise BeamValidationError(field, f"must be >= {rule.minimum}, got {value}")
    if rule.maximum is not None and value > rule.maximum:
        raise BeamValidationError(field, f"must be <= {rule.maximum}, got {value}")


def _check_items(field: str, value: object, rule: Rule) -> None:
    if not isinstance(value, list | tuple):
        raise BeamValidationError(field, f"must be a list, got {type(value).__name__}")
    if rule.min_items is not None and len(value) < rule.min_items:
        raise BeamValidationError(field, f"must have at least {rule.min_items} items, got {len(value)}")
    if rule.max_items is not None and len(value) > rule.max_items:
        raise BeamValidationError(field, f"must have at most {rule.max_items} items, got {len(value)}")


def check_operation(operation: Operation, arguments: Mapping[str, Any], *, open_enums: bool = False) -> None:
    """Check an operation's parameters, given as the generated function's keyword arguments."""
    for argument, rule in operation_rules(operation):
        check_value(caller_name(argument), arguments.get(argument), rule, open_enums=open_enums)


_PLANS: dict[type, tuple[tuple[str, str, Rule | None], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, str, Rule | None], ...]:
    """(attribute, caller's name, rule or None) of a request model class, computed once per class."""
    plan = _PLANS.get(cls)
    if plan is None:
        rules = schema_rules(cls.__name__)
        plan = tuple(
            (attribute.name, caller_name(attribute.name), rules.get(attribute.name))
            for attribute in attrs.fields(cls)
            if attribute.init  # not additional_properties, nor what a parsed response lacked
        )
        _PLANS[cls] = plan
    return plan


def check_model(model: object, prefix: str = "", *, open_enums: bool = False) -> None:
    """Check a request-body model (generated attrs class) and the models nested in it, at any depth."""
    cls = type(model)
    if not attrs.has(cls):
        return
    for name, caller, rule in _plan(cls):
        value = getattr(model, name)
        if rule is not None:
            check_value(prefix + caller, value, rule, open_enums=open_enums)
        if value is None or isinstance(value, str | int | float | Unset):
            continue
        if attrs.has(type(value)):
            check_model(value, f"{prefix}{caller}.", open_enums=open_enums)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check_model(item, f"{prefix}{caller}[{index}].", open_enums=open_enums)


def enum_value(cls: type[EnumT], value: EnumT | str, field: str) -> EnumT:
    """The member of `cls` for `value` (a member or its string value).

    A string `cls` does not list becomes a stand-in member carrying it (`.value` is the string, as
    the generated request builders read it); whether it may be sent is `check_value`'s decision
    (refused unless enums are open), made before anything is sent.
    """
    if isinstance(value, cls):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    try:
        return cls(raw)
    except ValueError:
        if isinstance(raw, str) and issubclass(cls, str):
            return _unlisted_member(cls, raw)
        allowed = ", ".join(str(member.value) for member in cls)
        raise BeamValidationError(field, f"must be one of {allowed}; got {value!r}") from None


def _unlisted_member(cls: type[EnumT], value: str) -> EnumT:
    """A pseudo-member of the string enum `cls` for a value it does not list (not added to `cls`).

    It pickles (a process pool or Celery worker receives an equal value): `Enum`'s own reduction
    would call `cls(value)`, which refuses a value `cls` does not list.
    """
    member: EnumT = str.__new__(cls, value)  # type: ignore[type-var]  # cls is a str enum (checked by the caller)
    member._name_ = value
    member._value_ = value
    member.__reduce_ex__ = functools.partial(_reduce_unlisted, cls, value)  # type: ignore[method-assign]  # this member only
    return member


def _reduce_unlisted(cls: type[enum.Enum], value: str, protocol: SupportsIndex) -> tuple[Any, ...]:
    return _enum_member, (cls, value)


def _enum_member(cls: type[EnumT], value: str) -> EnumT:
    """Unpickle a member of `cls`, or a stand-in for a value it does not list (the receiving process
    may know the value: then it is the member)."""
    try:
        return cls(value)
    except ValueError:
        return _unlisted_member(cls, value)
