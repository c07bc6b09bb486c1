from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    UNSET,
    FieldSpec,
    File,
    ResponseGaps,
    ResponseModel,
    as_file,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_UploadContextFileForm = frozenset(("file",))
_FIELDS_UploadContextFileForm: tuple[str, ...] = ("file",)


@_attrs_define(repr=False)
class UploadContextFileForm(ResponseModel):
    """
    Attributes:
        file (File | None):
    """

    file: File | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UploadContextFileForm)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.file
        if value is not None:
            field_dict["file"] = value.to_tuple()
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if self.file is not None and self.file is not UNSET:
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("file")
            self.file = None if value is None else File(payload=BytesIO(value))
            if not _KNOWN_UploadContextFileForm.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UploadContextFileForm
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UploadContextFileForm, _KNOWN_UploadContextFileForm)
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


_SPEC_UploadContextFileForm: tuple[FieldSpec, ...] = (
    FieldSpec("file", "file", as_file, "File", False, False, False, ""),
)
