from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_int,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class PageInfo(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("totalRows")
            if value.__class__ is not int and value is not None:
                raise TypeError("totalRows")
            self.total_rows = value
            value = src_dict.get("page")
            if value.__class__ is not int and value is not None:
                raise TypeError("page")
            self.page = value
            value = src_dict.get("pageSize")
            if value.__class__ is not int and value is not None:
                raise TypeError("pageSize")
            self.page_size = value
            value = src_dict.get("isFirstPage")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isFirstPage")
            self.is_first_page = value
            value = src_dict.get("isLastPage")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isLastPage")
            self.is_last_page = value
            if not _KNOWN_PageInfo.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_PageInfo}
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_PageInfo, _KNOWN_PageInfo)
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


_SPEC_PageInfo: tuple[FieldSpec, ...] = (
    FieldSpec("totalRows", "total_rows", as_int, "int", False, False, False, ""),
    FieldSpec("page", "page", as_int, "int", False, False, False, ""),
    FieldSpec("pageSize", "page_size", as_int, "int", False, False, False, ""),
    FieldSpec("isFirstPage", "is_first_page", as_bool, "bool", False, False, False, ""),
    FieldSpec("isLastPage", "is_last_page", as_bool, "bool", False, False, False, ""),
)
