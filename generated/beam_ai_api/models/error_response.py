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
    as_any,
    as_int,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_ErrorResponse = frozenset(
    (
        "statusCode",
        "message",
        "error",
    )
)
_FIELDS_ErrorResponse: tuple[str, ...] = (
    "status_code",
    "message",
    "error",
)


@_attrs_define(repr=False)
class ErrorResponse(ResponseModel):
    """Error body. Undocumented by Beam; NestJS default is {statusCode, message, error}. Every field is optional so any
    JSON object parses.

        Attributes:
            status_code (int | None):
            message (list[str] | str | None): A string, or a list of strings for validation errors.
            error (str | None):
    """

    status_code: int | None = None
    message: list[str] | str | None = None
    error: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ErrorResponse)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.status_code
        if value is not None:
            field_dict["statusCode"] = value
        value = self.message
        if value is not None:
            field_dict["message"] = value
        value = self.error
        if value is not None:
            field_dict["error"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("statusCode")
            if value.__class__ is not int and value is not None:
                raise TypeError("statusCode")
            self.status_code = value
            self.message = src_dict.get("message")
            value = src_dict.get("error")
            if value.__class__ is not str and value is not None:
                raise TypeError("error")
            self.error = value
            if not _KNOWN_ErrorResponse.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ErrorResponse
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ErrorResponse, _KNOWN_ErrorResponse)
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


_SPEC_ErrorResponse: tuple[FieldSpec, ...] = (
    FieldSpec("statusCode", "status_code", as_int, "int", False, False, False, ""),
    FieldSpec("message", "message", as_any, "list[str] | str", False, False, False, ""),
    FieldSpec("error", "error", as_str, "str", False, False, False, ""),
)
