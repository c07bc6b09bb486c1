from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTriggerForm")


@_attrs_define
class WebhookTriggerForm:
    """
    Attributes:
        task (str | Unset): third-party script: JSON string of the original task payload
        encoded_context_files (str | Unset): third-party script: JSON string array
            [{mimeType,fileType,fileExtension,data(base64)}]
    """

    task: str | Unset = UNSET
    encoded_context_files: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        encoded_context_files = self.encoded_context_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task
        if encoded_context_files is not UNSET:
            field_dict["encodedContextFiles"] = encoded_context_files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.task, Unset):
            files.append(("task", (None, str(self.task).encode(), "text/plain")))

        if not isinstance(self.encoded_context_files, Unset):
            files.append(("encodedContextFiles", (None, str(self.encoded_context_files).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task = d.pop("task", UNSET)

        encoded_context_files = d.pop("encodedContextFiles", UNSET)

        webhook_trigger_form = cls(
            task=task,
            encoded_context_files=encoded_context_files,
        )

        webhook_trigger_form.additional_properties = d
        return webhook_trigger_form

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
