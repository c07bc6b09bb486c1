from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskNodeFeedback")


@_attrs_define
class TaskNodeFeedback:
    """third-party: id, feedback, positive required

    Attributes:
        positive (bool | Unset):
        id (str | Unset): (a UUID)
        feedback (str | Unset):
        expected_output (str | Unset): JSON-stringified array of output param objects in the example
    """

    positive: bool | Unset = UNSET
    id: str | Unset = UNSET
    feedback: str | Unset = UNSET
    expected_output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positive = self.positive

        id = self.id

        feedback = self.feedback

        expected_output = self.expected_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positive is not UNSET:
            field_dict["positive"] = positive
        if id is not UNSET:
            field_dict["id"] = id
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if expected_output is not UNSET:
            field_dict["expectedOutput"] = expected_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        positive = d.pop("positive", UNSET)

        id = d.pop("id", UNSET)

        feedback = d.pop("feedback", UNSET)

        expected_output = d.pop("expectedOutput", UNSET)

        task_node_feedback = cls(
            positive=positive,
            id=id,
            feedback=feedback,
            expected_output=expected_output,
        )

        task_node_feedback.additional_properties = d
        return task_node_feedback

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
