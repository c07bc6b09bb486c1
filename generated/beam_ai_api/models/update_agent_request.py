from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_any,
    as_bool,
    as_enum,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings
    from ..models.agent_type import AgentType


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_UpdateAgentRequest = frozenset(
    (
        "name",
        "description",
        "settings",
        "agentConfig",
        "vectorDbId",
        "type",
        "workspaceId",
        "agentCategoryId",
        "themeIconUrl",
        "personality",
        "userAccessTokenId",
        "agentIntroMessage",
        "agentSetupMessage",
        "agentSetupSessionId",
        "skipAgentSetupSop",
        "isAttachmentDataPulledIn",
        "tools",
        "templates",
    )
)
_FIELDS_UpdateAgentRequest: tuple[str, ...] = (
    "name",
    "description",
    "settings",
    "agent_config",
    "vector_db_id",
    "type_",
    "workspace_id",
    "agent_category_id",
    "theme_icon_url",
    "personality",
    "user_access_token_id",
    "agent_intro_message",
    "agent_setup_message",
    "agent_setup_session_id",
    "skip_agent_setup_sop",
    "is_attachment_data_pulled_in",
    "tools",
    "templates",
)


@_attrs_define(repr=False)
class UpdateAgentRequest(ResponseModel):
    """
    Attributes:
        name (str | None):
        description (str | None):
        settings (AgentSettings | None):
        agent_config (AgentConfig | None):
        vector_db_id (str | None):
        type_ (AgentType | None): Kind of agent.
        workspace_id (str | None):
        agent_category_id (str | None):
        theme_icon_url (str | None):
        personality (str | None):
        user_access_token_id (str | None):
        agent_intro_message (str | None):
        agent_setup_message (str | None):
        agent_setup_session_id (str | None):
        skip_agent_setup_sop (bool | None):
        is_attachment_data_pulled_in (bool | None):
        tools (list[str] | None):
        templates (list[Any] | None):
    """

    name: str | None = None
    description: str | None = None
    settings: AgentSettings | None = None
    agent_config: AgentConfig | None = None
    vector_db_id: str | None = None
    type_: AgentType | None = None
    workspace_id: str | None = None
    agent_category_id: str | None = None
    theme_icon_url: str | None = None
    personality: str | None = None
    user_access_token_id: str | None = None
    agent_intro_message: str | None = None
    agent_setup_message: str | None = None
    agent_setup_session_id: str | None = None
    skip_agent_setup_sop: bool | None = None
    is_attachment_data_pulled_in: bool | None = None
    tools: list[str] | None = None
    templates: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UpdateAgentRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.settings
        if value is not None:
            field_dict["settings"] = value.to_dict()
        value = self.agent_config
        if value is not None:
            field_dict["agentConfig"] = value.to_dict()
        value = self.vector_db_id
        if value is not None:
            field_dict["vectorDbId"] = value
        value = self.type_
        if value is not None:
            field_dict["type"] = value.value
        value = self.workspace_id
        if value is not None:
            field_dict["workspaceId"] = value
        value = self.agent_category_id
        if value is not None:
            field_dict["agentCategoryId"] = value
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        value = self.personality
        if value is not None:
            field_dict["personality"] = value
        value = self.user_access_token_id
        if value is not None:
            field_dict["userAccessTokenId"] = value
        value = self.agent_intro_message
        if value is not None:
            field_dict["agentIntroMessage"] = value
        value = self.agent_setup_message
        if value is not None:
            field_dict["agentSetupMessage"] = value
        value = self.agent_setup_session_id
        if value is not None:
            field_dict["agentSetupSessionId"] = value
        value = self.skip_agent_setup_sop
        if value is not None:
            field_dict["skipAgentSetupSop"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.tools
        if value is not None:
            field_dict["tools"] = value
        value = self.templates
        if value is not None:
            field_dict["templates"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("settings")
            self.settings = None if value is None else _models.AgentSettings.from_dict(value)
            value = src_dict.get("agentConfig")
            self.agent_config = None if value is None else _models.AgentConfig.from_dict(value)
            value = src_dict.get("vectorDbId")
            if value.__class__ is not str and value is not None:
                raise TypeError("vectorDbId")
            self.vector_db_id = value
            value = src_dict.get("type")
            self.type_ = None if value is None else _models.AgentType(value)
            value = src_dict.get("workspaceId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceId")
            self.workspace_id = value
            value = src_dict.get("agentCategoryId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentCategoryId")
            self.agent_category_id = value
            value = src_dict.get("themeIconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("themeIconUrl")
            self.theme_icon_url = value
            value = src_dict.get("personality")
            if value.__class__ is not str and value is not None:
                raise TypeError("personality")
            self.personality = value
            value = src_dict.get("userAccessTokenId")
            if value.__class__ is not str and value is not None:
                raise TypeError("userAccessTokenId")
            self.user_access_token_id = value
            value = src_dict.get("agentIntroMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentIntroMessage")
            self.agent_intro_message = value
            value = src_dict.get("agentSetupMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSetupMessage")
            self.agent_setup_message = value
            value = src_dict.get("agentSetupSessionId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSetupSessionId")
            self.agent_setup_session_id = value
            value = src_dict.get("skipAgentSetupSop")
            if value.__class__ is not bool and value is not None:
                raise TypeError("skipAgentSetupSop")
            self.skip_agent_setup_sop = value
            value = src_dict.get("isAttachmentDataPulledIn")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isAttachmentDataPulledIn")
            self.is_attachment_data_pulled_in = value
            value = src_dict.get("tools")
            if value is not None and not all_of(value, STR):
                raise TypeError("tools")
            self.tools = value
            value = src_dict.get("templates")
            if value is not None and value.__class__ is not list:
                raise TypeError("templates")
            self.templates = value
            if not _KNOWN_UpdateAgentRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UpdateAgentRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UpdateAgentRequest, _KNOWN_UpdateAgentRequest)
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


_SPEC_UpdateAgentRequest: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("settings", "settings", as_model("AgentSettings"), "AgentSettings", False, False, False, "AgentSettings"),
    FieldSpec(
        "agentConfig", "agent_config", as_model("AgentConfig"), "AgentConfig", False, False, False, "AgentConfig"
    ),
    FieldSpec("vectorDbId", "vector_db_id", as_str, "str", False, False, False, ""),
    FieldSpec("type", "type_", as_enum("AgentType"), "AgentType", False, False, False, ""),
    FieldSpec("workspaceId", "workspace_id", as_str, "str", False, False, False, ""),
    FieldSpec("agentCategoryId", "agent_category_id", as_str, "str", False, False, False, ""),
    FieldSpec("themeIconUrl", "theme_icon_url", as_str, "str", False, False, False, ""),
    FieldSpec("personality", "personality", as_str, "str", False, False, False, ""),
    FieldSpec("userAccessTokenId", "user_access_token_id", as_str, "str", False, False, False, ""),
    FieldSpec("agentIntroMessage", "agent_intro_message", as_str, "str", False, False, False, ""),
    FieldSpec("agentSetupMessage", "agent_setup_message", as_str, "str", False, False, False, ""),
    FieldSpec("agentSetupSessionId", "agent_setup_session_id", as_str, "str", False, False, False, ""),
    FieldSpec("skipAgentSetupSop", "skip_agent_setup_sop", as_bool, "bool", False, False, False, ""),
    FieldSpec("isAttachmentDataPulledIn", "is_attachment_data_pulled_in", as_bool, "bool", False, False, False, ""),
    FieldSpec("tools", "tools", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("templates", "templates", as_list(as_any), "list[Any]", False, False, False, ""),
)
