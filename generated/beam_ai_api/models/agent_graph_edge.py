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
    from ..models.edge_condition_group import EdgeConditionGroup


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_AgentGraphEdge = frozenset(
    (
        "id",
        "sourceAgentGraphNodeId",
        "targetAgentGraphNodeId",
        "condition",
        "isAttachmentDataPulledIn",
        "createdAt",
        "updatedAt",
        "conditionGroups",
    )
)
_FIELDS_AgentGraphEdge: tuple[str, ...] = (
    "id",
    "source_agent_graph_node_id",
    "target_agent_graph_node_id",
    "condition",
    "is_attachment_data_pulled_in",
    "created_at",
    "updated_at",
    "condition_groups",
)


@_attrs_define(repr=False)
class AgentGraphEdge(ResponseModel):
    """
    Attributes:
        id (str):
        source_agent_graph_node_id (str | None):
        target_agent_graph_node_id (str | None):
        condition (str | None):
        is_attachment_data_pulled_in (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        condition_groups (list[EdgeConditionGroup] | None):
    """

    id: str
    source_agent_graph_node_id: str | None = None
    target_agent_graph_node_id: str | None = None
    condition: str | None = None
    is_attachment_data_pulled_in: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    condition_groups: list[EdgeConditionGroup] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentGraphEdge)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.source_agent_graph_node_id
        if value is not None:
            field_dict["sourceAgentGraphNodeId"] = value
        value = self.target_agent_graph_node_id
        if value is not None:
            field_dict["targetAgentGraphNodeId"] = value
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.is_attachment_data_pulled_in
        if value is not None:
            field_dict["isAttachmentDataPulledIn"] = value
        value = self.created_at
        if value is not None:
            field_dict["createdAt"] = value.isoformat()
        value = self.updated_at
        if value is not None:
            field_dict["updatedAt"] = value.isoformat()
        value = self.condition_groups
        if value is not None:
            field_dict["conditionGroups"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("sourceAgentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("sourceAgentGraphNodeId")
            self.source_agent_graph_node_id = value
            value = src_dict.get("targetAgentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("targetAgentGraphNodeId")
            self.target_agent_graph_node_id = value
            value = src_dict.get("condition")
            if value.__class__ is not str and value is not None:
                raise TypeError("condition")
            self.condition = value
            value = src_dict.get("isAttachmentDataPulledIn")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isAttachmentDataPulledIn")
            self.is_attachment_data_pulled_in = value
            value = src_dict.get("createdAt")
            self.created_at = None if value is None else _datetime_from(value)
            value = src_dict.get("updatedAt")
            self.updated_at = None if value is None else _datetime_from(value)
            value = src_dict.get("conditionGroups")
            self.condition_groups = None if value is None else list(map(_models.EdgeConditionGroup.from_dict, value))
            if not _KNOWN_AgentGraphEdge.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentGraphEdge
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentGraphEdge, _KNOWN_AgentGraphEdge)
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


_SPEC_AgentGraphEdge: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("sourceAgentGraphNodeId", "source_agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("targetAgentGraphNodeId", "target_agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("condition", "condition", as_str, "str", False, False, False, ""),
    FieldSpec("isAttachmentDataPulledIn", "is_attachment_data_pulled_in", as_bool, "bool", False, False, False, ""),
    FieldSpec("createdAt", "created_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec("updatedAt", "updated_at", as_datetime, "datetime.datetime", False, False, False, ""),
    FieldSpec(
        "conditionGroups",
        "condition_groups",
        as_list(as_model("EdgeConditionGroup")),
        "list[EdgeConditionGroup]",
        False,
        False,
        False,
        "EdgeConditionGroup",
    ),
)
