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
    as_list,
    as_model,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.page_info import PageInfo


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class RecordsPage(ResponseModel):
    """
    Attributes:
        list_ (list[Any]): Array of record objects
        page_info (PageInfo):
    """

    list_: list[Any]
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_RecordsPage)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.list_
        field_dict["list"] = None if value is None else value
        value = self.page_info
        field_dict["pageInfo"] = None if value is None else value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("list")
            if value.__class__ is not list:
                raise TypeError("list")
            self.list_ = value
            value = src_dict.get("pageInfo")
            if value is None:
                raise KeyError("pageInfo")
            self.page_info = _models.PageInfo.from_dict(value)
            if not _KNOWN_RecordsPage.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_RecordsPage
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_RecordsPage, _KNOWN_RecordsPage)
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


_SPEC_RecordsPage: tuple[FieldSpec, ...] = (
    FieldSpec("list", "list_", as_list(as_any), "list[Any]", True, False, False, ""),
    FieldSpec("pageInfo", "page_info", as_model("PageInfo"), "PageInfo", True, False, False, "PageInfo"),
)
