from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CreateViewRequest: tuple[str, ...] = ("name",)
_KNOWN_CreateViewRequest = frozenset(
    (
        "name",
        "agentId",
        "description",
    )
)
_FIELDS_CreateViewRequest: tuple[str, ...] = (
    "name",
    "agent_id",
    "description",
)


@_attrs_define(repr=False)
class CreateViewRequest:
    """Body of createView. Fields from Beam's tooling (copilot prompt + offline test payload), not a published contract.

    Attributes:
        name (str):
        agent_id (str | None):
        description (str | None):
    """

    name: str
    agent_id: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CreateViewRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        value = self.agent_id
        if value is not None:
            field_dict["agentId"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
        except KeyError as error:
            raise missing_field("CreateViewRequest", error, src_dict, _REQUIRED_CreateViewRequest) from None
        self.agent_id = get("agentId")
        self.description = get("description")
        if not _KNOWN_CreateViewRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CreateViewRequest
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
