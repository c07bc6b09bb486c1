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
    as_int,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.minimal_agent_task import MinimalAgentTask


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class TaskGroup(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("tasks")
            self.tasks = None if value is None else list(map(_models.MinimalAgentTask.from_dict, value))
            value = src_dict.get("groupName")
            if value.__class__ is not str and value is not None:
                raise TypeError("groupName")
            self.group_name = value
            value = src_dict.get("groupId")
            if value.__class__ is not str and value is not None:
                raise TypeError("groupId")
            self.group_id = value
            value = src_dict.get("groupCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("groupCount")
            self.group_count = value
            value = src_dict.get("groupIcon")
            if value.__class__ is not str and value is not None:
                raise TypeError("groupIcon")
            self.group_icon = value
            if not _KNOWN_TaskGroup.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskGroup
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskGroup, _KNOWN_TaskGroup)
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


_SPEC_TaskGroup: tuple[FieldSpec, ...] = (
    FieldSpec(
        "tasks",
        "tasks",
        as_list(as_model("MinimalAgentTask")),
        "list[MinimalAgentTask]",
        False,
        False,
        False,
        "MinimalAgentTask",
    ),
    FieldSpec("groupName", "group_name", as_str, "str", False, False, False, ""),
    FieldSpec("groupId", "group_id", as_str, "str", False, False, False, ""),
    FieldSpec("groupCount", "group_count", as_int, "int", False, False, False, ""),
    FieldSpec("groupIcon", "group_icon", as_str, "str", False, False, False, ""),
)
