from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_balance import CreditBalance
    from ..models.workspace_agent import WorkspaceAgent
    from ..models.workspace_role import WorkspaceRole


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        role (WorkspaceRole | Unset):
        credit_balance (CreditBalance | Unset):
        created_at (datetime.datetime | Unset):
        icon_src (str | Unset): older example
        domain (str | Unset): older example
        creator_id (str | Unset): older example
        agent (WorkspaceAgent | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    role: WorkspaceRole | Unset = UNSET
    credit_balance: CreditBalance | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    icon_src: str | Unset = UNSET
    domain: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    agent: WorkspaceAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        credit_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_balance, Unset):
            credit_balance = self.credit_balance.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        icon_src = self.icon_src

        domain = self.domain

        creator_id = self.creator_id

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if credit_balance is not UNSET:
            field_dict["creditBalance"] = credit_balance
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if icon_src is not UNSET:
            field_dict["iconSrc"] = icon_src
        if domain is not UNSET:
            field_dict["domain"] = domain
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_balance import CreditBalance
        from ..models.workspace_agent import WorkspaceAgent
        from ..models.workspace_role import WorkspaceRole

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _role = d.pop("role", UNSET)
        role: WorkspaceRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = WorkspaceRole.from_dict(_role)

        _credit_balance = d.pop("creditBalance", UNSET)
        credit_balance: CreditBalance | Unset
        if isinstance(_credit_balance, Unset):
            credit_balance = UNSET
        else:
            credit_balance = CreditBalance.from_dict(_credit_balance)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        icon_src = d.pop("iconSrc", UNSET)

        domain = d.pop("domain", UNSET)

        creator_id = d.pop("creatorId", UNSET)

        _agent = d.pop("agent", UNSET)
        agent: WorkspaceAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = WorkspaceAgent.from_dict(_agent)

        workspace = cls(
            id=id,
            name=name,
            role=role,
            credit_balance=credit_balance,
            created_at=created_at,
            icon_src=icon_src,
            domain=domain,
            creator_id=creator_id,
            agent=agent,
        )

        workspace.additional_properties = d
        return workspace

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
