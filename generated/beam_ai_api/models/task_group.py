from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.minimal_agent_task import MinimalAgentTask


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskGroup: tuple[str, ...] = ()
_KNOWN_TaskGroup = frozenset(
    (
        "tasks",
        "groupName",
        "groupId",
        "groupCount",
        "groupIcon",
    )
)
_FIELDS_TaskGroup: tuple[str, ...] = (
    "tasks",
    "group_name",
    "group_id",
    "group_count",
    "group_icon",
)


@_attrs_define(repr=False)
class TaskGroup:
    """
    Attributes:
        tasks (list[MinimalAgentTask] | None):
        group_name (str | None):
        group_id (str | None):
        group_count (int | None):
        group_icon (str | None):
    """

    tasks: list[MinimalAgentTask] | None = None
    group_name: str | None = None
    group_id: str | None = None
    group_count: int | None = None
    group_icon: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskGroup)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.tasks
        if value is not None:
            field_dict["tasks"] = [value_item.to_dict() for value_item in value]
        value = self.group_name
        if value is not None:
            field_dict["groupName"] = value
        value = self.group_id
        if value is not None:
            field_dict["groupId"] = value
        value = self.group_count
        if value is not None:
            field_dict["groupCount"] = value
        value = self.group_icon
        if value is not None:
            field_dict["groupIcon"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        value = get("tasks")
        self.tasks = None if value is None else list(map(_models.MinimalAgentTask.from_dict, value))
        self.group_name = get("groupName")
        self.group_id = get("groupId")
        self.group_count = get("groupCount")
        self.group_icon = get("groupIcon")
        if not _KNOWN_TaskGroup.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_TaskGroup}
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
