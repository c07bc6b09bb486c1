from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdgeEvaluation")


@_attrs_define
class EdgeEvaluation:
    """
    Attributes:
        target_node_id (str | Unset):
        eval_criteria (str | Unset):
        branch_name (str | Unset):
        reason (str | Unset):
        selected (bool | Unset):
    """

    target_node_id: str | Unset = UNSET
    eval_criteria: str | Unset = UNSET
    branch_name: str | Unset = UNSET
    reason: str | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_node_id = self.target_node_id

        eval_criteria = self.eval_criteria

        branch_name = self.branch_name

        reason = self.reason

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_node_id is not UNSET:
            field_dict["target_node_id"] = target_node_id
        if eval_criteria is not UNSET:
            field_dict["eval_criteria"] = eval_criteria
        if branch_name is not UNSET:
            field_dict["branch_name"] = branch_name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_node_id = d.pop("target_node_id", UNSET)

        eval_criteria = d.pop("eval_criteria", UNSET)

        branch_name = d.pop("branch_name", UNSET)

        reason = d.pop("reason", UNSET)

        selected = d.pop("selected", UNSET)

        edge_evaluation = cls(
            target_node_id=target_node_id,
            eval_criteria=eval_criteria,
            branch_name=branch_name,
            reason=reason,
            selected=selected,
        )

        edge_evaluation.additional_properties = d
        return edge_evaluation

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
