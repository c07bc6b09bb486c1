from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentContextFile")


@_attrs_define
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
        task_id (str | Unset):
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
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name = self.name

        src = self.src

        agent_id = self.agent_id

        file_key = self.file_key

        upload_status = self.upload_status

        upload_source = self.upload_source

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "name": name,
                "src": src,
                "agentId": agent_id,
                "fileKey": file_key,
                "uploadStatus": upload_status,
                "uploadSource": upload_source,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        name = d.pop("name")

        src = d.pop("src")

        agent_id = d.pop("agentId")

        file_key = d.pop("fileKey")

        upload_status = d.pop("uploadStatus")

        upload_source = d.pop("uploadSource")

        task_id = d.pop("taskId", UNSET)

        agent_context_file = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            src=src,
            agent_id=agent_id,
            file_key=file_key,
            upload_status=upload_status,
            upload_source=upload_source,
            task_id=task_id,
        )

        agent_context_file.additional_properties = d
        return agent_context_file

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
