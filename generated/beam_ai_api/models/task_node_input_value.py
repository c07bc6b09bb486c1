from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_TaskNodeInputValue = frozenset(
    (
        "id",
        "name",
        "value",
        "question",
        "reasoning",
        "found",
        "required",
        "answer",
    )
)
_FIELDS_TaskNodeInputValue: tuple[str, ...] = (
    "id",
    "name",
    "value",
    "question",
    "reasoning",
    "found",
    "required",
    "answer",
)


@_attrs_define(repr=False)
class TaskNodeInputValue(ResponseModel):
    """
    Attributes:
        id (str | None):
        name (str | None):
        value (str | None):
        question (str | None):
        reasoning (str | None):
        found (bool | None):
        required (bool | None):
        answer (str | None):
    """

    id: str | None = None
    name: str | None = None
    value: str | None = None
    question: str | None = None
    reasoning: str | None = None
    found: bool | None = None
    required: bool | None = None
    answer: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskNodeInputValue)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.value
        if value is not None:
            field_dict["value"] = value
        value = self.question
        if value is not None:
            field_dict["question"] = value
        value = self.reasoning
        if value is not None:
            field_dict["reasoning"] = value
        value = self.found
        if value is not None:
            field_dict["found"] = value
        value = self.required
        if value is not None:
            field_dict["required"] = value
        value = self.answer
        if value is not None:
            field_dict["answer"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("value")
            if value.__class__ is not str and value is not None:
                raise TypeError("value")
            self.value = value
            value = src_dict.get("question")
            if value.__class__ is not str and value is not None:
                raise TypeError("question")
            self.question = value
            value = src_dict.get("reasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("reasoning")
            self.reasoning = value
            value = src_dict.get("found")
            if value.__class__ is not bool and value is not None:
                raise TypeError("found")
            self.found = value
            value = src_dict.get("required")
            if value.__class__ is not bool and value is not None:
                raise TypeError("required")
            self.required = value
            value = src_dict.get("answer")
            if value.__class__ is not str and value is not None:
                raise TypeError("answer")
            self.answer = value
            if not _KNOWN_TaskNodeInputValue.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeInputValue
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskNodeInputValue, _KNOWN_TaskNodeInputValue)
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_SPEC_TaskNodeInputValue: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("value", "value", as_str, "str", False, False, False, ""),
    FieldSpec("question", "question", as_str, "str", False, False, False, ""),
    FieldSpec("reasoning", "reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("found", "found", as_bool, "bool", False, False, False, ""),
    FieldSpec("required", "required", as_bool, "bool", False, False, False, ""),
    FieldSpec("answer", "answer", as_str, "str", False, False, False, ""),
)
