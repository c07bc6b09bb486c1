from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_AgentInfo = frozenset(
    (
        "id",
        "name",
        "iconUrl",
    )
)
_FIELDS_AgentInfo: tuple[str, ...] = (
    "id",
    "name",
    "icon_url",
)


@_attrs_define(repr=False)
class AgentInfo(ResponseModel):
    """
    Attributes:
        id (str):
        name (str):
        icon_url (str | None):
    """

    id: str
    name: str
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentInfo)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        value = self.icon_url
        if value is not None:
            field_dict["iconUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("iconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("iconUrl")
            self.icon_url = value
            if not _KNOWN_AgentInfo.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentInfo
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentInfo, _KNOWN_AgentInfo)
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


_SPEC_AgentInfo: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("iconUrl", "icon_url", as_str, "str", False, False, False, ""),
)
