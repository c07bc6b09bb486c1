from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CustomIntegrationRequest: tuple[str, ...] = ()
_KNOWN_CustomIntegrationRequest = frozenset(
    (
        "name",
        "customIntegrationTools",
        "authType",
        "apiKeyType",
        "parameter",
        "integrationCategoryId",
        "bypassSslVerification",
    )
)
_FIELDS_CustomIntegrationRequest: tuple[str, ...] = (
    "name",
    "custom_integration_tools",
    "auth_type",
    "api_key_type",
    "parameter",
    "integration_category_id",
    "bypass_ssl_verification",
)


@_attrs_define(repr=False)
class CustomIntegrationRequest:
    """Body of createCustomIntegration. Fields from Beam's tooling (copilot prompt (integration_create_custom guidance);
    CLI passes payload file verbatim), not a published contract.

        Attributes:
            name (str | None):
            custom_integration_tools (list[Any] | None): One entry per action: HTTP method, URL, url/query/body params
            auth_type (str | None): There is no 'apiKey' authType; known values: none, token, basic, oauth (an open string)
            api_key_type (str | None): For token auth: raw Authorization, 'Bearer <key>', custom header, or query param;
                known values: default, bearer, header, query (an open string)
            parameter (str | None): Header or query parameter name for apiKeyType header/query
            integration_category_id (str | None): From GET /integration/categories
            bypass_ssl_verification (bool | None):
    """

    name: str | None = None
    custom_integration_tools: list[Any] | None = None
    auth_type: str | None = None
    api_key_type: str | None = None
    parameter: str | None = None
    integration_category_id: str | None = None
    bypass_ssl_verification: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CustomIntegrationRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.custom_integration_tools
        if value is not None:
            field_dict["customIntegrationTools"] = value
        value = self.auth_type
        if value is not None:
            field_dict["authType"] = value
        value = self.api_key_type
        if value is not None:
            field_dict["apiKeyType"] = value
        value = self.parameter
        if value is not None:
            field_dict["parameter"] = value
        value = self.integration_category_id
        if value is not None:
            field_dict["integrationCategoryId"] = value
        value = self.bypass_ssl_verification
        if value is not None:
            field_dict["bypassSslVerification"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.name = get("name")
        self.custom_integration_tools = get("customIntegrationTools")
        self.auth_type = get("authType")
        self.api_key_type = get("apiKeyType")
        self.parameter = get("parameter")
        self.integration_category_id = get("integrationCategoryId")
        self.bypass_ssl_verification = get("bypassSslVerification")
        if not _KNOWN_CustomIntegrationRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CustomIntegrationRequest
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
