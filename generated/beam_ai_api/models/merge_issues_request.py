from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_MergeIssuesRequest = frozenset(
    (
        "agentId",
        "toolFunctionName",
        "sourceIssueIds",
        "targetIssueId",
    )
)
_FIELDS_MergeIssuesRequest: tuple[str, ...] = (
    "agent_id",
    "tool_function_name",
    "source_issue_ids",
    "target_issue_id",
)


@_attrs_define(repr=False)
class MergeIssuesRequest(ResponseModel):
    """Body of mergeIssues. Fields from Beam's tooling (copilot prompt (lh_merge_issues arguments); CLI passes payload file
    verbatim), not a published contract.

        Attributes:
            agent_id (str | None):
            tool_function_name (str | None):
            source_issue_ids (list[str] | None):
            target_issue_id (str | None):
    """

    agent_id: str | None = None
    tool_function_name: str | None = None
    source_issue_ids: list[str] | None = None
    target_issue_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_MergeIssuesRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.tool_function_name
        if value is not None:
            field_dict["toolFunctionName"] = value
        value = self.source_issue_ids
        if value is not None:
            field_dict["sourceIssueIds"] = value
        value = self.target_issue_id
        if value is not None:
            field_dict["targetIssueId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("agentId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("toolFunctionName")
            if value.__class__ is not str and value is not None:
                raise TypeError("toolFunctionName")
            self.tool_function_name = value
            value = src_dict.get("sourceIssueIds")
            if value is not None and not all_of(value, STR):
                raise TypeError("sourceIssueIds")
            self.source_issue_ids = value
            value = src_dict.get("targetIssueId")
            if value.__class__ is not str and value is not None:
                raise TypeError("targetIssueId")
            self.target_issue_id = value
            if not _KNOWN_MergeIssuesRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_MergeIssuesRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_MergeIssuesRequest, _KNOWN_MergeIssuesRequest)
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


_SPEC_MergeIssuesRequest: tuple[FieldSpec, ...] = (
    FieldSpec("agentId", "agent_id", as_str, "str", False, False, False, ""),
    FieldSpec("toolFunctionName", "tool_function_name", as_str, "str", False, False, False, ""),
    FieldSpec("sourceIssueIds", "source_issue_ids", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("targetIssueId", "target_issue_id", as_str, "str", False, False, False, ""),
)
