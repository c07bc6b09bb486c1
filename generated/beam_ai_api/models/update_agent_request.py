from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


T = TypeVar("T", bound="UpdateAgentRequest")


@_attrs_define
class UpdateAgentRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        settings (AgentSettings | Unset):
        agent_config (AgentConfig | Unset):
        vector_db_id (str | Unset):
        type_ (AgentType | Unset): Kind of agent.
        workspace_id (str | Unset):
        agent_category_id (str | Unset):
        theme_icon_url (str | Unset):
        personality (str | Unset): from rendered example
        user_access_token_id (str | Unset): from rendered example
        agent_intro_message (str | Unset): from rendered example
        agent_setup_message (str | Unset): from rendered example
        agent_setup_session_id (str | Unset): from rendered example
        skip_agent_setup_sop (bool | Unset): from rendered example
        is_attachment_data_pulled_in (bool | Unset): from rendered example
        tools (list[str] | Unset): from rendered example
        templates (list[Any] | Unset): from rendered example; TaskTemplate-like objects
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    settings: AgentSettings | Unset = UNSET
    agent_config: AgentConfig | Unset = UNSET
    vector_db_id: str | Unset = UNSET
    type_: AgentType | Unset = UNSET
    workspace_id: str | Unset = UNSET
    agent_category_id: str | Unset = UNSET
    theme_icon_url: str | Unset = UNSET
    personality: str | Unset = UNSET
    user_access_token_id: str | Unset = UNSET
    agent_intro_message: str | Unset = UNSET
    agent_setup_message: str | Unset = UNSET
    agent_setup_session_id: str | Unset = UNSET
    skip_agent_setup_sop: bool | Unset = UNSET
    is_attachment_data_pulled_in: bool | Unset = UNSET
    tools: list[str] | Unset = UNSET
    templates: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        agent_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_config, Unset):
            agent_config = self.agent_config.to_dict()

        vector_db_id = self.vector_db_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        workspace_id = self.workspace_id

        agent_category_id = self.agent_category_id

        theme_icon_url = self.theme_icon_url

        personality = self.personality

        user_access_token_id = self.user_access_token_id

        agent_intro_message = self.agent_intro_message

        agent_setup_message = self.agent_setup_message

        agent_setup_session_id = self.agent_setup_session_id

        skip_agent_setup_sop = self.skip_agent_setup_sop

        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        templates: list[Any] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if settings is not UNSET:
            field_dict["settings"] = settings
        if agent_config is not UNSET:
            field_dict["agentConfig"] = agent_config
        if vector_db_id is not UNSET:
            field_dict["vectorDbId"] = vector_db_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if agent_category_id is not UNSET:
            field_dict["agentCategoryId"] = agent_category_id
        if theme_icon_url is not UNSET:
            field_dict["themeIconUrl"] = theme_icon_url
        if personality is not UNSET:
            field_dict["personality"] = personality
        if user_access_token_id is not UNSET:
            field_dict["userAccessTokenId"] = user_access_token_id
        if agent_intro_message is not UNSET:
            field_dict["agentIntroMessage"] = agent_intro_message
        if agent_setup_message is not UNSET:
            field_dict["agentSetupMessage"] = agent_setup_message
        if agent_setup_session_id is not UNSET:
            field_dict["agentSetupSessionId"] = agent_setup_session_id
        if skip_agent_setup_sop is not UNSET:
            field_dict["skipAgentSetupSop"] = skip_agent_setup_sop
        if is_attachment_data_pulled_in is not UNSET:
            field_dict["isAttachmentDataPulledIn"] = is_attachment_data_pulled_in
        if tools is not UNSET:
            field_dict["tools"] = tools
        if templates is not UNSET:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_config import AgentConfig
        from ..models.agent_settings import AgentSettings

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: AgentSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AgentSettings.from_dict(_settings)

        _agent_config = d.pop("agentConfig", UNSET)
        agent_config: AgentConfig | Unset
        if isinstance(_agent_config, Unset):
            agent_config = UNSET
        else:
            agent_config = AgentConfig.from_dict(_agent_config)

        vector_db_id = d.pop("vectorDbId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AgentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AgentType(_type_)

        workspace_id = d.pop("workspaceId", UNSET)

        agent_category_id = d.pop("agentCategoryId", UNSET)

        theme_icon_url = d.pop("themeIconUrl", UNSET)

        personality = d.pop("personality", UNSET)

        user_access_token_id = d.pop("userAccessTokenId", UNSET)

        agent_intro_message = d.pop("agentIntroMessage", UNSET)

        agent_setup_message = d.pop("agentSetupMessage", UNSET)

        agent_setup_session_id = d.pop("agentSetupSessionId", UNSET)

        skip_agent_setup_sop = d.pop("skipAgentSetupSop", UNSET)

        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn", UNSET)

        tools = cast(list[str], d.pop("tools", UNSET))

        templates = cast(list[Any], d.pop("templates", UNSET))

        update_agent_request = cls(
            name=name,
            description=description,
            settings=settings,
            agent_config=agent_config,
            vector_db_id=vector_db_id,
            type_=type_,
            workspace_id=workspace_id,
            agent_category_id=agent_category_id,
            theme_icon_url=theme_icon_url,
            personality=personality,
            user_access_token_id=user_access_token_id,
            agent_intro_message=agent_intro_message,
            agent_setup_message=agent_setup_message,
            agent_setup_session_id=agent_setup_session_id,
            skip_agent_setup_sop=skip_agent_setup_sop,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            tools=tools,
            templates=templates,
        )

        update_agent_request.additional_properties = d
        return update_agent_request

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
