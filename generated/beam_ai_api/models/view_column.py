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
    as_datetime,
    as_int,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.link_match_column import LinkMatchColumn
    from ..models.linked_view import LinkedView


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class ViewColumn(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
            value = src_dict.get("dataType")
            if value.__class__ is not str and value is not None:
                raise TypeError("dataType")
            self.data_type = value
            value = src_dict.get("agentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphNodeId")
            self.agent_graph_node_id = value
            value = src_dict.get("paramType")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramType")
            self.param_type = value
            value = src_dict.get("paramName")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramName")
            self.param_name = value
            value = src_dict.get("position")
            if value.__class__ is not int and value is not None:
                raise TypeError("position")
            self.position = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("linkedAgentViewId")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkedAgentViewId")
            self.linked_agent_view_id = value
            value = src_dict.get("linkedView")
            self.linked_view = None if value is None else _models.LinkedView.from_dict(value)
            value = src_dict.get("linkType")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkType")
            self.link_type = value
            value = src_dict.get("linkMatchSourceColumn")
            self.link_match_source_column = None if value is None else _models.LinkMatchColumn.from_dict(value)
            value = src_dict.get("linkMatchTargetColumn")
            self.link_match_target_column = None if value is None else _models.LinkMatchColumn.from_dict(value)
            value = src_dict.get("reverseColumnId")
            if value.__class__ is not str and value is not None:
                raise TypeError("reverseColumnId")
            self.reverse_column_id = value
            if not _KNOWN_ViewColumn.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ViewColumn
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ViewColumn, _KNOWN_ViewColumn)
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


_SPEC_ViewColumn: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("dataType", "data_type", as_str, "str", False, False, False, ""),
    FieldSpec("agentGraphNodeId", "agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("paramType", "param_type", as_str, "str", False, False, False, ""),
    FieldSpec("paramName", "param_name", as_str, "str", False, False, False, ""),
    FieldSpec("position", "position", as_int, "int", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("linkedAgentViewId", "linked_agent_view_id", as_str, "str", False, False, False, ""),
    FieldSpec("linkedView", "linked_view", as_model("LinkedView"), "LinkedView", False, False, False, "LinkedView"),
    FieldSpec("linkType", "link_type", as_str, "str", False, False, False, ""),
    FieldSpec(
        "linkMatchSourceColumn",
        "link_match_source_column",
        as_model("LinkMatchColumn"),
        "LinkMatchColumn",
        False,
        False,
        False,
        "LinkMatchColumn",
    ),
    FieldSpec(
        "linkMatchTargetColumn",
        "link_match_target_column",
        as_model("LinkMatchColumn"),
        "LinkMatchColumn",
        False,
        False,
        False,
        "LinkMatchColumn",
    ),
    FieldSpec("reverseColumnId", "reverse_column_id", as_str, "str", False, False, False, ""),
)
