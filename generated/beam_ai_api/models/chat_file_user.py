from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_datetime,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_ChatFileUser = frozenset(
    (
        "name",
        "email",
        "cognitoUserId",
        "role_name",
        "id",
        "avatarSrc",
        "socialProvider",
        "socialProviderId",
        "password",
        "paymentProviderCustomerId",
        "rememberToken",
        "referralCode",
        "isInternalUser",
        "emailVerified",
        "createdAt",
        "updatedAt",
        "deletedAt",
    )
)
_FIELDS_ChatFileUser: tuple[str, ...] = (
    "name",
    "email",
    "cognito_user_id",
    "role_name",
    "id",
    "avatar_src",
    "social_provider",
    "social_provider_id",
    "password",
    "payment_provider_customer_id",
    "remember_token",
    "referral_code",
    "is_internal_user",
    "email_verified",
    "created_at",
    "updated_at",
    "deleted_at",
)


@_attrs_define(repr=False)
class ChatFileUser(ResponseModel):
    """
    Attributes:
        name (str | None):
        email (str | None):
        cognito_user_id (str | None):
        role_name (str | None):
        id (str | None):
        avatar_src (str | None):
        social_provider (str | None):
        social_provider_id (str | None):
        password (str | None):
        payment_provider_customer_id (str | None):
        remember_token (str | None):
        referral_code (str | None):
        is_internal_user (bool | None):
        email_verified (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        deleted_at (datetime.datetime | None):
    """

    name: str | None = None
    email: str | None = None
    cognito_user_id: str | None = None
    role_name: str | None = None
    id: str | None = None
    avatar_src: str | None = None
    social_provider: str | None = None
    social_provider_id: str | None = None
    password: str | None = None
    payment_provider_customer_id: str | None = None
    remember_token: str | None = None
    referral_code: str | None = None
    is_internal_user: bool | None = None
    email_verified: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ChatFileUser)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.email
        if value is not None:
            field_dict["email"] = value
        value = self.cognito_user_id
        if value is not None:
            field_dict["cognitoUserId"] = value
        value = self.role_name
        if value is not None:
            field_dict["role_name"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.avatar_src
        if value is not None:
            field_dict["avatarSrc"] = value
        value = self.social_provider
        if value is not None:
            field_dict["socialProvider"] = value
        value = self.social_provider_id
        if value is not None:
            field_dict["socialProviderId"] = value
        value = self.password
        if value is not None:
            field_dict["password"] = value
        value = self.payment_provider_customer_id
        if value is not None:
            field_dict["paymentProviderCustomerId"] = value
        value = self.remember_token
        if value is not None:
            field_dict["rememberToken"] = value
        value = self.referral_code
        if value is not None:
            field_dict["referralCode"] = value
        value = self.is_internal_user
        if value is not None:
            field_dict["isInternalUser"] = value
        value = self.email_verified
        if value is not None:
            field_dict["emailVerified"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.deleted_at
        if value is not None:
            field_dict["deletedAt"] = value.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("email")
            if value.__class__ is not str and value is not None:
                raise TypeError("email")
            self.email = value
            value = src_dict.get("cognitoUserId")
            if value.__class__ is not str and value is not None:
                raise TypeError("cognitoUserId")
            self.cognito_user_id = value
            value = src_dict.get("role_name")
            if value.__class__ is not str and value is not None:
                raise TypeError("role_name")
            self.role_name = value
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("avatarSrc")
            if value.__class__ is not str and value is not None:
                raise TypeError("avatarSrc")
            self.avatar_src = value
            value = src_dict.get("socialProvider")
            if value.__class__ is not str and value is not None:
                raise TypeError("socialProvider")
            self.social_provider = value
            value = src_dict.get("socialProviderId")
            if value.__class__ is not str and value is not None:
                raise TypeError("socialProviderId")
            self.social_provider_id = value
            value = src_dict.get("password")
            if value.__class__ is not str and value is not None:
                raise TypeError("password")
            self.password = value
            value = src_dict.get("paymentProviderCustomerId")
            if value.__class__ is not str and value is not None:
                raise TypeError("paymentProviderCustomerId")
            self.payment_provider_customer_id = value
            value = src_dict.get("rememberToken")
            if value.__class__ is not str and value is not None:
                raise TypeError("rememberToken")
            self.remember_token = value
            value = src_dict.get("referralCode")
            if value.__class__ is not str and value is not None:
                raise TypeError("referralCode")
            self.referral_code = value
            value = src_dict.get("isInternalUser")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isInternalUser")
            self.is_internal_user = value
            value = src_dict.get("emailVerified")
            if value.__class__ is not bool and value is not None:
                raise TypeError("emailVerified")
            self.email_verified = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("deletedAt")
            self.deleted_at = None if value is None else _datetime_from(value)
            if not _KNOWN_ChatFileUser.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ChatFileUser
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ChatFileUser, _KNOWN_ChatFileUser)
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


_SPEC_ChatFileUser: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("email", "email", as_str, "str", False, False, False, ""),
    FieldSpec("cognitoUserId", "cognito_user_id", as_str, "str", False, False, False, ""),
    FieldSpec("role_name", "role_name", as_str, "str", False, False, False, ""),
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("avatarSrc", "avatar_src", as_str, "str", False, False, False, ""),
    FieldSpec("socialProvider", "social_provider", as_str, "str", False, False, False, ""),
    FieldSpec("socialProviderId", "social_provider_id", as_str, "str", False, False, False, ""),
    FieldSpec("password", "password", as_str, "str", False, False, False, ""),
    FieldSpec("paymentProviderCustomerId", "payment_provider_customer_id", as_str, "str", False, False, False, ""),
    FieldSpec("rememberToken", "remember_token", as_str, "str", False, False, False, ""),
    FieldSpec("referralCode", "referral_code", as_str, "str", False, False, False, ""),
    FieldSpec("isInternalUser", "is_internal_user", as_bool, "bool", False, False, False, ""),
    FieldSpec("emailVerified", "email_verified", as_bool, "bool", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("deletedAt", "deleted_at", as_datetime, "datetime.datetime", False, True, False, ""),
)
