from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


T = TypeVar("T", bound="WorkspaceAgent")


@_attrs_define
class WorkspaceAgent:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        creator_id (str | Unset):
        type_ (str | Unset):  Example: beam-os.
        vector_db_id (str | Unset):
        credit_usage (float | Unset):
        order (int | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        description (str | Unset):
        settings (AgentSettings | Unset):
        config (AgentConfig | Unset):
        workspace_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    vector_db_id: str | Unset = UNSET
    credit_usage: float | Unset = UNSET
    order: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    settings: AgentSettings | Unset = UNSET
    config: AgentConfig | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        creator_id = self.creator_id

        type_ = self.type_

        vector_db_id = self.vector_db_id

        credit_usage = self.credit_usage

        order = self.order

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        description = self.description

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vector_db_id is not UNSET:
            field_dict["vectorDbId"] = vector_db_id
        if credit_usage is not UNSET:
            field_dict["creditUsage"] = credit_usage
        if order is not UNSET:
            field_dict["order"] = order
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if settings is not UNSET:
            field_dict["settings"] = settings
        if config is not UNSET:
            field_dict["config"] = config
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_config import AgentConfig
        from ..models.agent_settings import AgentSettings

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        creator_id = d.pop("creatorId", UNSET)

        type_ = d.pop("type", UNSET)

        vector_db_id = d.pop("vectorDbId", UNSET)

        credit_usage = d.pop("creditUsage", UNSET)

        order = d.pop("order", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        description = d.pop("description", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: AgentSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AgentSettings.from_dict(_settings)

        _config = d.pop("config", UNSET)
        config: AgentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentConfig.from_dict(_config)

        workspace_id = d.pop("workspaceId", UNSET)

        workspace_agent = cls(
            id=id,
            name=name,
            creator_id=creator_id,
            type_=type_,
            vector_db_id=vector_db_id,
            credit_usage=credit_usage,
            order=order,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            settings=settings,
            config=config,
            workspace_id=workspace_id,
        )

        workspace_agent.additional_properties = d
        return workspace_agent

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
