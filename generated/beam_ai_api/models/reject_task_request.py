from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectTaskRequest")


@_attrs_define
class RejectTaskRequest:
    """third-party: all three required

    Attributes:
        task_node_id (str | Unset): (a UUID)
        task_id (str | Unset): (a UUID)
        user_feedback (list[str] | Unset):
    """

    task_node_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    user_feedback: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_node_id = self.task_node_id

        task_id = self.task_id

        user_feedback: list[str] | Unset = UNSET
        if not isinstance(self.user_feedback, Unset):
            user_feedback = self.user_feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_node_id is not UNSET:
            field_dict["taskNodeId"] = task_node_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if user_feedback is not UNSET:
            field_dict["userFeedback"] = user_feedback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_node_id = d.pop("taskNodeId", UNSET)

        task_id = d.pop("taskId", UNSET)

        user_feedback = cast(list[str], d.pop("userFeedback", UNSET))

        reject_task_request = cls(
            task_node_id=task_node_id,
            task_id=task_id,
            user_feedback=user_feedback,
        )

        reject_task_request.additional_properties = d
        return reject_task_request

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
