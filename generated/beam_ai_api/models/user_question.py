from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.food_for_thought import FoodForThought


T = TypeVar("T", bound="UserQuestion")


@_attrs_define
class UserQuestion:
    """
    Attributes:
        question (str | Unset):
        answer (str | Unset):
        parameter (str | Unset):
        memory_answer (bool | Unset):
        food_for_thought (list[FoodForThought] | Unset):
    """

    question: str | Unset = UNSET
    answer: str | Unset = UNSET
    parameter: str | Unset = UNSET
    memory_answer: bool | Unset = UNSET
    food_for_thought: list[FoodForThought] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        answer = self.answer

        parameter = self.parameter

        memory_answer = self.memory_answer

        food_for_thought: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.food_for_thought, Unset):
            food_for_thought = []
            for food_for_thought_item_data in self.food_for_thought:
                food_for_thought_item = food_for_thought_item_data.to_dict()
                food_for_thought.append(food_for_thought_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if question is not UNSET:
            field_dict["question"] = question
        if answer is not UNSET:
            field_dict["answer"] = answer
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if memory_answer is not UNSET:
            field_dict["memoryAnswer"] = memory_answer
        if food_for_thought is not UNSET:
            field_dict["foodForThought"] = food_for_thought

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.food_for_thought import FoodForThought

        d = dict(src_dict)
        question = d.pop("question", UNSET)

        answer = d.pop("answer", UNSET)

        parameter = d.pop("parameter", UNSET)

        memory_answer = d.pop("memoryAnswer", UNSET)

        _food_for_thought = d.pop("foodForThought", UNSET)
        food_for_thought: list[FoodForThought] | Unset = UNSET
        if _food_for_thought is not UNSET:
            food_for_thought = []
            for food_for_thought_item_data in _food_for_thought:
                food_for_thought_item = FoodForThought.from_dict(food_for_thought_item_data)

                food_for_thought.append(food_for_thought_item)

        user_question = cls(
            question=question,
            answer=answer,
            parameter=parameter,
            memory_answer=memory_answer,
            food_for_thought=food_for_thought,
        )

        user_question.additional_properties = d
        return user_question

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
