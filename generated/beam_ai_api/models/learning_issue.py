from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_LearningIssue: tuple[str, ...] = ()
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
class LearningIssue:
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

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_LearningIssue)

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
        self = _new(cls)
        get = src_dict.get
        self.name = get("name")
        self.description = get("description")
        self.what_we_observed = get("whatWeObserved")
        self.likely_root_cause = get("likelyRootCause")
        self.pending_count = get("pendingCount")
        self.tool_function_name = get("toolFunctionName")
        if not _KNOWN_LearningIssue.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_LearningIssue
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
