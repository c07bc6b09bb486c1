from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_datetime,
    as_int,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_TaskNodeParentTask = frozenset(
    (
        "agentGraphId",
        "manualRetryCount",
        "isSuccess",
        "isViewed",
        "canRerunTaskNode",
        "mode",
        "status",
        "taskReceiveAt",
        "id",
        "createdAt",
        "updatedAt",
        "customId",
        "originalTaskQuery",
        "taskObjective",
    )
)
_FIELDS_TaskNodeParentTask: tuple[str, ...] = (
    "agent_graph_id",
    "manual_retry_count",
    "is_success",
    "is_viewed",
    "can_rerun_task_node",
    "mode",
    "status",
    "task_receive_at",
    "id",
    "created_at",
    "updated_at",
    "custom_id",
    "original_task_query",
    "task_objective",
)


@_attrs_define(repr=False)
class TaskNodeParentTask(ResponseModel):
    """
    Attributes:
        agent_graph_id (str | None):
        manual_retry_count (int | None):
        is_success (bool | None):
        is_viewed (bool | None):
        can_rerun_task_node (bool | None):
        mode (str | None):
        status (str | None):
        task_receive_at (float | None):
        id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        custom_id (str | None):
        original_task_query (str | None):
        task_objective (str | None):
    """

    agent_graph_id: str | None = None
    manual_retry_count: int | None = None
    is_success: bool | None = None
    is_viewed: bool | None = None
    can_rerun_task_node: bool | None = None
    mode: str | None = None
    status: str | None = None
    task_receive_at: float | None = None
    id: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    custom_id: str | None = None
    original_task_query: str | None = None
    task_objective: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskNodeParentTask)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_graph_id
        if value is not None:
            field_dict["agentGraphId"] = value
        value = self.manual_retry_count
        if value is not None:
            field_dict["manualRetryCount"] = value
        value = self.is_success
        if value is not None:
            field_dict["isSuccess"] = value
        value = self.is_viewed
        if value is not None:
            field_dict["isViewed"] = value
        value = self.can_rerun_task_node
        if value is not None:
            field_dict["canRerunTaskNode"] = value
        value = self.mode
        if value is not None:
            field_dict["mode"] = value
        value = self.status
        if value is not None:
            field_dict["status"] = value
        value = self.task_receive_at
        if value is not None:
            field_dict["taskReceiveAt"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.original_task_query
        if value is not None:
            field_dict["originalTaskQuery"] = value
        value = self.task_objective
        if value is not None:
            field_dict["taskObjective"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("agentGraphId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphId")
            self.agent_graph_id = value
            value = src_dict.get("manualRetryCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("manualRetryCount")
            self.manual_retry_count = value
            value = src_dict.get("isSuccess")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isSuccess")
            self.is_success = value
            value = src_dict.get("isViewed")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isViewed")
            self.is_viewed = value
            value = src_dict.get("canRerunTaskNode")
            if value.__class__ is not bool and value is not None:
                raise TypeError("canRerunTaskNode")
            self.can_rerun_task_node = value
            value = src_dict.get("mode")
            if value.__class__ is not str and value is not None:
                raise TypeError("mode")
            self.mode = value
            value = src_dict.get("status")
            if value.__class__ is not str and value is not None:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("taskReceiveAt")
            if value.__class__ not in NUMBER_N:
                raise TypeError("taskReceiveAt")
            self.task_receive_at = value
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("customId")
            if value.__class__ is not str and value is not None:
                raise TypeError("customId")
            self.custom_id = value
            value = src_dict.get("originalTaskQuery")
            if value.__class__ is not str and value is not None:
                raise TypeError("originalTaskQuery")
            self.original_task_query = value
            value = src_dict.get("taskObjective")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskObjective")
            self.task_objective = value
            if not _KNOWN_TaskNodeParentTask.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeParentTask
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskNodeParentTask, _KNOWN_TaskNodeParentTask)
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


_SPEC_TaskNodeParentTask: tuple[FieldSpec, ...] = (
    FieldSpec("agentGraphId", "agent_graph_id", as_str, "str", False, False, False, ""),
    FieldSpec("manualRetryCount", "manual_retry_count", as_int, "int", False, False, False, ""),
    FieldSpec("isSuccess", "is_success", as_bool, "bool", False, False, False, ""),
    FieldSpec("isViewed", "is_viewed", as_bool, "bool", False, False, False, ""),
    FieldSpec("canRerunTaskNode", "can_rerun_task_node", as_bool, "bool", False, False, False, ""),
    FieldSpec("mode", "mode", as_str, "str", False, False, False, ""),
    FieldSpec("status", "status", as_str, "str", False, False, False, ""),
    FieldSpec("taskReceiveAt", "task_receive_at", as_number, "float", False, False, False, ""),
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("customId", "custom_id", as_str, "str", False, False, False, ""),
    FieldSpec("originalTaskQuery", "original_task_query", as_str, "str", False, False, False, ""),
    FieldSpec("taskObjective", "task_objective", as_str, "str", False, False, False, ""),
)
