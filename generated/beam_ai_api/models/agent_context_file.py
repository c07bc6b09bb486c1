from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_datetime,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class AgentContextFile(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        field_dict["createdAt"] = None if value is None else value.isoformat()
        value = self.updated_at
        field_dict["updatedAt"] = None if value is None else value.isoformat()
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
        try:
            self = _new(cls)
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
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("src")
            if value.__class__ is not str:
                raise TypeError("src")
            self.src = value
            value = src_dict.get("agentId")
            if value.__class__ is not str:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("fileKey")
            if value.__class__ is not str:
                raise TypeError("fileKey")
            self.file_key = value
            value = src_dict.get("uploadStatus")
            if value.__class__ is not str:
                raise TypeError("uploadStatus")
            self.upload_status = value
            value = src_dict.get("uploadSource")
            if value.__class__ is not str:
                raise TypeError("uploadSource")
            self.upload_source = value
            value = src_dict.get("taskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("taskId")
            self.task_id = value
            if not _KNOWN_AgentContextFile.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentContextFile
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentContextFile, _KNOWN_AgentContextFile)
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


_SPEC_AgentContextFile: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("src", "src", as_str, "str", True, False, False, ""),
    FieldSpec("agentId", "agent_id", as_str, "str", True, False, False, ""),
    FieldSpec("fileKey", "file_key", as_str, "str", True, False, False, ""),
    FieldSpec("uploadStatus", "upload_status", as_str, "str", True, False, False, ""),
    FieldSpec("uploadSource", "upload_source", as_str, "str", True, False, False, ""),
    FieldSpec("taskId", "task_id", as_str, "str", False, False, False, ""),
)
