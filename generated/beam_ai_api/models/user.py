from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_flag import FeatureFlag
    from ..models.workspace import Workspace


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str):
        name (str):
        email (str):
        feature_flags (list[FeatureFlag]):
        created_at (datetime.datetime):
        is_internal_user (bool):
        avatar_src (str | Unset):
        access_token (str | Unset): older render: valid for 1 hour
        refresh_token (str | Unset):
        payment_provider_customer_id (str | Unset):
        workspaces (list[Workspace] | Unset):
    """

    id: str
    name: str
    email: str
    feature_flags: list[FeatureFlag]
    created_at: datetime.datetime
    is_internal_user: bool
    avatar_src: str | Unset = UNSET
    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    payment_provider_customer_id: str | Unset = UNSET
    workspaces: list[Workspace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        feature_flags = []
        for feature_flags_item_data in self.feature_flags:
            feature_flags_item = feature_flags_item_data.to_dict()
            feature_flags.append(feature_flags_item)

        created_at = self.created_at.isoformat()

        is_internal_user = self.is_internal_user

        avatar_src = self.avatar_src

        access_token = self.access_token

        refresh_token = self.refresh_token

        payment_provider_customer_id = self.payment_provider_customer_id

        workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = []
            for workspaces_item_data in self.workspaces:
                workspaces_item = workspaces_item_data.to_dict()
                workspaces.append(workspaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "featureFlags": feature_flags,
                "createdAt": created_at,
                "isInternalUser": is_internal_user,
            }
        )
        if avatar_src is not UNSET:
            field_dict["avatarSrc"] = avatar_src
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if payment_provider_customer_id is not UNSET:
            field_dict["paymentProviderCustomerId"] = payment_provider_customer_id
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_flag import FeatureFlag
        from ..models.workspace import Workspace

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        email = d.pop("email")

        feature_flags = []
        _feature_flags = d.pop("featureFlags")
        for feature_flags_item_data in _feature_flags:
            feature_flags_item = FeatureFlag.from_dict(feature_flags_item_data)

            feature_flags.append(feature_flags_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        is_internal_user = d.pop("isInternalUser")

        avatar_src = d.pop("avatarSrc", UNSET)

        access_token = d.pop("accessToken", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        payment_provider_customer_id = d.pop("paymentProviderCustomerId", UNSET)

        _workspaces = d.pop("workspaces", UNSET)
        workspaces: list[Workspace] | Unset = UNSET
        if _workspaces is not UNSET:
            workspaces = []
            for workspaces_item_data in _workspaces:
                workspaces_item = Workspace.from_dict(workspaces_item_data)

                workspaces.append(workspaces_item)

        user = cls(
            id=id,
            name=name,
            email=email,
            feature_flags=feature_flags,
            created_at=created_at,
            is_internal_user=is_internal_user,
            avatar_src=avatar_src,
            access_token=access_token,
            refresh_token=refresh_token,
            payment_provider_customer_id=payment_provider_customer_id,
            workspaces=workspaces,
        )

        user.additional_properties = d
        return user

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
