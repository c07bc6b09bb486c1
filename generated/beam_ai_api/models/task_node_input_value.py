from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskNodeInputValue")


@_attrs_define
class TaskNodeInputValue:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        value (str | Unset):
        question (str | Unset):
        reasoning (str | Unset):
        found (bool | Unset):
        required (bool | Unset):
        answer (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    question: str | Unset = UNSET
    reasoning: str | Unset = UNSET
    found: bool | Unset = UNSET
    required: bool | Unset = UNSET
    answer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        question = self.question

        reasoning = self.reasoning

        found = self.found

        required = self.required

        answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if question is not UNSET:
            field_dict["question"] = question
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if found is not UNSET:
            field_dict["found"] = found
        if required is not UNSET:
            field_dict["required"] = required
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        question = d.pop("question", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        found = d.pop("found", UNSET)

        required = d.pop("required", UNSET)

        answer = d.pop("answer", UNSET)

        task_node_input_value = cls(
            id=id,
            name=name,
            value=value,
            question=question,
            reasoning=reasoning,
            found=found,
            required=required,
            answer=answer,
        )

        task_node_input_value.additional_properties = d
        return task_node_input_value

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
