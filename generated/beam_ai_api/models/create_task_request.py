from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.encoded_context_file import EncodedContextFile
    from ..models.task_query import TaskQuery


T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    """third-party: agentId and taskQuery.query required

    Attributes:
        task_query (TaskQuery | Unset): third-party: query required
        agent_id (str | Unset):
        parsing_urls (list[str] | Unset):
        encoded_context_files (list[EncodedContextFile] | Unset):
    """

    task_query: TaskQuery | Unset = UNSET
    agent_id: str | Unset = UNSET
    parsing_urls: list[str] | Unset = UNSET
    encoded_context_files: list[EncodedContextFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_query, Unset):
            task_query = self.task_query.to_dict()

        agent_id = self.agent_id

        parsing_urls: list[str] | Unset = UNSET
        if not isinstance(self.parsing_urls, Unset):
            parsing_urls = self.parsing_urls

        encoded_context_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.encoded_context_files, Unset):
            encoded_context_files = []
            for encoded_context_files_item_data in self.encoded_context_files:
                encoded_context_files_item = encoded_context_files_item_data.to_dict()
                encoded_context_files.append(encoded_context_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_query is not UNSET:
            field_dict["taskQuery"] = task_query
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if parsing_urls is not UNSET:
            field_dict["parsingUrls"] = parsing_urls
        if encoded_context_files is not UNSET:
            field_dict["encodedContextFiles"] = encoded_context_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.encoded_context_file import EncodedContextFile
        from ..models.task_query import TaskQuery

        d = dict(src_dict)
        _task_query = d.pop("taskQuery", UNSET)
        task_query: TaskQuery | Unset
        if isinstance(_task_query, Unset):
            task_query = UNSET
        else:
            task_query = TaskQuery.from_dict(_task_query)

        agent_id = d.pop("agentId", UNSET)

        parsing_urls = cast(list[str], d.pop("parsingUrls", UNSET))

        _encoded_context_files = d.pop("encodedContextFiles", UNSET)
        encoded_context_files: list[EncodedContextFile] | Unset = UNSET
        if _encoded_context_files is not UNSET:
            encoded_context_files = []
            for encoded_context_files_item_data in _encoded_context_files:
                encoded_context_files_item = EncodedContextFile.from_dict(encoded_context_files_item_data)

                encoded_context_files.append(encoded_context_files_item)

        create_task_request = cls(
            task_query=task_query,
            agent_id=agent_id,
            parsing_urls=parsing_urls,
            encoded_context_files=encoded_context_files,
        )

        create_task_request.additional_properties = d
        return create_task_request

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
