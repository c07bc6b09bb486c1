from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_datetime,
    as_int,
    as_model,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_SetupAgent = frozenset(
    (
        "id",
        "name",
        "creatorId",
        "type",
        "vectorDbId",
        "creditUsage",
        "order",
        "category",
        "createdAt",
        "updatedAt",
        "description",
        "workspaceId",
        "defaultTaskId",
        "themeIconUrl",
        "agentCategoryId",
        "userAccessTokenId",
        "agentSetupSessionId",
        "agentIntroMessage",
        "agentSetupMessage",
        "skipAgentSetupSop",
        "settings",
        "config",
        "deletedAt",
    )
)
_FIELDS_SetupAgent: tuple[str, ...] = (
    "id",
    "name",
    "creator_id",
    "type_",
    "vector_db_id",
    "credit_usage",
    "order",
    "category",
    "created_at",
    "updated_at",
    "description",
    "workspace_id",
    "default_task_id",
    "theme_icon_url",
    "agent_category_id",
    "user_access_token_id",
    "agent_setup_session_id",
    "agent_intro_message",
    "agent_setup_message",
    "skip_agent_setup_sop",
    "settings",
    "config",
    "deleted_at",
)


@_attrs_define(repr=False)
class SetupAgent(ResponseModel):
    """
    Attributes:
        id (str):
        name (str | None):
        creator_id (str | None):
        type_ (str | None):
        vector_db_id (str | None):
        credit_usage (float | None):
        order (int | None):
        category (AgentCategory | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        description (str | None):
        workspace_id (str | None):
        default_task_id (str | None):
        theme_icon_url (str | None):
        agent_category_id (str | None):
        user_access_token_id (str | None):
        agent_setup_session_id (str | None):
        agent_intro_message (str | None):
        agent_setup_message (str | None):
        skip_agent_setup_sop (bool | None):
        settings (AgentSettings | None):
        config (AgentConfig | None):
        deleted_at (datetime.datetime | None):
    """

    id: str
    name: str | None = None
    creator_id: str | None = None
    type_: str | None = None
    vector_db_id: str | None = None
    credit_usage: float | None = None
    order: int | None = None
    category: AgentCategory | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    description: str | None = None
    workspace_id: str | None = None
    default_task_id: str | None = None
    theme_icon_url: str | None = None
    agent_category_id: str | None = None
    user_access_token_id: str | None = None
    agent_setup_session_id: str | None = None
    agent_intro_message: str | None = None
    agent_setup_message: str | None = None
    skip_agent_setup_sop: bool | None = None
    settings: AgentSettings | None = None
    config: AgentConfig | None = None
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_SetupAgent)

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
        value = self.creator_id
        if value is not None:
            field_dict["creatorId"] = value
        value = self.type_
        if value is not None:
            field_dict["type"] = value
        value = self.vector_db_id
        if value is not None:
            field_dict["vectorDbId"] = value
        value = self.credit_usage
        if value is not None:
            field_dict["creditUsage"] = value
        value = self.order
        if value is not None:
            field_dict["order"] = value
        value = self.category
        if value is not None:
            field_dict["category"] = value.to_dict()
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.workspace_id
        if value is not None:
            field_dict["workspaceId"] = value
        value = self.default_task_id
        if value is not None:
            field_dict["defaultTaskId"] = value
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        value = self.agent_category_id
        if value is not None:
            field_dict["agentCategoryId"] = value
        value = self.user_access_token_id
        if value is not None:
            field_dict["userAccessTokenId"] = value
        value = self.agent_setup_session_id
        if value is not None:
            field_dict["agentSetupSessionId"] = value
        value = self.agent_intro_message
        if value is not None:
            field_dict["agentIntroMessage"] = value
        value = self.agent_setup_message
        if value is not None:
            field_dict["agentSetupMessage"] = value
        value = self.skip_agent_setup_sop
        if value is not None:
            field_dict["skipAgentSetupSop"] = value
        value = self.settings
        if value is not None:
            field_dict["settings"] = value.to_dict()
        value = self.config
        if value is not None:
            field_dict["config"] = value.to_dict()
        value = self.deleted_at
        if value is not None:
            field_dict["deletedAt"] = value.isoformat()
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
            value = src_dict.get("creatorId")
            if value.__class__ is not str and value is not None:
                raise TypeError("creatorId")
            self.creator_id = value
            value = src_dict.get("type")
            if value.__class__ is not str and value is not None:
                raise TypeError("type")
            self.type_ = value
            value = src_dict.get("vectorDbId")
            if value.__class__ is not str and value is not None:
                raise TypeError("vectorDbId")
            self.vector_db_id = value
            value = src_dict.get("creditUsage")
            if value.__class__ not in NUMBER_N:
                raise TypeError("creditUsage")
            self.credit_usage = value
            value = src_dict.get("order")
            if value.__class__ is not int and value is not None:
                raise TypeError("order")
            self.order = value
            value = src_dict.get("category")
            self.category = None if value is None else _models.AgentCategory.from_dict(value)
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("workspaceId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceId")
            self.workspace_id = value
            value = src_dict.get("defaultTaskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("defaultTaskId")
            self.default_task_id = value
            value = src_dict.get("themeIconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("themeIconUrl")
            self.theme_icon_url = value
            value = src_dict.get("agentCategoryId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentCategoryId")
            self.agent_category_id = value
            value = src_dict.get("userAccessTokenId")
            if value.__class__ is not str and value is not None:
                raise TypeError("userAccessTokenId")
            self.user_access_token_id = value
            value = src_dict.get("agentSetupSessionId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSetupSessionId")
            self.agent_setup_session_id = value
            value = src_dict.get("agentIntroMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentIntroMessage")
            self.agent_intro_message = value
            value = src_dict.get("agentSetupMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSetupMessage")
            self.agent_setup_message = value
            value = src_dict.get("skipAgentSetupSop")
            if value.__class__ is not bool and value is not None:
                raise TypeError("skipAgentSetupSop")
            self.skip_agent_setup_sop = value
            value = src_dict.get("settings")
            self.settings = None if value is None else _models.AgentSettings.from_dict(value)
            value = src_dict.get("config")
            self.config = None if value is None else _models.AgentConfig.from_dict(value)
            value = src_dict.get("deletedAt")
            self.deleted_at = None if value is None else _datetime_from(value)
            if not _KNOWN_SetupAgent.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_SetupAgent
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_SetupAgent, _KNOWN_SetupAgent)
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


_SPEC_SetupAgent: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("creatorId", "creator_id", as_str, "str", False, False, False, ""),
    FieldSpec("type", "type_", as_str, "str", False, False, False, ""),
    FieldSpec("vectorDbId", "vector_db_id", as_str, "str", False, False, False, ""),
    FieldSpec("creditUsage", "credit_usage", as_number, "float", False, False, False, ""),
    FieldSpec("order", "order", as_int, "int", False, False, False, ""),
    FieldSpec("category", "category", as_model("AgentCategory"), "AgentCategory", False, False, False, "AgentCategory"),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("workspaceId", "workspace_id", as_str, "str", False, False, False, ""),
    FieldSpec("defaultTaskId", "default_task_id", as_str, "str", False, False, False, ""),
    FieldSpec("themeIconUrl", "theme_icon_url", as_str, "str", False, False, False, ""),
    FieldSpec("agentCategoryId", "agent_category_id", as_str, "str", False, False, False, ""),
    FieldSpec("userAccessTokenId", "user_access_token_id", as_str, "str", False, False, False, ""),
    FieldSpec("agentSetupSessionId", "agent_setup_session_id", as_str, "str", False, False, False, ""),
    FieldSpec("agentIntroMessage", "agent_intro_message", as_str, "str", False, False, False, ""),
    FieldSpec("agentSetupMessage", "agent_setup_message", as_str, "str", False, False, False, ""),
    FieldSpec("skipAgentSetupSop", "skip_agent_setup_sop", as_bool, "bool", False, False, False, ""),
    FieldSpec("settings", "settings", as_model("AgentSettings"), "AgentSettings", False, False, False, "AgentSettings"),
    FieldSpec("config", "config", as_model("AgentConfig"), "AgentConfig", False, False, False, "AgentConfig"),
    FieldSpec("deletedAt", "deleted_at", as_datetime, "datetime.datetime", False, True, False, ""),
)
