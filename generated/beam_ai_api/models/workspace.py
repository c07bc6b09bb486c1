from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.credit_balance import CreditBalance
    from ..models.workspace_agent import WorkspaceAgent
    from ..models.workspace_role import WorkspaceRole


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_Workspace: tuple[str, ...] = ("id",)
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
class Workspace:
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
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("Workspace", error, src_dict, _REQUIRED_Workspace) from None
        self.name = get("name")
        value = get("role")
        self.role = None if value is None else _models.WorkspaceRole.from_dict(value)
        value = get("creditBalance")
        self.credit_balance = None if value is None else _models.CreditBalance.from_dict(value)
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        self.icon_src = get("iconSrc")
        self.domain = get("domain")
        self.creator_id = get("creatorId")
        value = get("agent")
        self.agent = None if value is None else _models.WorkspaceAgent.from_dict(value)
        if not _KNOWN_Workspace.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_Workspace}
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
