from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, missing_field, model_repr, request_id_of

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_UploadSetupFilesForm: tuple[str, ...] = (
    "threadId",
    "files",
)
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
class UploadSetupFilesForm:
    """
    Attributes:
        thread_id (str): UUID of the conversation thread (a UUID)
        files (list[File]): Files to upload (maximum 10)
    """

    thread_id: str
    files: list[File]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict["files"] = [value_item.to_tuple() for value_item in value]
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
        self = _new(cls)
        try:
            value = src_dict["threadId"]
            if value is None:
                raise KeyError("threadId")
            self.thread_id = value
            value = src_dict["files"]
            if value is None:
                raise KeyError("files")
            self.files = [File(payload=BytesIO(value_item)) for value_item in value]
        except KeyError as error:
            raise missing_field("UploadSetupFilesForm", error, src_dict, _REQUIRED_UploadSetupFilesForm) from None
        if not _KNOWN_UploadSetupFilesForm.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_UploadSetupFilesForm
            }
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
