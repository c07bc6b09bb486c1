from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskNodeInputValue: tuple[str, ...] = ()
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
class TaskNodeInputValue:
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
        self = _new(cls)
        get = src_dict.get
        self.id = get("id")
        self.name = get("name")
        self.value = get("value")
        self.question = get("question")
        self.reasoning = get("reasoning")
        self.found = get("found")
        self.required = get("required")
        self.answer = get("answer")
        if not _KNOWN_TaskNodeInputValue.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeInputValue
            }
        else:
            self.additional_properties = {}
        return self

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
