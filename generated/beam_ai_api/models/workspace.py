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
    as_datetime,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.credit_balance import CreditBalance
    from ..models.workspace_agent import WorkspaceAgent
    from ..models.workspace_role import WorkspaceRole


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_Workspace = frozenset(
    (
        "id",
        "name",
        "role",
        "creditBalance",
        "createdAt",
        "iconSrc",
        "domain",
        "creatorId",
        "agent",
    )
)
_FIELDS_Workspace: tuple[str, ...] = (
    "id",
    "name",
    "role",
    "credit_balance",
    "created_at",
    "icon_src",
    "domain",
    "creator_id",
    "agent",
)


@_attrs_define(repr=False)
class Workspace(ResponseModel):
    """
    Attributes:
        id (str):
        name (str | None):
        role (WorkspaceRole | None):
        credit_balance (CreditBalance | None):
        created_at (datetime.datetime | None):
        icon_src (str | None):
        domain (str | None):
        creator_id (str | None):
        agent (WorkspaceAgent | None):
    """

    id: str
    name: str | None = None
    role: WorkspaceRole | None = None
    credit_balance: CreditBalance | None = None
    created_at: datetime.datetime | None = None
    icon_src: str | None = None
    domain: str | None = None
    creator_id: str | None = None
    agent: WorkspaceAgent | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_Workspace)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.role
        if value is not None:
            field_dict["role"] = value.to_dict()
        value = self.credit_balance
        if value is not None:
            field_dict["creditBalance"] = value.to_dict()
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.icon_src
        if value is not None:
            field_dict["iconSrc"] = value
        value = self.domain
        if value is not None:
            field_dict["domain"] = value
        value = self.creator_id
        if value is not None:
            field_dict["creatorId"] = value
        value = self.agent
        if value is not None:
            field_dict["agent"] = value.to_dict()
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
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("role")
            self.role = None if value is None else _models.WorkspaceRole.from_dict(value)
            value = src_dict.get("creditBalance")
            self.credit_balance = None if value is None else _models.CreditBalance.from_dict(value)
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("iconSrc")
            if value.__class__ is not str and value is not None:
                raise TypeError("iconSrc")
            self.icon_src = value
            value = src_dict.get("domain")
            if value.__class__ is not str and value is not None:
                raise TypeError("domain")
            self.domain = value
            value = src_dict.get("creatorId")
            if value.__class__ is not str and value is not None:
                raise TypeError("creatorId")
            self.creator_id = value
            value = src_dict.get("agent")
            self.agent = None if value is None else _models.WorkspaceAgent.from_dict(value)
            if not _KNOWN_Workspace.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_Workspace
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_Workspace, _KNOWN_Workspace)
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


_SPEC_Workspace: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("role", "role", as_model("WorkspaceRole"), "WorkspaceRole", False, False, False, "WorkspaceRole"),
    FieldSpec(
        "creditBalance",
        "credit_balance",
        as_model("CreditBalance"),
        "CreditBalance",
        False,
        False,
        False,
        "CreditBalance",
    ),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("iconSrc", "icon_src", as_str, "str", False, False, False, ""),
    FieldSpec("domain", "domain", as_str, "str", False, False, False, ""),
    FieldSpec("creatorId", "creator_id", as_str, "str", False, False, False, ""),
    FieldSpec("agent", "agent", as_model("WorkspaceAgent"), "WorkspaceAgent", False, False, False, "WorkspaceAgent"),
)
