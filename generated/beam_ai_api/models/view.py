from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.view_column import ViewColumn


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_View: tuple[str, ...] = (
    "id",
    "agentId",
    "name",
    "isActive",
    "createdAt",
    "updatedAt",
)
_KNOWN_View = frozenset(
    (
        "id",
        "agentId",
        "name",
        "isActive",
        "createdAt",
        "updatedAt",
        "agent",
        "description",
        "columns",
    )
)
_FIELDS_View: tuple[str, ...] = (
    "id",
    "agent_id",
    "name",
    "is_active",
    "created_at",
    "updated_at",
    "agent",
    "description",
    "columns",
)


@_attrs_define(repr=False)
class View:
    """
    Attributes:
        id (str):
        agent_id (str):
        name (str):
        is_active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        agent (AgentInfo | None):
        description (str | None):
        columns (list[ViewColumn] | None):
    """

    id: str
    agent_id: str
    name: str
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    agent: AgentInfo | None = None
    description: str | None = None
    columns: list[ViewColumn] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_View)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["agentId"] = self.agent_id
        field_dict["name"] = self.name
        field_dict["isActive"] = self.is_active
        value = self.created_at
        field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        field_dict["updatedAt"] = value.isoformat()
        value = self.agent
        if value is not None:
            field_dict["agent"] = value.to_dict()
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.columns
        if value is not None:
            field_dict["columns"] = [value_item.to_dict() for value_item in value]
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
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
            value = src_dict["isActive"]
            if value is None:
                raise KeyError("isActive")
            self.is_active = value
            value = src_dict["createdAt"]
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict["updatedAt"]
            if value is None:
                raise KeyError("updatedAt")
            self.updated_at = _datetime_from(value)
        except KeyError as error:
            raise missing_field("View", error, src_dict, _REQUIRED_View) from None
        value = get("agent")
        self.agent = None if value is None else _models.AgentInfo.from_dict(value)
        self.description = get("description")
        value = get("columns")
        self.columns = None if value is None else list(map(_models.ViewColumn.from_dict, value))
        if not _KNOWN_View.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_View}
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
