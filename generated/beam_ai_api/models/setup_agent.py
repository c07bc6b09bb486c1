from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


T = TypeVar("T", bound="SetupAgent")


@_attrs_define
class SetupAgent:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        creator_id (str | Unset):
        type_ (str | Unset):  Example: beam-os.
        vector_db_id (str | Unset):
        credit_usage (float | Unset):
        order (int | Unset):
        category (AgentCategory | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        description (str | Unset):
        workspace_id (str | Unset):
        default_task_id (str | Unset):
        theme_icon_url (str | Unset):
        agent_category_id (str | Unset):
        user_access_token_id (str | Unset):
        agent_setup_session_id (str | Unset):
        agent_intro_message (str | Unset):
        agent_setup_message (str | Unset):
        skip_agent_setup_sop (bool | Unset):
        settings (AgentSettings | Unset):
        config (AgentConfig | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    vector_db_id: str | Unset = UNSET
    credit_usage: float | Unset = UNSET
    order: int | Unset = UNSET
    category: AgentCategory | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    default_task_id: str | Unset = UNSET
    theme_icon_url: str | Unset = UNSET
    agent_category_id: str | Unset = UNSET
    user_access_token_id: str | Unset = UNSET
    agent_setup_session_id: str | Unset = UNSET
    agent_intro_message: str | Unset = UNSET
    agent_setup_message: str | Unset = UNSET
    skip_agent_setup_sop: bool | Unset = UNSET
    settings: AgentSettings | Unset = UNSET
    config: AgentConfig | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        creator_id = self.creator_id

        type_ = self.type_

        vector_db_id = self.vector_db_id

        credit_usage = self.credit_usage

        order = self.order

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        description = self.description

        workspace_id = self.workspace_id

        default_task_id = self.default_task_id

        theme_icon_url = self.theme_icon_url

        agent_category_id = self.agent_category_id

        user_access_token_id = self.user_access_token_id

        agent_setup_session_id = self.agent_setup_session_id

        agent_intro_message = self.agent_intro_message

        agent_setup_message = self.agent_setup_message

        skip_agent_setup_sop = self.skip_agent_setup_sop

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

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
        if category is not UNSET:
            field_dict["category"] = category
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if default_task_id is not UNSET:
            field_dict["defaultTaskId"] = default_task_id
        if theme_icon_url is not UNSET:
            field_dict["themeIconUrl"] = theme_icon_url
        if agent_category_id is not UNSET:
            field_dict["agentCategoryId"] = agent_category_id
        if user_access_token_id is not UNSET:
            field_dict["userAccessTokenId"] = user_access_token_id
        if agent_setup_session_id is not UNSET:
            field_dict["agentSetupSessionId"] = agent_setup_session_id
        if agent_intro_message is not UNSET:
            field_dict["agentIntroMessage"] = agent_intro_message
        if agent_setup_message is not UNSET:
            field_dict["agentSetupMessage"] = agent_setup_message
        if skip_agent_setup_sop is not UNSET:
            field_dict["skipAgentSetupSop"] = skip_agent_setup_sop
        if settings is not UNSET:
            field_dict["settings"] = settings
        if config is not UNSET:
            field_dict["config"] = config
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_category import AgentCategory
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

        _category = d.pop("category", UNSET)
        category: AgentCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = AgentCategory.from_dict(_category)

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

        workspace_id = d.pop("workspaceId", UNSET)

        default_task_id = d.pop("defaultTaskId", UNSET)

        theme_icon_url = d.pop("themeIconUrl", UNSET)

        agent_category_id = d.pop("agentCategoryId", UNSET)

        user_access_token_id = d.pop("userAccessTokenId", UNSET)

        agent_setup_session_id = d.pop("agentSetupSessionId", UNSET)

        agent_intro_message = d.pop("agentIntroMessage", UNSET)

        agent_setup_message = d.pop("agentSetupMessage", UNSET)

        skip_agent_setup_sop = d.pop("skipAgentSetupSop", UNSET)

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

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        setup_agent = cls(
            id=id,
            name=name,
            creator_id=creator_id,
            type_=type_,
            vector_db_id=vector_db_id,
            credit_usage=credit_usage,
            order=order,
            category=category,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            workspace_id=workspace_id,
            default_task_id=default_task_id,
            theme_icon_url=theme_icon_url,
            agent_category_id=agent_category_id,
            user_access_token_id=user_access_token_id,
            agent_setup_session_id=agent_setup_session_id,
            agent_intro_message=agent_intro_message,
            agent_setup_message=agent_setup_message,
            skip_agent_setup_sop=skip_agent_setup_sop,
            settings=settings,
            config=config,
            deleted_at=deleted_at,
        )

        setup_agent.additional_properties = d
        return setup_agent

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
