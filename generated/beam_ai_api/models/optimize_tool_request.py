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
    as_bool,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.task_node_feedback import TaskNodeFeedback


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_OptimizeToolRequest = frozenset(
    (
        "agentId",
        "taskNodes",
        "autoUpdateTool",
    )
)
_FIELDS_OptimizeToolRequest: tuple[str, ...] = (
    "agent_id",
    "task_nodes",
    "auto_update_tool",
)


@_attrs_define(repr=False)
class OptimizeToolRequest(ResponseModel):
    """
    Attributes:
        agent_id (str): Agent whose tool is optimised
        task_nodes (list[TaskNodeFeedback] | None):
        auto_update_tool (bool | None):
    """

    agent_id: str
    task_nodes: list[TaskNodeFeedback] | None = None
    auto_update_tool: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_OptimizeToolRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["agentId"] = self.agent_id
        value = self.task_nodes
        if value is not None:
            field_dict["taskNodes"] = [value_item.to_dict() for value_item in value]
        value = self.auto_update_tool
        if value is not None:
            field_dict["autoUpdateTool"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("agentId")
            if value.__class__ is not str:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("taskNodes")
            self.task_nodes = None if value is None else list(map(_models.TaskNodeFeedback.from_dict, value))
            value = src_dict.get("autoUpdateTool")
            if value.__class__ is not bool and value is not None:
                raise TypeError("autoUpdateTool")
            self.auto_update_tool = value
            if not _KNOWN_OptimizeToolRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_OptimizeToolRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_OptimizeToolRequest, _KNOWN_OptimizeToolRequest)
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


_SPEC_OptimizeToolRequest: tuple[FieldSpec, ...] = (
    FieldSpec("agentId", "agent_id", as_str, "str", True, False, False, ""),
    FieldSpec(
        "taskNodes",
        "task_nodes",
        as_list(as_model("TaskNodeFeedback")),
        "list[TaskNodeFeedback]",
        False,
        False,
        False,
        "TaskNodeFeedback",
    ),
    FieldSpec("autoUpdateTool", "auto_update_tool", as_bool, "bool", False, False, False, ""),
)
