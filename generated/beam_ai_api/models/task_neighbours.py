from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_ref import TaskRef


T = TypeVar("T", bound="TaskNeighbours")


@_attrs_define
class TaskNeighbours:
    """
    Attributes:
        previous (None | TaskRef | Unset): Decision: nullable, since there is no neighbour at either end of the list.
        next_ (None | TaskRef | Unset): Decision: nullable, since there is no neighbour at either end of the list.
    """

    previous: None | TaskRef | Unset = UNSET
    next_: None | TaskRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_ref import TaskRef

        previous: dict[str, Any] | None | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, TaskRef):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        next_: dict[str, Any] | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, TaskRef):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous is not UNSET:
            field_dict["previous"] = previous
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_ref import TaskRef

        d = dict(src_dict)

        def _parse_previous(data: object) -> None | TaskRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_1 = TaskRef.from_dict(data)

                return previous_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRef | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        def _parse_next_(data: object) -> None | TaskRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_type_1 = TaskRef.from_dict(data)

                return next_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRef | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        task_neighbours = cls(
            previous=previous,
            next_=next_,
        )

        task_neighbours.additional_properties = d
        return task_neighbours

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
