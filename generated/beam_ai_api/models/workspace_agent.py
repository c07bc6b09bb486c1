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
    from ..models.agent_config import AgentConfig
    from ..models.agent_settings import AgentSettings


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class WorkspaceAgent(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("settings")
            self.settings = None if value is None else _models.AgentSettings.from_dict(value)
            value = src_dict.get("config")
            self.config = None if value is None else _models.AgentConfig.from_dict(value)
            value = src_dict.get("workspaceId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceId")
            self.workspace_id = value
            if not _KNOWN_WorkspaceAgent.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_WorkspaceAgent
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_WorkspaceAgent, _KNOWN_WorkspaceAgent)
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


_SPEC_WorkspaceAgent: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("creatorId", "creator_id", as_str, "str", False, False, False, ""),
    FieldSpec("type", "type_", as_str, "str", False, False, False, ""),
    FieldSpec("vectorDbId", "vector_db_id", as_str, "str", False, False, False, ""),
    FieldSpec("creditUsage", "credit_usage", as_number, "float", False, False, False, ""),
    FieldSpec("order", "order", as_int, "int", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("settings", "settings", as_model("AgentSettings"), "AgentSettings", False, False, False, "AgentSettings"),
    FieldSpec("config", "config", as_model("AgentConfig"), "AgentConfig", False, False, False, "AgentConfig"),
    FieldSpec("workspaceId", "workspace_id", as_str, "str", False, False, False, ""),
)
