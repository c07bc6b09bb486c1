from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceRole")


@_attrs_define
class WorkspaceRole:
    """
    Attributes:
        is_owner (bool | Unset):
        is_admin (bool | Unset):
    """

    is_owner: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_owner = self.is_owner

        is_admin = self.is_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_owner = d.pop("isOwner", UNSET)

        is_admin = d.pop("isAdmin", UNSET)

        workspace_role = cls(
            is_owner=is_owner,
            is_admin=is_admin,
        )

        workspace_role.additional_properties = d
        return workspace_role

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
