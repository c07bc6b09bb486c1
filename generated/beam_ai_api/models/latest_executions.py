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
    as_any,
    as_int,
    as_list,
    as_model,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.sample_task import SampleTask


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_LatestExecutions = frozenset(
    (
        "tasks",
        "sampleTasks",
        "totalCount",
    )
)
_FIELDS_LatestExecutions: tuple[str, ...] = (
    "tasks",
    "sample_tasks",
    "total_count",
)


@_attrs_define(repr=False)
class LatestExecutions(ResponseModel):
    """
    Attributes:
        tasks (list[Any]): Recent agent task executions
        sample_tasks (list[SampleTask]): Sample/template tasks for this agent
        total_count (int): Total executions across all pages
    """

    tasks: list[Any]
    sample_tasks: list[SampleTask]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_LatestExecutions)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.tasks
        field_dict["tasks"] = None if value is None else value
        value = self.sample_tasks
        field_dict["sampleTasks"] = None if value is None else [value_item.to_dict() for value_item in value]
        field_dict["totalCount"] = self.total_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("tasks")
            if value.__class__ is not list:
                raise TypeError("tasks")
            self.tasks = value
            value = src_dict.get("sampleTasks")
            if value is None:
                raise KeyError("sampleTasks")
            self.sample_tasks = list(map(_models.SampleTask.from_dict, value))
            value = src_dict.get("totalCount")
            if value.__class__ is not int:
                raise TypeError("totalCount")
            self.total_count = value
            if not _KNOWN_LatestExecutions.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_LatestExecutions
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_LatestExecutions, _KNOWN_LatestExecutions)
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


_SPEC_LatestExecutions: tuple[FieldSpec, ...] = (
    FieldSpec("tasks", "tasks", as_list(as_any), "list[Any]", True, False, False, ""),
    FieldSpec(
        "sampleTasks",
        "sample_tasks",
        as_list(as_model("SampleTask")),
        "list[SampleTask]",
        True,
        False,
        False,
        "SampleTask",
    ),
    FieldSpec("totalCount", "total_count", as_int, "int", True, False, False, ""),
)
