from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_RemoveConnectionRequest: tuple[str, ...] = ("providerId",)
_KNOWN_RemoveConnectionRequest = frozenset(("providerId",))
_FIELDS_RemoveConnectionRequest: tuple[str, ...] = ("provider_id",)


@_attrs_define(repr=False)
class RemoveConnectionRequest:
    """Body of removeConnection. Fields from Beam's tooling (beam-run CLI), not a published contract.

    Attributes:
        provider_id (str):
    """

    provider_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_RemoveConnectionRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["providerId"] = self.provider_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["providerId"]
            if value is None:
                raise KeyError("providerId")
            self.provider_id = value
        except KeyError as error:
            raise missing_field("RemoveConnectionRequest", error, src_dict, _REQUIRED_RemoveConnectionRequest) from None
        if not _KNOWN_RemoveConnectionRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_RemoveConnectionRequest
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
