from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentContextFile: tuple[str, ...] = (
    "id",
    "createdAt",
    "updatedAt",
    "name",
    "src",
    "agentId",
    "fileKey",
    "uploadStatus",
    "uploadSource",
)
_KNOWN_AgentContextFile = frozenset(
    (
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "src",
        "agentId",
        "fileKey",
        "uploadStatus",
        "uploadSource",
        "taskId",
    )
)
_FIELDS_AgentContextFile: tuple[str, ...] = (
    "id",
    "created_at",
    "updated_at",
    "name",
    "src",
    "agent_id",
    "file_key",
    "upload_status",
    "upload_source",
    "task_id",
)


@_attrs_define(repr=False)
class AgentContextFile:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        name (str):
        src (str):
        agent_id (str):
        file_key (str):
        upload_status (str):
        upload_source (str): Known values: file_upload, text_snippet, url_upload (open set: other values are passed
            through).
        task_id (str | None):
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: str
    src: str
    agent_id: str
    file_key: str
    upload_status: str
    upload_source: str
    task_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentContextFile)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.created_at
        field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        field_dict["updatedAt"] = value.isoformat()
        field_dict["name"] = self.name
        field_dict["src"] = self.src
        field_dict["agentId"] = self.agent_id
        field_dict["fileKey"] = self.file_key
        field_dict["uploadStatus"] = self.upload_status
        field_dict["uploadSource"] = self.upload_source
        value = self.task_id
        if value is not None:
            field_dict["taskId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
            value = src_dict["createdAt"]
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict["updatedAt"]
            if value is None:
                raise KeyError("updatedAt")
            self.updated_at = _datetime_from(value)
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
            value = src_dict["src"]
            if value is None:
                raise KeyError("src")
            self.src = value
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["fileKey"]
            if value is None:
                raise KeyError("fileKey")
            self.file_key = value
            value = src_dict["uploadStatus"]
            if value is None:
                raise KeyError("uploadStatus")
            self.upload_status = value
            value = src_dict["uploadSource"]
            if value is None:
                raise KeyError("uploadSource")
            self.upload_source = value
        except KeyError as error:
            raise missing_field("AgentContextFile", error, src_dict, _REQUIRED_AgentContextFile) from None
        self.task_id = get("taskId")
        if not _KNOWN_AgentContextFile.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentContextFile
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
