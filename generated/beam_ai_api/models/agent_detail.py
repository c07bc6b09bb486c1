from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentDetail: tuple[str, ...] = ()
_KNOWN_AgentDetail = frozenset(
    (
        "id",
        "name",
        "createdAt",
        "agent",
    )
)
_FIELDS_AgentDetail: tuple[str, ...] = (
    "id",
    "name",
    "created_at",
    "agent",
)


@_attrs_define(repr=False)
class AgentDetail:
    """Answer of getAgent; every field optional. Fields from Beam's tooling (fields read by beam-run and beam-next-skills
    scripts), not a published contract.

        Attributes:
            id (str | None):
            name (str | None):
            created_at (str | None): Read as createdAt, or agent.createdAt when wrapped
            agent (Any | None): Possible wrapper; the CLI tries both top-level and agent.* (uncertain which the server
                uses); free-form JSON object
    """

    id: str | None = None
    name: str | None = None
    created_at: str | None = None
    agent: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentDetail)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value
        value = self.agent
        if value is not None:
            field_dict["agent"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.id = get("id")
        self.name = get("name")
        self.created_at = get("createdAt")
        self.agent = get("agent")
        if not _KNOWN_AgentDetail.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_AgentDetail}
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
