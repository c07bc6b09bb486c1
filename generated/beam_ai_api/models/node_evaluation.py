from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_NodeEvaluation: tuple[str, ...] = ()
_KNOWN_NodeEvaluation = frozenset(
    (
        "name",
        "score",
        "success",
        "objective",
        "reasoning",
        "evaluationCategory",
        "evaluationReasoning",
        "improvementSuggestions",
    )
)
_FIELDS_NodeEvaluation: tuple[str, ...] = (
    "name",
    "score",
    "success",
    "objective",
    "reasoning",
    "evaluation_category",
    "evaluation_reasoning",
    "improvement_suggestions",
)


@_attrs_define(repr=False)
class NodeEvaluation:
    """
    Attributes:
        name (str | None):
        score (float | None):
        success (bool | None):
        objective (str | None):
        reasoning (str | None):
        evaluation_category (str | None):
        evaluation_reasoning (str | None):
        improvement_suggestions (str | None):
    """

    name: str | None = None
    score: float | None = None
    success: bool | None = None
    objective: str | None = None
    reasoning: str | None = None
    evaluation_category: str | None = None
    evaluation_reasoning: str | None = None
    improvement_suggestions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_NodeEvaluation)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.score
        if value is not None:
            field_dict["score"] = value
        value = self.success
        if value is not None:
            field_dict["success"] = value
        value = self.objective
        if value is not None:
            field_dict["objective"] = value
        value = self.reasoning
        if value is not None:
            field_dict["reasoning"] = value
        value = self.evaluation_category
        if value is not None:
            field_dict["evaluationCategory"] = value
        value = self.evaluation_reasoning
        if value is not None:
            field_dict["evaluationReasoning"] = value
        value = self.improvement_suggestions
        if value is not None:
            field_dict["improvementSuggestions"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.name = get("name")
        self.score = get("score")
        self.success = get("success")
        self.objective = get("objective")
        self.reasoning = get("reasoning")
        self.evaluation_category = get("evaluationCategory")
        self.evaluation_reasoning = get("evaluationReasoning")
        self.improvement_suggestions = get("improvementSuggestions")
        if not _KNOWN_NodeEvaluation.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_NodeEvaluation
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
