from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_template_category import TaskTemplateCategory
    from ..models.task_template_step import TaskTemplateStep


T = TypeVar("T", bound="TaskTemplate")


@_attrs_define
class TaskTemplate:
    """
    Attributes:
        id (str | Unset):
        objective (str | Unset):
        description (str | Unset):
        steps (list[TaskTemplateStep] | Unset):
        default (bool | Unset):
        category (TaskTemplateCategory | Unset):
        last_updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    objective: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[TaskTemplateStep] | Unset = UNSET
    default: bool | Unset = UNSET
    category: TaskTemplateCategory | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        objective = self.objective

        description = self.description

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        default = self.default

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = self.last_updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if objective is not UNSET:
            field_dict["objective"] = objective
        if description is not UNSET:
            field_dict["description"] = description
        if steps is not UNSET:
            field_dict["steps"] = steps
        if default is not UNSET:
            field_dict["default"] = default
        if category is not UNSET:
            field_dict["category"] = category
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_template_category import TaskTemplateCategory
        from ..models.task_template_step import TaskTemplateStep

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        objective = d.pop("objective", UNSET)

        description = d.pop("description", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[TaskTemplateStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = TaskTemplateStep.from_dict(steps_item_data)

                steps.append(steps_item)

        default = d.pop("default", UNSET)

        _category = d.pop("category", UNSET)
        category: TaskTemplateCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TaskTemplateCategory.from_dict(_category)

        _last_updated_at = d.pop("lastUpdatedAt", UNSET)
        last_updated_at: datetime.datetime | Unset
        if isinstance(_last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = datetime.datetime.fromisoformat(_last_updated_at)

        task_template = cls(
            id=id,
            objective=objective,
            description=description,
            steps=steps,
            default=default,
            category=category,
            last_updated_at=last_updated_at,
        )

        task_template.additional_properties = d
        return task_template

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
