from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.feature_flag import FeatureFlag
    from ..models.workspace import Workspace


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_User: tuple[str, ...] = (
    "id",
    "name",
    "email",
    "featureFlags",
    "createdAt",
    "isInternalUser",
)
_KNOWN_User = frozenset(
    (
        "id",
        "name",
        "email",
        "featureFlags",
        "createdAt",
        "isInternalUser",
        "avatarSrc",
        "accessToken",
        "refreshToken",
        "paymentProviderCustomerId",
        "workspaces",
    )
)
_FIELDS_User: tuple[str, ...] = (
    "id",
    "name",
    "email",
    "feature_flags",
    "created_at",
    "is_internal_user",
    "avatar_src",
    "access_token",
    "refresh_token",
    "payment_provider_customer_id",
    "workspaces",
)


@_attrs_define(repr=False)
class User:
    """
    Attributes:
        id (str):
        name (str):
        email (str):
        feature_flags (list[FeatureFlag]):
        created_at (datetime.datetime):
        is_internal_user (bool):
        avatar_src (str | None):
        access_token (str | None):
        refresh_token (str | None):
        payment_provider_customer_id (str | None):
        workspaces (list[Workspace] | None):
    """

    id: str
    name: str
    email: str
    feature_flags: list[FeatureFlag]
    created_at: datetime.datetime
    is_internal_user: bool
    avatar_src: str | None = None
    access_token: str | None = None
    refresh_token: str | None = None
    payment_provider_customer_id: str | None = None
    workspaces: list[Workspace] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_User)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["email"] = self.email
        value = self.feature_flags
        field_dict["featureFlags"] = [value_item.to_dict() for value_item in value]
        value = self.created_at
        field_dict["createdAt"] = value.isoformat()
        field_dict["isInternalUser"] = self.is_internal_user
        value = self.avatar_src
        if value is not None:
            field_dict["avatarSrc"] = value
        value = self.access_token
        if value is not None:
            field_dict["accessToken"] = value
        value = self.refresh_token
        if value is not None:
            field_dict["refreshToken"] = value
        value = self.payment_provider_customer_id
        if value is not None:
            field_dict["paymentProviderCustomerId"] = value
        value = self.workspaces
        if value is not None:
            field_dict["workspaces"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
            value = src_dict["email"]
            if value is None:
                raise KeyError("email")
            self.email = value
            value = src_dict["featureFlags"]
            if value is None:
                raise KeyError("featureFlags")
            self.feature_flags = list(map(_models.FeatureFlag.from_dict, value))
            value = src_dict["createdAt"]
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict["isInternalUser"]
            if value is None:
                raise KeyError("isInternalUser")
            self.is_internal_user = value
        except KeyError as error:
            raise missing_field("User", error, src_dict, _REQUIRED_User) from None
        self.avatar_src = get("avatarSrc")
        self.access_token = get("accessToken")
        self.refresh_token = get("refreshToken")
        self.payment_provider_customer_id = get("paymentProviderCustomerId")
        value = get("workspaces")
        self.workspaces = None if value is None else list(map(_models.Workspace.from_dict, value))
        if not _KNOWN_User.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_User}
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
