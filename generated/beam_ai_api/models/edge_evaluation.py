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
_KNOWN_EdgeEvaluation = frozenset(
    (
        "target_node_id",
        "eval_criteria",
        "branch_name",
        "reason",
        "selected",
    )
)
_FIELDS_EdgeEvaluation: tuple[str, ...] = (
    "target_node_id",
    "eval_criteria",
    "branch_name",
    "reason",
    "selected",
)


@_attrs_define(repr=False)
class EdgeEvaluation(ResponseModel):
    """
    Attributes:
        target_node_id (str | None):
        eval_criteria (str | None):
        branch_name (str | None):
        reason (str | None):
        selected (bool | None):
    """

    target_node_id: str | None = None
    eval_criteria: str | None = None
    branch_name: str | None = None
    reason: str | None = None
    selected: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_EdgeEvaluation)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.target_node_id
        if value is not None:
            field_dict["target_node_id"] = value
        value = self.eval_criteria
        if value is not None:
            field_dict["eval_criteria"] = value
        value = self.branch_name
        if value is not None:
            field_dict["branch_name"] = value
        value = self.reason
        if value is not None:
            field_dict["reason"] = value
        value = self.selected
        if value is not None:
            field_dict["selected"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("target_node_id")
            if value.__class__ is not str and value is not None:
                raise TypeError("target_node_id")
            self.target_node_id = value
            value = src_dict.get("eval_criteria")
            if value.__class__ is not str and value is not None:
                raise TypeError("eval_criteria")
            self.eval_criteria = value
            value = src_dict.get("branch_name")
            if value.__class__ is not str and value is not None:
                raise TypeError("branch_name")
            self.branch_name = value
            value = src_dict.get("reason")
            if value.__class__ is not str and value is not None:
                raise TypeError("reason")
            self.reason = value
            value = src_dict.get("selected")
            if value.__class__ is not bool and value is not None:
                raise TypeError("selected")
            self.selected = value
            if not _KNOWN_EdgeEvaluation.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_EdgeEvaluation
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_EdgeEvaluation, _KNOWN_EdgeEvaluation)
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


_SPEC_EdgeEvaluation: tuple[FieldSpec, ...] = (
    FieldSpec("target_node_id", "target_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("eval_criteria", "eval_criteria", as_str, "str", False, False, False, ""),
    FieldSpec("branch_name", "branch_name", as_str, "str", False, False, False, ""),
    FieldSpec("reason", "reason", as_str, "str", False, False, False, ""),
    FieldSpec("selected", "selected", as_bool, "bool", False, False, False, ""),
)
