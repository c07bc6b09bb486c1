from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.view_column import ViewColumn


T = TypeVar("T", bound="View")


@_attrs_define
class View:
    """
    Attributes:
        id (str):
        agent_id (str):
        name (str):
        is_active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        agent (AgentInfo | Unset):
        description (str | Unset):
        columns (list[ViewColumn] | Unset):
    """

    id: str
    agent_id: str
    name: str
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    agent: AgentInfo | Unset = UNSET
    description: str | Unset = UNSET
    columns: list[ViewColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        name = self.name

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        description = self.description

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agentId": agent_id,
                "name": name,
                "isActive": is_active,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if description is not UNSET:
            field_dict["description"] = description
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_info import AgentInfo
        from ..models.view_column import ViewColumn

        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agentId")

        name = d.pop("name")

        is_active = d.pop("isActive")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _agent = d.pop("agent", UNSET)
        agent: AgentInfo | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentInfo.from_dict(_agent)

        description = d.pop("description", UNSET)

        _columns = d.pop("columns", UNSET)
        columns: list[ViewColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = ViewColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        view = cls(
            id=id,
            agent_id=agent_id,
            name=name,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            agent=agent,
            description=description,
            columns=columns,
        )

        view.additional_properties = d
        return view

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
