from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_WebhookTriggerForm: tuple[str, ...] = ()
_KNOWN_WebhookTriggerForm = frozenset(
    (
        "task",
        "encodedContextFiles",
    )
)
_FIELDS_WebhookTriggerForm: tuple[str, ...] = (
    "task",
    "encoded_context_files",
)


@_attrs_define(repr=False)
class WebhookTriggerForm:
    """
    Attributes:
        task (str | None): A JSON string of the original task payload.
        encoded_context_files (str | None): A JSON string array of [{mimeType, fileType, fileExtension, data (base64)}].
    """

    task: str | None = None
    encoded_context_files: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_WebhookTriggerForm)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.task
        if value is not None:
            field_dict["task"] = value
        value = self.encoded_context_files
        if value is not None:
            field_dict["encodedContextFiles"] = value
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if self.task is not None and self.task is not UNSET:
            files.append(("task", (None, str(self.task).encode(), "text/plain")))

        if self.encoded_context_files is not None and self.encoded_context_files is not UNSET:
            files.append(("encodedContextFiles", (None, str(self.encoded_context_files).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.task = get("task")
        self.encoded_context_files = get("encodedContextFiles")
        if not _KNOWN_WebhookTriggerForm.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_WebhookTriggerForm
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
