from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_node_feedback_per_key import TaskNodeFeedbackPerKey


T = TypeVar("T", bound="RetryTaskRequest")


@_attrs_define
class RetryTaskRequest:
    """
    Attributes:
        task_node_id (str | Unset): Task node to retry from
        task_id (str | Unset): Task to retry
        task_node_feedback_as_text (str | Unset): General feedback to improve the retry
        task_node_feedback_per_keys (list[TaskNodeFeedbackPerKey] | Unset): Structured feedback per output field
    """

    task_node_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    task_node_feedback_as_text: str | Unset = UNSET
    task_node_feedback_per_keys: list[TaskNodeFeedbackPerKey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_node_id = self.task_node_id

        task_id = self.task_id

        task_node_feedback_as_text = self.task_node_feedback_as_text

        task_node_feedback_per_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_node_feedback_per_keys, Unset):
            task_node_feedback_per_keys = []
            for task_node_feedback_per_keys_item_data in self.task_node_feedback_per_keys:
                task_node_feedback_per_keys_item = task_node_feedback_per_keys_item_data.to_dict()
                task_node_feedback_per_keys.append(task_node_feedback_per_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_node_id is not UNSET:
            field_dict["taskNodeId"] = task_node_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_node_feedback_as_text is not UNSET:
            field_dict["taskNodeFeedbackAsText"] = task_node_feedback_as_text
        if task_node_feedback_per_keys is not UNSET:
            field_dict["taskNodeFeedbackPerKeys"] = task_node_feedback_per_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_node_feedback_per_key import TaskNodeFeedbackPerKey

        d = dict(src_dict)
        task_node_id = d.pop("taskNodeId", UNSET)

        task_id = d.pop("taskId", UNSET)

        task_node_feedback_as_text = d.pop("taskNodeFeedbackAsText", UNSET)

        _task_node_feedback_per_keys = d.pop("taskNodeFeedbackPerKeys", UNSET)
        task_node_feedback_per_keys: list[TaskNodeFeedbackPerKey] | Unset = UNSET
        if _task_node_feedback_per_keys is not UNSET:
            task_node_feedback_per_keys = []
            for task_node_feedback_per_keys_item_data in _task_node_feedback_per_keys:
                task_node_feedback_per_keys_item = TaskNodeFeedbackPerKey.from_dict(
                    task_node_feedback_per_keys_item_data
                )

                task_node_feedback_per_keys.append(task_node_feedback_per_keys_item)

        retry_task_request = cls(
            task_node_id=task_node_id,
            task_id=task_id,
            task_node_feedback_as_text=task_node_feedback_as_text,
            task_node_feedback_per_keys=task_node_feedback_per_keys,
        )

        retry_task_request.additional_properties = d
        return retry_task_request

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
