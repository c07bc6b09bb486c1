from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_datetime,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_SampleTask = frozenset(
    (
        "id",
        "agentId",
        "customId",
        "taskObjective",
        "taskQuery",
        "status",
        "createdAt",
        "updatedAt",
        "deletedAt",
    )
)
_FIELDS_SampleTask: tuple[str, ...] = (
    "id",
    "agent_id",
    "custom_id",
    "task_objective",
    "task_query",
    "status",
    "created_at",
    "updated_at",
    "deleted_at",
)


@_attrs_define(repr=False)
class SampleTask(ResponseModel):
    """
    Attributes:
        id (str):
        agent_id (str | None):
        custom_id (str | None):
        task_objective (str | None):
        task_query (str | None):
        status (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        deleted_at (datetime.datetime | None):
    """

    id: str
    agent_id: str | None = None
    custom_id: str | None = None
    task_objective: str | None = None
    task_query: str | None = None
    status: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_SampleTask)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.task_objective
        if value is not None:
            field_dict["taskObjective"] = value
        value = self.task_query
        if value is not None:
            field_dict["taskQuery"] = value
        value = self.status
        if value is not None:
            field_dict["status"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.deleted_at
        if value is not None:
            field_dict["deletedAt"] = value.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("customId")
            if value.__class__ is not str and value is not None:
                raise TypeError("customId")
            self.custom_id = value
            value = src_dict.get("taskObjective")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskObjective")
            self.task_objective = value
            value = src_dict.get("taskQuery")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskQuery")
            self.task_query = value
            value = src_dict.get("status")
            if value.__class__ is not str and value is not None:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("deletedAt")
            self.deleted_at = None if value is None else _datetime_from(value)
            if not _KNOWN_SampleTask.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_SampleTask
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_SampleTask, _KNOWN_SampleTask)
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


_SPEC_SampleTask: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("agentId", "agent_id", as_str, "str", False, False, False, ""),
    FieldSpec("customId", "custom_id", as_str, "str", False, False, False, ""),
    FieldSpec("taskObjective", "task_objective", as_str, "str", False, False, False, ""),
    FieldSpec("taskQuery", "task_query", as_str, "str", False, False, False, ""),
    FieldSpec("status", "status", as_str, "str", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("deletedAt", "deleted_at", as_datetime, "datetime.datetime", False, True, False, ""),
)
