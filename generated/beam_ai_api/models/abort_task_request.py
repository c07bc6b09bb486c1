from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AbortTaskRequest: tuple[str, ...] = ("reason",)
_KNOWN_AbortTaskRequest = frozenset(("reason",))
_FIELDS_AbortTaskRequest: tuple[str, ...] = ("reason",)


@_attrs_define(repr=False)
class AbortTaskRequest:
    """Body of abortTask. Fields from Beam's tooling (beam-run CLI), not a published contract. Decision: reason is required
    here (an empty string is allowed, as the CLI sends), so every stop says why.

        Attributes:
            reason (str): Why the task is stopped (free text, may be empty); kept with the task's history
    """

    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AbortTaskRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["reason"] = self.reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["reason"]
            if value is None:
                raise KeyError("reason")
            self.reason = value
        except KeyError as error:
            raise missing_field("AbortTaskRequest", error, src_dict, _REQUIRED_AbortTaskRequest) from None
        if not _KNOWN_AbortTaskRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AbortTaskRequest
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
