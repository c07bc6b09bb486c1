from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """
    Attributes:
        total_rows (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        is_first_page (bool | Unset):
        is_last_page (bool | Unset):
    """

    total_rows: int | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    is_first_page: bool | Unset = UNSET
    is_last_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_rows = self.total_rows

        page = self.page

        page_size = self.page_size

        is_first_page = self.is_first_page

        is_last_page = self.is_last_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_rows is not UNSET:
            field_dict["totalRows"] = total_rows
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if is_first_page is not UNSET:
            field_dict["isFirstPage"] = is_first_page
        if is_last_page is not UNSET:
            field_dict["isLastPage"] = is_last_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_rows = d.pop("totalRows", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        is_first_page = d.pop("isFirstPage", UNSET)

        is_last_page = d.pop("isLastPage", UNSET)

        page_info = cls(
            total_rows=total_rows,
            page=page,
            page_size=page_size,
            is_first_page=is_first_page,
            is_last_page=is_last_page,
        )

        page_info.additional_properties = d
        return page_info

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
