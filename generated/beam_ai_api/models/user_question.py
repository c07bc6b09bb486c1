from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.food_for_thought import FoodForThought


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_UserQuestion = frozenset(
    (
        "question",
        "answer",
        "parameter",
        "memoryAnswer",
        "foodForThought",
    )
)
_FIELDS_UserQuestion: tuple[str, ...] = (
    "question",
    "answer",
    "parameter",
    "memory_answer",
    "food_for_thought",
)


@_attrs_define(repr=False)
class UserQuestion(ResponseModel):
    """
    Attributes:
        question (str | None):
        answer (str | None):
        parameter (str | None):
        memory_answer (bool | None):
        food_for_thought (list[FoodForThought] | None):
    """

    question: str | None = None
    answer: str | None = None
    parameter: str | None = None
    memory_answer: bool | None = None
    food_for_thought: list[FoodForThought] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UserQuestion)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.question
        if value is not None:
            field_dict["question"] = value
        value = self.answer
        if value is not None:
            field_dict["answer"] = value
        value = self.parameter
        if value is not None:
            field_dict["parameter"] = value
        value = self.memory_answer
        if value is not None:
            field_dict["memoryAnswer"] = value
        value = self.food_for_thought
        if value is not None:
            field_dict["foodForThought"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("question")
            if value.__class__ is not str and value is not None:
                raise TypeError("question")
            self.question = value
            value = src_dict.get("answer")
            if value.__class__ is not str and value is not None:
                raise TypeError("answer")
            self.answer = value
            value = src_dict.get("parameter")
            if value.__class__ is not str and value is not None:
                raise TypeError("parameter")
            self.parameter = value
            value = src_dict.get("memoryAnswer")
            if value.__class__ is not bool and value is not None:
                raise TypeError("memoryAnswer")
            self.memory_answer = value
            value = src_dict.get("foodForThought")
            self.food_for_thought = None if value is None else list(map(_models.FoodForThought.from_dict, value))
            if not _KNOWN_UserQuestion.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UserQuestion
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UserQuestion, _KNOWN_UserQuestion)
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


_SPEC_UserQuestion: tuple[FieldSpec, ...] = (
    FieldSpec("question", "question", as_str, "str", False, False, False, ""),
    FieldSpec("answer", "answer", as_str, "str", False, False, False, ""),
    FieldSpec("parameter", "parameter", as_str, "str", False, False, False, ""),
    FieldSpec("memoryAnswer", "memory_answer", as_bool, "bool", False, False, False, ""),
    FieldSpec(
        "foodForThought",
        "food_for_thought",
        as_list(as_model("FoodForThought")),
        "list[FoodForThought]",
        False,
        False,
        False,
        "FoodForThought",
    ),
)
