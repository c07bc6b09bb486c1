from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_datetime,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.feature_flag import FeatureFlag
    from ..models.workspace import Workspace


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class User(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        field_dict["featureFlags"] = None if value is None else [value_item.to_dict() for value_item in value]
        value = self.created_at
        field_dict["createdAt"] = None if value is None else value.isoformat()
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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("email")
            if value.__class__ is not str:
                raise TypeError("email")
            self.email = value
            value = src_dict.get("featureFlags")
            if value is None:
                raise KeyError("featureFlags")
            self.feature_flags = list(map(_models.FeatureFlag.from_dict, value))
            value = src_dict.get("createdAt")
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict.get("isInternalUser")
            if value.__class__ is not bool:
                raise TypeError("isInternalUser")
            self.is_internal_user = value
            value = src_dict.get("avatarSrc")
            if value.__class__ is not str and value is not None:
                raise TypeError("avatarSrc")
            self.avatar_src = value
            value = src_dict.get("accessToken")
            if value.__class__ is not str and value is not None:
                raise TypeError("accessToken")
            self.access_token = value
            value = src_dict.get("refreshToken")
            if value.__class__ is not str and value is not None:
                raise TypeError("refreshToken")
            self.refresh_token = value
            value = src_dict.get("paymentProviderCustomerId")
            if value.__class__ is not str and value is not None:
                raise TypeError("paymentProviderCustomerId")
            self.payment_provider_customer_id = value
            value = src_dict.get("workspaces")
            self.workspaces = None if value is None else list(map(_models.Workspace.from_dict, value))
            if not _KNOWN_User.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_User}
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_User, _KNOWN_User)
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


_SPEC_User: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("email", "email", as_str, "str", True, False, False, ""),
    FieldSpec(
        "featureFlags",
        "feature_flags",
        as_list(as_model("FeatureFlag")),
        "list[FeatureFlag]",
        True,
        False,
        False,
        "FeatureFlag",
    ),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("isInternalUser", "is_internal_user", as_bool, "bool", True, False, False, ""),
    FieldSpec("avatarSrc", "avatar_src", as_str, "str", False, False, False, ""),
    FieldSpec("accessToken", "access_token", as_str, "str", False, False, False, ""),
    FieldSpec("refreshToken", "refresh_token", as_str, "str", False, False, False, ""),
    FieldSpec("paymentProviderCustomerId", "payment_provider_customer_id", as_str, "str", False, False, False, ""),
    FieldSpec(
        "workspaces", "workspaces", as_list(as_model("Workspace")), "list[Workspace]", False, False, False, "Workspace"
    ),
)
