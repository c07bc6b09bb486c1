from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_datetime,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.view_column import ViewColumn


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class View(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        field_dict["createdAt"] = None if value is None else value.isoformat()
        value = self.updated_at
        field_dict["updatedAt"] = None if value is None else value.isoformat()
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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentId")
            if value.__class__ is not str:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("isActive")
            if value.__class__ is not bool:
                raise TypeError("isActive")
            self.is_active = value
            value = src_dict.get("createdAt")
            if value is None:
                raise KeyError("createdAt")
            self.created_at = _datetime_from(value)
            value = src_dict.get("updatedAt")
            if value is None:
                raise KeyError("updatedAt")
            self.updated_at = _datetime_from(value)
            value = src_dict.get("agent")
            self.agent = None if value is None else _models.AgentInfo.from_dict(value)
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("columns")
            self.columns = None if value is None else list(map(_models.ViewColumn.from_dict, value))
            if not _KNOWN_View.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_View}
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_View, _KNOWN_View)
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


_SPEC_View: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("agentId", "agent_id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("isActive", "is_active", as_bool, "bool", True, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", True, False, False, ""),
    FieldSpec("agent", "agent", as_model("AgentInfo"), "AgentInfo", False, False, False, "AgentInfo"),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec(
        "columns", "columns", as_list(as_model("ViewColumn")), "list[ViewColumn]", False, False, False, "ViewColumn"
    ),
)
