from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    UNSET,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class WebhookTriggerForm(ResponseModel):
    """
    Attributes:
        task (str | None): A JSON string of the original task payload.
        encoded_context_files (str | None): A JSON string array of [{mimeType, fileType, fileExtension, data (base64)}].
    """

    task: str | None = None
    encoded_context_files: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("task")
            if value.__class__ is not str and value is not None:
                raise TypeError("task")
            self.task = value
            value = src_dict.get("encodedContextFiles")
            if value.__class__ is not str and value is not None:
                raise TypeError("encodedContextFiles")
            self.encoded_context_files = value
            if not _KNOWN_WebhookTriggerForm.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_WebhookTriggerForm
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_WebhookTriggerForm, _KNOWN_WebhookTriggerForm)
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


_SPEC_WebhookTriggerForm: tuple[FieldSpec, ...] = (
    FieldSpec("task", "task", as_str, "str", False, False, False, ""),
    FieldSpec("encodedContextFiles", "encoded_context_files", as_str, "str", False, False, False, ""),
)
