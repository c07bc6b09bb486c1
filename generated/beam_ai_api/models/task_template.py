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
    as_datetime,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.task_template_category import TaskTemplateCategory
    from ..models.task_template_step import TaskTemplateStep


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_TaskTemplate = frozenset(
    (
        "id",
        "objective",
        "description",
        "steps",
        "default",
        "category",
        "lastUpdatedAt",
    )
)
_FIELDS_TaskTemplate: tuple[str, ...] = (
    "id",
    "objective",
    "description",
    "steps",
    "default",
    "category",
    "last_updated_at",
)


@_attrs_define(repr=False)
class TaskTemplate(ResponseModel):
    """
    Attributes:
        id (str | None):
        objective (str | None):
        description (str | None):
        steps (list[TaskTemplateStep] | None):
        default (bool | None):
        category (TaskTemplateCategory | None):
        last_updated_at (datetime.datetime | None):
    """

    id: str | None = None
    objective: str | None = None
    description: str | None = None
    steps: list[TaskTemplateStep] | None = None
    default: bool | None = None
    category: TaskTemplateCategory | None = None
    last_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskTemplate)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.objective
        if value is not None:
            field_dict["objective"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.steps
        if value is not None:
            field_dict["steps"] = [value_item.to_dict() for value_item in value]
        value = self.default
        if value is not None:
            field_dict["default"] = value
        value = self.category
        if value is not None:
            field_dict["category"] = value.to_dict()
        value = self.last_updated_at
        if value is not None:
            field_dict["lastUpdatedAt"] = value.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("objective")
            if value.__class__ is not str and value is not None:
                raise TypeError("objective")
            self.objective = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("steps")
            self.steps = None if value is None else list(map(_models.TaskTemplateStep.from_dict, value))
            value = src_dict.get("default")
            if value.__class__ is not bool and value is not None:
                raise TypeError("default")
            self.default = value
            value = src_dict.get("category")
            self.category = None if value is None else _models.TaskTemplateCategory.from_dict(value)
            value = src_dict.get("lastUpdatedAt")
            self.last_updated_at = None if value is None else _datetime_from(value)
            if not _KNOWN_TaskTemplate.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TaskTemplate
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TaskTemplate, _KNOWN_TaskTemplate)
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


_SPEC_TaskTemplate: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("objective", "objective", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec(
        "steps",
        "steps",
        as_list(as_model("TaskTemplateStep")),
        "list[TaskTemplateStep]",
        False,
        False,
        False,
        "TaskTemplateStep",
    ),
    FieldSpec("default", "default", as_bool, "bool", False, False, False, ""),
    FieldSpec(
        "category",
        "category",
        as_model("TaskTemplateCategory"),
        "TaskTemplateCategory",
        False,
        False,
        False,
        "TaskTemplateCategory",
    ),
    FieldSpec("lastUpdatedAt", "last_updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
)
