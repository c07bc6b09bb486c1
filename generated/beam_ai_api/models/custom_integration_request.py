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
    as_any,
    as_bool,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class CustomIntegrationRequest(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CustomIntegrationRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

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
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("customIntegrationTools")
            if value is not None and value.__class__ is not list:
                raise TypeError("customIntegrationTools")
            self.custom_integration_tools = value
            value = src_dict.get("authType")
            if value.__class__ is not str and value is not None:
                raise TypeError("authType")
            self.auth_type = value
            value = src_dict.get("apiKeyType")
            if value.__class__ is not str and value is not None:
                raise TypeError("apiKeyType")
            self.api_key_type = value
            value = src_dict.get("parameter")
            if value.__class__ is not str and value is not None:
                raise TypeError("parameter")
            self.parameter = value
            value = src_dict.get("integrationCategoryId")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationCategoryId")
            self.integration_category_id = value
            value = src_dict.get("bypassSslVerification")
            if value.__class__ is not bool and value is not None:
                raise TypeError("bypassSslVerification")
            self.bypass_ssl_verification = value
            if not _KNOWN_CustomIntegrationRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_CustomIntegrationRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_CustomIntegrationRequest, _KNOWN_CustomIntegrationRequest)
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


_SPEC_CustomIntegrationRequest: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec(
        "customIntegrationTools", "custom_integration_tools", as_list(as_any), "list[Any]", False, False, False, ""
    ),
    FieldSpec("authType", "auth_type", as_str, "str", False, False, False, ""),
    FieldSpec("apiKeyType", "api_key_type", as_str, "str", False, False, False, ""),
    FieldSpec("parameter", "parameter", as_str, "str", False, False, False, ""),
    FieldSpec("integrationCategoryId", "integration_category_id", as_str, "str", False, False, False, ""),
    FieldSpec("bypassSslVerification", "bypass_ssl_verification", as_bool, "bool", False, False, False, ""),
)
