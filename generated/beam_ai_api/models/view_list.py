from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.view import View


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ViewList: tuple[str, ...] = (
    "views",
    "total",
)
_KNOWN_ViewList = frozenset(
    (
        "views",
        "total",
    )
)
_FIELDS_ViewList: tuple[str, ...] = (
    "views",
    "total",
)


@_attrs_define(repr=False)
class ViewList:
    """
    Attributes:
        views (list[View]):
        total (int):
    """

    views: list[View]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ViewList)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.views
        field_dict["views"] = [value_item.to_dict() for value_item in value]
        field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["views"]
            if value is None:
                raise KeyError("views")
            self.views = list(map(_models.View.from_dict, value))
            value = src_dict["total"]
            if value is None:
                raise KeyError("total")
            self.total = value
        except KeyError as error:
            raise missing_field("ViewList", error, src_dict, _REQUIRED_ViewList) from None
        if not _KNOWN_ViewList.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_ViewList}
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
