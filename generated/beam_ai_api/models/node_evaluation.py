from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeEvaluation")


@_attrs_define
class NodeEvaluation:
    """
    Attributes:
        name (str | Unset):
        score (float | Unset):
        success (bool | Unset):
        objective (str | Unset):
        reasoning (str | Unset):
        evaluation_category (str | Unset):
        evaluation_reasoning (str | Unset):
        improvement_suggestions (str | Unset):
    """

    name: str | Unset = UNSET
    score: float | Unset = UNSET
    success: bool | Unset = UNSET
    objective: str | Unset = UNSET
    reasoning: str | Unset = UNSET
    evaluation_category: str | Unset = UNSET
    evaluation_reasoning: str | Unset = UNSET
    improvement_suggestions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        score = self.score

        success = self.success

        objective = self.objective

        reasoning = self.reasoning

        evaluation_category = self.evaluation_category

        evaluation_reasoning = self.evaluation_reasoning

        improvement_suggestions = self.improvement_suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score
        if success is not UNSET:
            field_dict["success"] = success
        if objective is not UNSET:
            field_dict["objective"] = objective
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if evaluation_category is not UNSET:
            field_dict["evaluationCategory"] = evaluation_category
        if evaluation_reasoning is not UNSET:
            field_dict["evaluationReasoning"] = evaluation_reasoning
        if improvement_suggestions is not UNSET:
            field_dict["improvementSuggestions"] = improvement_suggestions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        score = d.pop("score", UNSET)

        success = d.pop("success", UNSET)

        objective = d.pop("objective", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        evaluation_category = d.pop("evaluationCategory", UNSET)

        evaluation_reasoning = d.pop("evaluationReasoning", UNSET)

        improvement_suggestions = d.pop("improvementSuggestions", UNSET)

        node_evaluation = cls(
            name=name,
            score=score,
            success=success,
            objective=objective,
            reasoning=reasoning,
            evaluation_category=evaluation_category,
            evaluation_reasoning=evaluation_reasoning,
            improvement_suggestions=improvement_suggestions,
        )

        node_evaluation.additional_properties = d
        return node_evaluation

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
