from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.task_node_feedback_per_key import TaskNodeFeedbackPerKey


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_RetryTaskRequest: tuple[str, ...] = ()
_KNOWN_RetryTaskRequest = frozenset(
    (
        "taskNodeId",
        "taskId",
        "taskNodeFeedbackAsText",
        "taskNodeFeedbackPerKeys",
    )
)
_FIELDS_RetryTaskRequest: tuple[str, ...] = (
    "task_node_id",
    "task_id",
    "task_node_feedback_as_text",
    "task_node_feedback_per_keys",
)


@_attrs_define(repr=False)
class RetryTaskRequest:
    """
    Attributes:
        task_node_id (str | None): Task node to retry from
        task_id (str | None): Task to retry
        task_node_feedback_as_text (str | None): General feedback to improve the retry
        task_node_feedback_per_keys (list[TaskNodeFeedbackPerKey] | None): Structured feedback per output field
    """

    task_node_id: str | None = None
    task_id: str | None = None
    task_node_feedback_as_text: str | None = None
    task_node_feedback_per_keys: list[TaskNodeFeedbackPerKey] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_RetryTaskRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.task_node_id
        if value is not None:
            field_dict["taskNodeId"] = value
        value = self.task_id
        if value is not None:
            field_dict["taskId"] = value
        value = self.task_node_feedback_as_text
        if value is not None:
            field_dict["taskNodeFeedbackAsText"] = value
        value = self.task_node_feedback_per_keys
        if value is not None:
            field_dict["taskNodeFeedbackPerKeys"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.task_node_id = get("taskNodeId")
        self.task_id = get("taskId")
        self.task_node_feedback_as_text = get("taskNodeFeedbackAsText")
        value = get("taskNodeFeedbackPerKeys")
        self.task_node_feedback_per_keys = (
            None if value is None else list(map(_models.TaskNodeFeedbackPerKey.from_dict, value))
        )
        if not _KNOWN_RetryTaskRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_RetryTaskRequest
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
