from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_file_user import ChatFileUser


T = TypeVar("T", bound="ChatFile")


@_attrs_define
class ChatFile:
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
        src (str | Unset): Source path of the file.
        file_key (str | Unset): Storage key for the file.
        url (str | Unset): URL of the file.
        mime_type (str | Unset): MIME type of the file.
        user_id (str | Unset): UUID of the user.
        user (ChatFileUser | Unset): types of emailVerified/isInternalUser read from example
        deleted_at (datetime.datetime | None | Unset):
    """

    name: str
    thread_id: str
    upload_status: str
    upload_source: str
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    src: str | Unset = UNSET
    file_key: str | Unset = UNSET
    url: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user: ChatFileUser | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        thread_id = self.thread_id

        upload_status = self.upload_status

        upload_source = self.upload_source

        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        src = self.src

        file_key = self.file_key

        url = self.url

        mime_type = self.mime_type

        user_id = self.user_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "threadId": thread_id,
                "uploadStatus": upload_status,
                "uploadSource": upload_source,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if src is not UNSET:
            field_dict["src"] = src
        if file_key is not UNSET:
            field_dict["fileKey"] = file_key
        if url is not UNSET:
            field_dict["url"] = url
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_file_user import ChatFileUser

        d = dict(src_dict)
        name = d.pop("name")

        thread_id = d.pop("threadId")

        upload_status = d.pop("uploadStatus")

        upload_source = d.pop("uploadSource")

        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        src = d.pop("src", UNSET)

        file_key = d.pop("fileKey", UNSET)

        url = d.pop("url", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        user_id = d.pop("userId", UNSET)

        _user = d.pop("user", UNSET)
        user: ChatFileUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ChatFileUser.from_dict(_user)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        chat_file = cls(
            name=name,
            thread_id=thread_id,
            upload_status=upload_status,
            upload_source=upload_source,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            src=src,
            file_key=file_key,
            url=url,
            mime_type=mime_type,
            user_id=user_id,
            user=user,
            deleted_at=deleted_at,
        )

        chat_file.additional_properties = d
        return chat_file

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
