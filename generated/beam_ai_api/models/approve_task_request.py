from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_bool,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class ApproveTaskRequest(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("taskNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskNodeId")
            self.task_node_id = value
            value = src_dict.get("consent")
            if value.__class__ is not bool and value is not None:
                raise TypeError("consent")
            self.consent = value
            value = src_dict.get("taskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskId")
            self.task_id = value
            value = src_dict.get("feedback")
            if value.__class__ is not str and value is not None:
                raise TypeError("feedback")
            self.feedback = value
            value = src_dict.get("toolId")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolId")
            self.tool_id = value
            self.tool_parameters = src_dict.get("toolParameters")
            if not _KNOWN_ApproveTaskRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ApproveTaskRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ApproveTaskRequest, _KNOWN_ApproveTaskRequest)
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


_SPEC_ApproveTaskRequest: tuple[FieldSpec, ...] = (
    FieldSpec("taskNodeId", "task_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("consent", "consent", as_bool, "bool", False, False, False, ""),
    FieldSpec("taskId", "task_id", as_str, "str", False, False, False, ""),
    FieldSpec("feedback", "feedback", as_str, "str", False, False, False, ""),
    FieldSpec("toolId", "tool_id", as_str, "str", False, False, False, ""),
    FieldSpec("toolParameters", "tool_parameters", as_any, "Any", False, False, False, ""),
)
