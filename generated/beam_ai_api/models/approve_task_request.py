from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ApproveTaskRequest: tuple[str, ...] = ()
_KNOWN_ApproveTaskRequest = frozenset(
    (
        "taskNodeId",
        "consent",
        "taskId",
        "feedback",
        "toolId",
        "toolParameters",
    )
)
_FIELDS_ApproveTaskRequest: tuple[str, ...] = (
    "task_node_id",
    "consent",
    "task_id",
    "feedback",
    "tool_id",
    "tool_parameters",
)


@_attrs_define(repr=False)
class ApproveTaskRequest:
    """
    Attributes:
        task_node_id (str | None): (a UUID)
        consent (bool | None): true to approve (the default), false to refuse.
        task_id (str | None): (a UUID)
        feedback (str | None):
        tool_id (str | None): (a UUID)
        tool_parameters (Any | None): free-form overrides, e.g. {max_retries, timeout_ms, priority, include_attachments}
            Free-form JSON object.
    """

    task_node_id: str | None = None
    consent: bool | None = True
    task_id: str | None = None
    feedback: str | None = None
    tool_id: str | None = None
    tool_parameters: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ApproveTaskRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.task_node_id
        if value is not None:
            field_dict["taskNodeId"] = value
        value = self.consent
        if value is not None:
            field_dict["consent"] = value
        value = self.task_id
        if value is not None:
            field_dict["taskId"] = value
        value = self.feedback
        if value is not None:
            field_dict["feedback"] = value
        value = self.tool_id
        if value is not None:
            field_dict["toolId"] = value
        value = self.tool_parameters
        if value is not None:
            field_dict["toolParameters"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.task_node_id = get("taskNodeId")
        self.consent = get("consent")
        self.task_id = get("taskId")
        self.feedback = get("feedback")
        self.tool_id = get("toolId")
        self.tool_parameters = get("toolParameters")
        if not _KNOWN_ApproveTaskRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ApproveTaskRequest
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
