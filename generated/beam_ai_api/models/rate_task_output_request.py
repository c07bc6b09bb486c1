from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateTaskOutputRequest")


@_attrs_define
class RateTaskOutputRequest:
    """
    Attributes:
        rating (str): third-party docs: positive | negative; script also uses excellent
        task_node_id (str | Unset):
        user_feedback (str | Unset):
        expected_output (str | Unset):
    """

    rating: str
    task_node_id: str | Unset = UNSET
    user_feedback: str | Unset = UNSET
    expected_output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        task_node_id = self.task_node_id

        user_feedback = self.user_feedback

        expected_output = self.expected_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
            }
        )
        if task_node_id is not UNSET:
            field_dict["taskNodeId"] = task_node_id
        if user_feedback is not UNSET:
            field_dict["userFeedback"] = user_feedback
        if expected_output is not UNSET:
            field_dict["expectedOutput"] = expected_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rating = d.pop("rating")

        task_node_id = d.pop("taskNodeId", UNSET)

        user_feedback = d.pop("userFeedback", UNSET)

        expected_output = d.pop("expectedOutput", UNSET)

        rate_task_output_request = cls(
            rating=rating,
            task_node_id=task_node_id,
            user_feedback=user_feedback,
            expected_output=expected_output,
        )

        rate_task_output_request.additional_properties = d
        return rate_task_output_request

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
