from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_WorkspaceAgent: tuple[str, ...] = ("id",)
_KNOWN_WorkspaceAgent = frozenset(
    (
        "id",
        "name",
        "creatorId",
        "type",
        "vectorDbId",
        "creditUsage",
        "order",
        "createdAt",
        "updatedAt",
        "description",
        "settings",
        "config",
        "workspaceId",
    )
)
_FIELDS_WorkspaceAgent: tuple[str, ...] = (
    "id",
    "name",
    "creator_id",
    "type_",
    "vector_db_id",
    "credit_usage",
    "order",
    "created_at",
    "updated_at",
    "description",
    "settings",
    "config",
    "workspace_id",
)


@_attrs_define(repr=False)
class WorkspaceAgent:
    """
    Attributes:
        id (str):
        name (str | None):
        creator_id (str | None):
        type_ (str | None):
        vector_db_id (str | None):
        credit_usage (float | None):
        order (int | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        description (str | None):
        settings (AgentSettings | None):
        config (AgentConfig | None):
        workspace_id (str | None):
    """

    id: str
    name: str | None = None
    creator_id: str | None = None
    type_: str | None = None
    vector_db_id: str | None = None
    credit_usage: float | None = None
    order: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    description: str | None = None
    settings: AgentSettings | None = None
    config: AgentConfig | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_WorkspaceAgent)

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
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.settings
        if value is not None:
            field_dict["settings"] = value.to_dict()
        value = self.config
        if value is not None:
            field_dict["config"] = value.to_dict()
        value = self.workspace_id
        if value is not None:
            field_dict["workspaceId"] = value
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
            raise missing_field("WorkspaceAgent", error, src_dict, _REQUIRED_WorkspaceAgent) from None
        self.name = get("name")
        self.creator_id = get("creatorId")
        self.type_ = get("type")
        self.vector_db_id = get("vectorDbId")
        self.credit_usage = get("creditUsage")
        self.order = get("order")
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        self.description = get("description")
        value = get("settings")
        self.settings = None if value is None else _models.AgentSettings.from_dict(value)
        value = get("config")
        self.config = None if value is None else _models.AgentConfig.from_dict(value)
        self.workspace_id = get("workspaceId")
        if not _KNOWN_WorkspaceAgent.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_WorkspaceAgent
            }
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
