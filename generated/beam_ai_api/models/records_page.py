from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.page_info import PageInfo


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_RecordsPage: tuple[str, ...] = (
    "list",
    "pageInfo",
)
_KNOWN_RecordsPage = frozenset(
    (
        "list",
        "pageInfo",
    )
)
_FIELDS_RecordsPage: tuple[str, ...] = (
    "list_",
    "page_info",
)


@_attrs_define(repr=False)
class RecordsPage:
    """
    Attributes:
        list_ (list[Any]): Array of record objects
        page_info (PageInfo):
    """

    list_: list[Any]
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_RecordsPage)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.list_
        field_dict["list"] = value
        value = self.page_info
        field_dict["pageInfo"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["list"]
            if value is None:
                raise KeyError("list")
            self.list_ = value
            value = src_dict["pageInfo"]
            if value is None:
                raise KeyError("pageInfo")
            self.page_info = _models.PageInfo.from_dict(value)
        except KeyError as error:
            raise missing_field("RecordsPage", error, src_dict, _REQUIRED_RecordsPage) from None
        if not _KNOWN_RecordsPage.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_RecordsPage}
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
