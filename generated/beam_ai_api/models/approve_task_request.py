from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveTaskRequest")


@_attrs_define
class ApproveTaskRequest:
    """third-party: taskNodeId, consent, taskId required

    Attributes:
        task_node_id (str | Unset): (a UUID)
        consent (bool | Unset): true to approve (the default), false to refuse. Default: True.
        task_id (str | Unset): (a UUID)
        feedback (str | Unset):
        tool_id (str | Unset): (a UUID)
        tool_parameters (Any | Unset): free-form overrides, e.g. {max_retries, timeout_ms, priority,
            include_attachments} Free-form JSON object.
    """

    task_node_id: str | Unset = UNSET
    consent: bool | Unset = True
    task_id: str | Unset = UNSET
    feedback: str | Unset = UNSET
    tool_id: str | Unset = UNSET
    tool_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_node_id = self.task_node_id

        consent = self.consent

        task_id = self.task_id

        feedback = self.feedback

        tool_id = self.tool_id

        tool_parameters = self.tool_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_node_id is not UNSET:
            field_dict["taskNodeId"] = task_node_id
        if consent is not UNSET:
            field_dict["consent"] = consent
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_parameters is not UNSET:
            field_dict["toolParameters"] = tool_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_node_id = d.pop("taskNodeId", UNSET)

        consent = d.pop("consent", UNSET)

        task_id = d.pop("taskId", UNSET)

        feedback = d.pop("feedback", UNSET)

        tool_id = d.pop("toolId", UNSET)

        tool_parameters = d.pop("toolParameters", UNSET)

        approve_task_request = cls(
            task_node_id=task_node_id,
            consent=consent,
            task_id=task_id,
            feedback=feedback,
            tool_id=tool_id,
            tool_parameters=tool_parameters,
        )

        approve_task_request.additional_properties = d
        return approve_task_request

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
