from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_SampleTask: tuple[str, ...] = ("id",)
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
class SampleTask:
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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("SampleTask", error, src_dict, _REQUIRED_SampleTask) from None
        self.agent_id = get("agentId")
        self.custom_id = get("customId")
        self.task_objective = get("taskObjective")
        self.task_query = get("taskQuery")
        self.status = get("status")
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        value = get("deletedAt")
        self.deleted_at = None if value is None else _datetime_from(value)
        if not _KNOWN_SampleTask.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_SampleTask}
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
