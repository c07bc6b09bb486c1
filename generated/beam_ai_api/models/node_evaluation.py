from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class NodeEvaluation(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("score")
            if value.__class__ not in NUMBER_N:
                raise TypeError("score")
            self.score = value
            value = src_dict.get("success")
            if value.__class__ is not bool and value is not None:
                raise TypeError("success")
            self.success = value
            value = src_dict.get("objective")
            if value.__class__ is not str and value is not None:
                raise TypeError("objective")
            self.objective = value
            value = src_dict.get("reasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("reasoning")
            self.reasoning = value
            value = src_dict.get("evaluationCategory")
            if value.__class__ is not str and value is not None:
                raise TypeError("evaluationCategory")
            self.evaluation_category = value
            value = src_dict.get("evaluationReasoning")
            if value.__class__ is not str and value is not None:
                raise TypeError("evaluationReasoning")
            self.evaluation_reasoning = value
            value = src_dict.get("improvementSuggestions")
            if value.__class__ is not str and value is not None:
                raise TypeError("improvementSuggestions")
            self.improvement_suggestions = value
            if not _KNOWN_NodeEvaluation.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_NodeEvaluation
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_NodeEvaluation, _KNOWN_NodeEvaluation)
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


_SPEC_NodeEvaluation: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("score", "score", as_number, "float", False, False, False, ""),
    FieldSpec("success", "success", as_bool, "bool", False, False, False, ""),
    FieldSpec("objective", "objective", as_str, "str", False, False, False, ""),
    FieldSpec("reasoning", "reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("evaluationCategory", "evaluation_category", as_str, "str", False, False, False, ""),
    FieldSpec("evaluationReasoning", "evaluation_reasoning", as_str, "str", False, False, False, ""),
    FieldSpec("improvementSuggestions", "improvement_suggestions", as_str, "str", False, False, False, ""),
)
