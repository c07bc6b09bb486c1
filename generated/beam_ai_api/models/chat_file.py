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
    as_datetime,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.chat_file_user import ChatFileUser


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_ChatFile = frozenset(
    (
        "name",
        "threadId",
        "uploadStatus",
        "uploadSource",
        "id",
        "createdAt",
        "updatedAt",
        "src",
        "fileKey",
        "url",
        "mimeType",
        "userId",
        "user",
        "deletedAt",
    )
)
_FIELDS_ChatFile: tuple[str, ...] = (
    "name",
    "thread_id",
    "upload_status",
    "upload_source",
    "id",
    "created_at",
    "updated_at",
    "src",
    "file_key",
    "url",
    "mime_type",
    "user_id",
    "user",
    "deleted_at",
)


@_attrs_define(repr=False)
class ChatFile(ResponseModel):
    """
    Attributes:
        name (str): Name of the chat file.
        thread_id (str): UUID of the associated thread.
        upload_status (str): Upload status of the file. Known values: processing, uploaded, failed (open set: other
            values are passed through).
        upload_source (str): Source of the upload. Known values: file_upload, text_snippet, url_upload (open set: other
            values are passed through).
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        src (str | None): Source path of the file.
        file_key (str | None): Storage key for the file.
        url (str | None): URL of the file.
        mime_type (str | None): MIME type of the file.
        user_id (str | None): UUID of the user.
        user (ChatFileUser | None):
        deleted_at (datetime.datetime | None):
    """

    name: str
    thread_id: str
    upload_status: str
    upload_source: str
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    src: str | None = None
    file_key: str | None = None
    url: str | None = None
    mime_type: str | None = None
    user_id: str | None = None
    user: ChatFileUser | None = None
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ChatFile)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["threadId"] = self.thread_id
        field_dict["uploadStatus"] = self.upload_status
        field_dict["uploadSource"] = self.upload_source
        field_dict["id"] = self.id
        value = self.created_at
        field_dict["createdAt"] = None if value is None else value.isoformat()
        value = self.updated_at
        field_dict["updatedAt"] = None if value is None else value.isoformat()
        value = self.src
        if value is not None:
            field_dict["src"] = value
        value = self.file_key
        if value is not None:
            field_dict["fileKey"] = value
        value = self.url
        if value is not None:
            field_dict["url"] = value
        value = self.mime_type
        if value is not None:
            field_dict["mimeType"] = value
        value = self.user_id
        if value is not None:
            field_dict["userId"] = value
        value = self.user
        if value is not None:
            field_dict["user"] = value.to_dict()
        value = self.deleted_at
        if value is not None:
            field_dict["deletedAt"] = value.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("threadId")
            if value.__class__ is not str:
                raise TypeError("threadId")
            self.thread_id = value
            value = src_dict.get("uploadStatus")
            if value.__class__ is not str:
                raise TypeError("uploadStatus")
            self.upload_status = value
            value = src_dict.get("uploadSource")
            if value.__class__ is not str:
                raise TypeError("uploadSource")
            self.upload_source = value
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("createdAt")
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict.get("updatedAt")
            if value is None:
                raise KeyError("updatedAt")
            self.updated_at = _datetime_from(value)
            value = src_dict.get("src")
            if value.__class__ is not str and value is not None:
                raise TypeError("src")
            self.src = value
            value = src_dict.get("fileKey")
            if value.__class__ is not str and value is not None:
                raise TypeError("fileKey")
            self.file_key = value
            value = src_dict.get("url")
            if value.__class__ is not str and value is not None:
                raise TypeError("url")
            self.url = value
            value = src_dict.get("mimeType")
            if value.__class__ is not str and value is not None:
                raise TypeError("mimeType")
            self.mime_type = value
            value = src_dict.get("userId")
            if value.__class__ is not str and value is not None:
                raise TypeError("userId")
            self.user_id = value
            value = src_dict.get("user")
            self.user = None if value is None else _models.ChatFileUser.from_dict(value)
            value = src_dict.get("deletedAt")
            self.deleted_at = None if value is None else _datetime_from(value)
            if not _KNOWN_ChatFile.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_ChatFile}
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ChatFile, _KNOWN_ChatFile)
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


_SPEC_ChatFile: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("threadId", "thread_id", as_str, "str", True, False, False, ""),
    FieldSpec("uploadStatus", "upload_status", as_str, "str", True, False, False, ""),
    FieldSpec("uploadSource", "upload_source", as_str, "str", True, False, False, ""),
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("src", "src", as_str, "str", False, False, False, ""),
    FieldSpec("fileKey", "file_key", as_str, "str", False, False, False, ""),
    FieldSpec("url", "url", as_str, "str", False, False, False, ""),
    FieldSpec("mimeType", "mime_type", as_str, "str", False, False, False, ""),
    FieldSpec("userId", "user_id", as_str, "str", False, False, False, ""),
    FieldSpec("user", "user", as_model("ChatFileUser"), "ChatFileUser", False, False, False, "ChatFileUser"),
    FieldSpec("deletedAt", "deleted_at", as_datetime, "datetime.datetime", False, True, False, ""),
)
