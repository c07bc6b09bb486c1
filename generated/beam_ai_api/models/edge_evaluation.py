from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_EdgeEvaluation: tuple[str, ...] = ()
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
class EdgeEvaluation:
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
        self = _new(cls)
        get = src_dict.get
        self.target_node_id = get("target_node_id")
        self.eval_criteria = get("eval_criteria")
        self.branch_name = get("branch_name")
        self.reason = get("reason")
        self.selected = get("selected")
        if not _KNOWN_EdgeEvaluation.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_EdgeEvaluation
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
