from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskFeedbackResult: tuple[str, ...] = ()
_KNOWN_TaskFeedbackResult = frozenset(("isAmbiguous",))
_FIELDS_TaskFeedbackResult: tuple[str, ...] = ("is_ambiguous",)


@_attrs_define(repr=False)
class TaskFeedbackResult:
    """Answer of submitTaskFeedback; every field optional. Fields from Beam's tooling (copilot prompt), not a published
    contract.

        Attributes:
            is_ambiguous (bool | None):
    """

    is_ambiguous: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskFeedbackResult)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.is_ambiguous
        if value is not None:
            field_dict["isAmbiguous"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.is_ambiguous = get("isAmbiguous")
        if not _KNOWN_TaskFeedbackResult.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_TaskFeedbackResult
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
