from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_LearningIssue = frozenset(
    (
        "name",
        "description",
        "whatWeObserved",
        "likelyRootCause",
        "pendingCount",
        "toolFunctionName",
    )
)
_FIELDS_LearningIssue: tuple[str, ...] = (
    "name",
    "description",
    "what_we_observed",
    "likely_root_cause",
    "pending_count",
    "tool_function_name",
)


@_attrs_define(repr=False)
class LearningIssue(ResponseModel):
    """Answer of getLearningIssue; every field optional. Fields from Beam's tooling (copilot prompt), not a published
    contract.

        Attributes:
            name (str | None):
            description (str | None):
            what_we_observed (str | None):
            likely_root_cause (str | None):
            pending_count (float | None):
            tool_function_name (str | None): implied: issues are per tool
    """

    name: str | None = None
    description: str | None = None
    what_we_observed: str | None = None
    likely_root_cause: str | None = None
    pending_count: float | None = None
    tool_function_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_LearningIssue)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.what_we_observed
        if value is not None:
            field_dict["whatWeObserved"] = value
        value = self.likely_root_cause
        if value is not None:
            field_dict["likelyRootCause"] = value
        value = self.pending_count
        if value is not None:
            field_dict["pendingCount"] = value
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("whatWeObserved")
            if value.__class__ is not str and value is not None:
                raise TypeError("whatWeObserved")
            self.what_we_observed = value
            value = src_dict.get("likelyRootCause")
            if value.__class__ is not str and value is not None:
                raise TypeError("likelyRootCause")
            self.likely_root_cause = value
            value = src_dict.get("pendingCount")
            if value.__class__ not in NUMBER_N:
                raise TypeError("pendingCount")
            self.pending_count = value
            value = src_dict.get("toolFunctionName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolFunctionName")
            self.tool_function_name = value
            if not _KNOWN_LearningIssue.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_LearningIssue
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_LearningIssue, _KNOWN_LearningIssue)
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


_SPEC_LearningIssue: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("whatWeObserved", "what_we_observed", as_str, "str", False, False, False, ""),
    FieldSpec("likelyRootCause", "likely_root_cause", as_str, "str", False, False, False, ""),
    FieldSpec("pendingCount", "pending_count", as_number, "float", False, False, False, ""),
    FieldSpec("toolFunctionName", "tool_function_name", as_str, "str", False, False, False, ""),
)
