from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.encoded_context_file import EncodedContextFile
    from ..models.task_query import TaskQuery


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_CreateTaskRequest = frozenset(
    (
        "taskQuery",
        "agentId",
        "parsingUrls",
        "encodedContextFiles",
    )
)
_FIELDS_CreateTaskRequest: tuple[str, ...] = (
    "task_query",
    "agent_id",
    "parsing_urls",
    "encoded_context_files",
)


@_attrs_define(repr=False)
class CreateTaskRequest(ResponseModel):
    """
    Attributes:
        task_query (TaskQuery):
        agent_id (str):
        parsing_urls (list[str] | None):
        encoded_context_files (list[EncodedContextFile] | None):
    """

    task_query: TaskQuery
    agent_id: str
    parsing_urls: list[str] | None = None
    encoded_context_files: list[EncodedContextFile] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CreateTaskRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.task_query
        field_dict["taskQuery"] = None if value is None else value.to_dict()
        field_dict["agentId"] = self.agent_id
        value = self.parsing_urls
        if value is not None:
            field_dict["parsingUrls"] = value
        value = self.encoded_context_files
        if value is not None:
            field_dict["encodedContextFiles"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("taskQuery")
            if value is None:
                raise KeyError("taskQuery")
            self.task_query = _models.TaskQuery.from_dict(value)
            value = src_dict.get("agentId")
            if value.__class__ is not str:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("parsingUrls")
            if value is not None and not all_of(value, STR):
                raise TypeError("parsingUrls")
            self.parsing_urls = value
            value = src_dict.get("encodedContextFiles")
            self.encoded_context_files = (
                None if value is None else list(map(_models.EncodedContextFile.from_dict, value))
            )
            if not _KNOWN_CreateTaskRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_CreateTaskRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_CreateTaskRequest, _KNOWN_CreateTaskRequest)
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


_SPEC_CreateTaskRequest: tuple[FieldSpec, ...] = (
    FieldSpec("taskQuery", "task_query", as_model("TaskQuery"), "TaskQuery", True, False, False, "TaskQuery"),
    FieldSpec("agentId", "agent_id", as_str, "str", True, False, False, ""),
    FieldSpec("parsingUrls", "parsing_urls", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec(
        "encodedContextFiles",
        "encoded_context_files",
        as_list(as_model("EncodedContextFile")),
        "list[EncodedContextFile]",
        False,
        False,
        False,
        "EncodedContextFile",
    ),
)
