from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.link_match_column import LinkMatchColumn
    from ..models.linked_view import LinkedView


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ViewColumn: tuple[str, ...] = ("id",)
_KNOWN_ViewColumn = frozenset(
    (
        "id",
        "name",
        "dataType",
        "agentGraphNodeId",
        "paramType",
        "paramName",
        "position",
        "createdAt",
        "updatedAt",
        "linkedAgentViewId",
        "linkedView",
        "linkType",
        "linkMatchSourceColumn",
        "linkMatchTargetColumn",
        "reverseColumnId",
    )
)
_FIELDS_ViewColumn: tuple[str, ...] = (
    "id",
    "name",
    "data_type",
    "agent_graph_node_id",
    "param_type",
    "param_name",
    "position",
    "created_at",
    "updated_at",
    "linked_agent_view_id",
    "linked_view",
    "link_type",
    "link_match_source_column",
    "link_match_target_column",
    "reverse_column_id",
)


@_attrs_define(repr=False)
class ViewColumn:
    """
    Attributes:
        id (str):
        name (str | None):
        data_type (str | None):
        agent_graph_node_id (str | None):
        param_type (str | None):
        param_name (str | None):
        position (int | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        linked_agent_view_id (str | None):
        linked_view (LinkedView | None):
        link_type (str | None):
        link_match_source_column (LinkMatchColumn | None):
        link_match_target_column (LinkMatchColumn | None):
        reverse_column_id (str | None):
    """

    id: str
    name: str | None = None
    data_type: str | None = None
    agent_graph_node_id: str | None = None
    param_type: str | None = None
    param_name: str | None = None
    position: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    linked_agent_view_id: str | None = None
    linked_view: LinkedView | None = None
    link_type: str | None = None
    link_match_source_column: LinkMatchColumn | None = None
    link_match_target_column: LinkMatchColumn | None = None
    reverse_column_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ViewColumn)

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
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.agent_graph_node_id
        if value is not None:
            field_dict["agentGraphNodeId"] = value
        value = self.param_type
        if value is not None:
            field_dict["paramType"] = value
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.linked_agent_view_id
        if value is not None:
            field_dict["linkedAgentViewId"] = value
        value = self.linked_view
        if value is not None:
            field_dict["linkedView"] = value.to_dict()
        value = self.link_type
        if value is not None:
            field_dict["linkType"] = value
        value = self.link_match_source_column
        if value is not None:
            field_dict["linkMatchSourceColumn"] = value.to_dict()
        value = self.link_match_target_column
        if value is not None:
            field_dict["linkMatchTargetColumn"] = value.to_dict()
        value = self.reverse_column_id
        if value is not None:
            field_dict["reverseColumnId"] = value
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
            raise missing_field("ViewColumn", error, src_dict, _REQUIRED_ViewColumn) from None
        self.name = get("name")
        self.data_type = get("dataType")
        self.agent_graph_node_id = get("agentGraphNodeId")
        self.param_type = get("paramType")
        self.param_name = get("paramName")
        self.position = get("position")
        value = get("createdAt")
        self.created_at = None if value is None else _datetime_from(value)
        value = get("updatedAt")
        self.updated_at = None if value is None else _datetime_from(value)
        self.linked_agent_view_id = get("linkedAgentViewId")
        value = get("linkedView")
        self.linked_view = None if value is None else _models.LinkedView.from_dict(value)
        self.link_type = get("linkType")
        value = get("linkMatchSourceColumn")
        self.link_match_source_column = None if value is None else _models.LinkMatchColumn.from_dict(value)
        value = get("linkMatchTargetColumn")
        self.link_match_target_column = None if value is None else _models.LinkMatchColumn.from_dict(value)
        self.reverse_column_id = get("reverseColumnId")
        if not _KNOWN_ViewColumn.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_ViewColumn}
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
