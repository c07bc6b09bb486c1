from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    File,
    ResponseGaps,
    ResponseModel,
    as_file,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_UploadSetupFilesForm = frozenset(
    (
        "threadId",
        "files",
    )
)
_FIELDS_UploadSetupFilesForm: tuple[str, ...] = (
    "thread_id",
    "files",
)


@_attrs_define(repr=False)
class UploadSetupFilesForm(ResponseModel):
    """
    Attributes:
        thread_id (str): UUID of the conversation thread (a UUID)
        files (list[File]): Files to upload (maximum 10)
    """

    thread_id: str
    files: list[File]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UploadSetupFilesForm)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["threadId"] = self.thread_id
        value = self.files
        field_dict["files"] = None if value is None else [value_item.to_tuple() for value_item in value]
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("threadId", (None, str(self.thread_id).encode(), "text/plain")))

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("threadId")
            if value.__class__ is not str:
                raise TypeError("threadId")
            self.thread_id = value
            value = src_dict.get("files")
            if value is None:
                raise KeyError("files")
            self.files = [File(payload=BytesIO(value_item)) for value_item in value]
            if not _KNOWN_UploadSetupFilesForm.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UploadSetupFilesForm
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UploadSetupFilesForm, _KNOWN_UploadSetupFilesForm)
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


_SPEC_UploadSetupFilesForm: tuple[FieldSpec, ...] = (
    FieldSpec("threadId", "thread_id", as_str, "str", True, False, False, ""),
    FieldSpec("files", "files", as_list(as_file), "list[File]", True, False, False, ""),
)
