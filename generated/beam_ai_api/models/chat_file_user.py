from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatFileUser")


@_attrs_define
class ChatFileUser:
    """types of emailVerified/isInternalUser read from example

    Attributes:
        name (str | Unset):
        email (str | Unset):
        cognito_user_id (str | Unset):
        role_name (str | Unset):
        id (str | Unset):
        avatar_src (str | Unset):
        social_provider (str | Unset):
        social_provider_id (str | Unset):
        password (str | Unset):
        payment_provider_customer_id (str | Unset):
        remember_token (str | Unset):
        referral_code (str | Unset):
        is_internal_user (bool | Unset):
        email_verified (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    cognito_user_id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    id: str | Unset = UNSET
    avatar_src: str | Unset = UNSET
    social_provider: str | Unset = UNSET
    social_provider_id: str | Unset = UNSET
    password: str | Unset = UNSET
    payment_provider_customer_id: str | Unset = UNSET
    remember_token: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    is_internal_user: bool | Unset = UNSET
    email_verified: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        cognito_user_id = self.cognito_user_id

        role_name = self.role_name

        id = self.id

        avatar_src = self.avatar_src

        social_provider = self.social_provider

        social_provider_id = self.social_provider_id

        password = self.password

        payment_provider_customer_id = self.payment_provider_customer_id

        remember_token = self.remember_token

        referral_code = self.referral_code

        is_internal_user = self.is_internal_user

        email_verified = self.email_verified

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if cognito_user_id is not UNSET:
            field_dict["cognitoUserId"] = cognito_user_id
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if id is not UNSET:
            field_dict["id"] = id
        if avatar_src is not UNSET:
            field_dict["avatarSrc"] = avatar_src
        if social_provider is not UNSET:
            field_dict["socialProvider"] = social_provider
        if social_provider_id is not UNSET:
            field_dict["socialProviderId"] = social_provider_id
        if password is not UNSET:
            field_dict["password"] = password
        if payment_provider_customer_id is not UNSET:
            field_dict["paymentProviderCustomerId"] = payment_provider_customer_id
        if remember_token is not UNSET:
            field_dict["rememberToken"] = remember_token
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code
        if is_internal_user is not UNSET:
            field_dict["isInternalUser"] = is_internal_user
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        cognito_user_id = d.pop("cognitoUserId", UNSET)

        role_name = d.pop("role_name", UNSET)

        id = d.pop("id", UNSET)

        avatar_src = d.pop("avatarSrc", UNSET)

        social_provider = d.pop("socialProvider", UNSET)

        social_provider_id = d.pop("socialProviderId", UNSET)

        password = d.pop("password", UNSET)

        payment_provider_customer_id = d.pop("paymentProviderCustomerId", UNSET)

        remember_token = d.pop("rememberToken", UNSET)

        referral_code = d.pop("referralCode", UNSET)

        is_internal_user = d.pop("isInternalUser", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        chat_file_user = cls(
            name=name,
            email=email,
            cognito_user_id=cognito_user_id,
            role_name=role_name,
            id=id,
            avatar_src=avatar_src,
            social_provider=social_provider,
            social_provider_id=social_provider_id,
            password=password,
            payment_provider_customer_id=payment_provider_customer_id,
            remember_token=remember_token,
            referral_code=referral_code,
            is_internal_user=is_internal_user,
            email_verified=email_verified,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        chat_file_user.additional_properties = d
        return chat_file_user

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
