from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_TokenCredentialRequest = frozenset(
    (
        "integrationId",
        "provider",
        "identifier",
        "credentials",
        "connectionName",
    )
)
_FIELDS_TokenCredentialRequest: tuple[str, ...] = (
    "integration_id",
    "provider",
    "identifier",
    "credentials",
    "connection_name",
)


@_attrs_define(repr=False)
class TokenCredentialRequest(ResponseModel):
    """Body of addTokenCredential. Fields from Beam's tooling (copilot prompt (integration_connect arguments); CLI passes
    payload file verbatim), not a published contract.

        Attributes:
            integration_id (str | None): Catalog entry id (or the new custom integration id)
            provider (str | None): known values: custom, nango, nango_cloud, pipedream, none (an open string)
            identifier (str | None): For custom integrations: token → httpCustomAuth, basic → httpBasicAuth; known values:
                httpCustomAuth, httpBasicAuth (an open string)
            credentials (Any | None): {apikey} for token auth, {username, password} for basic; free-form JSON object
            connection_name (str | None):
    """

    integration_id: str | None = None
    provider: str | None = None
    identifier: str | None = None
    credentials: Any | None = None
    connection_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TokenCredentialRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.integration_id
        if value is not None:
            field_dict["integrationId"] = value
        value = self.provider
        if value is not None:
            field_dict["provider"] = value
        value = self.identifier
        if value is not None:
            field_dict["identifier"] = value
        value = self.credentials
        if value is not None:
            field_dict["credentials"] = value
        value = self.connection_name
        if value is not None:
            field_dict["connectionName"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("integrationId")
            if value.__class__ is not str and value is not None:
                raise TypeError("integrationId")
            self.integration_id = value
            value = src_dict.get("provider")
            if value.__class__ is not str and value is not None:
                raise TypeError("provider")
            self.provider = value
            value = src_dict.get("identifier")
            if value.__class__ is not str and value is not None:
                raise TypeError("identifier")
            self.identifier = value
            self.credentials = src_dict.get("credentials")
            value = src_dict.get("connectionName")
            if value.__class__ is not str and value is not None:
                raise TypeError("connectionName")
            self.connection_name = value
            if not _KNOWN_TokenCredentialRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_TokenCredentialRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_TokenCredentialRequest, _KNOWN_TokenCredentialRequest)
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


_SPEC_TokenCredentialRequest: tuple[FieldSpec, ...] = (
    FieldSpec("integrationId", "integration_id", as_str, "str", False, False, False, ""),
    FieldSpec("provider", "provider", as_str, "str", False, False, False, ""),
    FieldSpec("identifier", "identifier", as_str, "str", False, False, False, ""),
    FieldSpec("credentials", "credentials", as_any, "Any", False, False, False, ""),
    FieldSpec("connectionName", "connection_name", as_str, "str", False, False, False, ""),
)
