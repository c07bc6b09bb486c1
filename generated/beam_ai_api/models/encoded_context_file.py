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
_KNOWN_EncodedContextFile = frozenset(
    (
        "data",
        "mimeType",
        "fileName",
        "fileSize",
    )
)
_FIELDS_EncodedContextFile: tuple[str, ...] = (
    "data",
    "mime_type",
    "file_name",
    "file_size",
)


@_attrs_define(repr=False)
class EncodedContextFile(ResponseModel):
    """
    Attributes:
        data (str | None): base64 content
        mime_type (str | None):
        file_name (str | None):
        file_size (str | None):
    """

    data: str | None = None
    mime_type: str | None = None
    file_name: str | None = None
    file_size: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_EncodedContextFile)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.data
        if value is not None:
            field_dict["data"] = value
        value = self.mime_type
        if value is not None:
            field_dict["mimeType"] = value
        value = self.file_name
        if value is not None:
            field_dict["fileName"] = value
        value = self.file_size
        if value is not None:
            field_dict["fileSize"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("data")
            if value.__class__ is not str and value is not None:
                raise TypeError("data")
            self.data = value
            value = src_dict.get("mimeType")
            if value.__class__ is not str and value is not None:
                raise TypeError("mimeType")
            self.mime_type = value
            value = src_dict.get("fileName")
            if value.__class__ is not str and value is not None:
                raise TypeError("fileName")
            self.file_name = value
            value = src_dict.get("fileSize")
            if value.__class__ is not str and value is not None:
                raise TypeError("fileSize")
            self.file_size = value
            if not _KNOWN_EncodedContextFile.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_EncodedContextFile
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_EncodedContextFile, _KNOWN_EncodedContextFile)
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


_SPEC_EncodedContextFile: tuple[FieldSpec, ...] = (
    FieldSpec("data", "data", as_str, "str", False, False, False, ""),
    FieldSpec("mimeType", "mime_type", as_str, "str", False, False, False, ""),
    FieldSpec("fileName", "file_name", as_str, "str", False, False, False, ""),
    FieldSpec("fileSize", "file_size", as_str, "str", False, False, False, ""),
)
