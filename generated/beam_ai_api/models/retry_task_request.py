from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.task_node_feedback_per_key import TaskNodeFeedbackPerKey


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class RetryTaskRequest(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("taskNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskNodeId")
            self.task_node_id = value
            value = src_dict.get("taskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskId")
            self.task_id = value
            value = src_dict.get("taskNodeFeedbackAsText")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskNodeFeedbackAsText")
            self.task_node_feedback_as_text = value
            value = src_dict.get("taskNodeFeedbackPerKeys")
            self.task_node_feedback_per_keys = (
                None if value is None else list(map(_models.TaskNodeFeedbackPerKey.from_dict, value))
            )
            if not _KNOWN_RetryTaskRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_RetryTaskRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_RetryTaskRequest, _KNOWN_RetryTaskRequest)
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


_SPEC_RetryTaskRequest: tuple[FieldSpec, ...] = (
    FieldSpec("taskNodeId", "task_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("taskId", "task_id", as_str, "str", False, False, False, ""),
    FieldSpec("taskNodeFeedbackAsText", "task_node_feedback_as_text", as_str, "str", False, False, False, ""),
    FieldSpec(
        "taskNodeFeedbackPerKeys",
        "task_node_feedback_per_keys",
        as_list(as_model("TaskNodeFeedbackPerKey")),
        "list[TaskNodeFeedbackPerKey]",
        False,
        False,
        False,
        "TaskNodeFeedbackPerKey",
    ),
)
