from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_PageInfo: tuple[str, ...] = ()
_KNOWN_PageInfo = frozenset(
    (
        "totalRows",
        "page",
        "pageSize",
        "isFirstPage",
        "isLastPage",
    )
)
_FIELDS_PageInfo: tuple[str, ...] = (
    "total_rows",
    "page",
    "page_size",
    "is_first_page",
    "is_last_page",
)


@_attrs_define(repr=False)
class PageInfo:
    """
    Attributes:
        total_rows (int | None):
        page (int | None):
        page_size (int | None):
        is_first_page (bool | None):
        is_last_page (bool | None):
    """

    total_rows: int | None = None
    page: int | None = None
    page_size: int | None = None
    is_first_page: bool | None = None
    is_last_page: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_PageInfo)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.total_rows
        if value is not None:
            field_dict["totalRows"] = value
        value = self.page
        if value is not None:
            field_dict["page"] = value
        value = self.page_size
        if value is not None:
            field_dict["pageSize"] = value
        value = self.is_first_page
        if value is not None:
            field_dict["isFirstPage"] = value
        value = self.is_last_page
        if value is not None:
            field_dict["isLastPage"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.total_rows = get("totalRows")
        self.page = get("page")
        self.page_size = get("pageSize")
        self.is_first_page = get("isFirstPage")
        self.is_last_page = get("isLastPage")
        if not _KNOWN_PageInfo.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_PageInfo}
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
