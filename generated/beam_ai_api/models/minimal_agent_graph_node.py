from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.tool_configuration import ToolConfiguration


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_MinimalAgentGraphNode: tuple[str, ...] = ()
_KNOWN_MinimalAgentGraphNode = frozenset(
    (
        "id",
        "customId",
        "objective",
        "evaluationCriteria",
        "isEntryNode",
        "isExitNode",
        "xCoordinate",
        "yCoordinate",
        "toolConfiguration",
        "childEdges",
        "parentEdges",
    )
)
_FIELDS_MinimalAgentGraphNode: tuple[str, ...] = (
    "id",
    "custom_id",
    "objective",
    "evaluation_criteria",
    "is_entry_node",
    "is_exit_node",
    "x_coordinate",
    "y_coordinate",
    "tool_configuration",
    "child_edges",
    "parent_edges",
)


@_attrs_define(repr=False)
class MinimalAgentGraphNode:
    """
    Attributes:
        id (str | None):
        custom_id (str | None):
        objective (str | None):
        evaluation_criteria (list[str] | None):
        is_entry_node (bool | None):
        is_exit_node (bool | None):
        x_coordinate (float | None):
        y_coordinate (float | None):
        tool_configuration (ToolConfiguration | None):
        child_edges (list[Any] | None):
        parent_edges (list[Any] | None):
    """

    id: str | None = None
    custom_id: str | None = None
    objective: str | None = None
    evaluation_criteria: list[str] | None = None
    is_entry_node: bool | None = None
    is_exit_node: bool | None = None
    x_coordinate: float | None = None
    y_coordinate: float | None = None
    tool_configuration: ToolConfiguration | None = None
    child_edges: list[Any] | None = None
    parent_edges: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_MinimalAgentGraphNode)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.custom_id
        if value is not None:
            field_dict["customId"] = value
        value = self.objective
        if value is not None:
            field_dict["objective"] = value
        value = self.evaluation_criteria
        if value is not None:
            field_dict["evaluationCriteria"] = value
        value = self.is_entry_node
        if value is not None:
            field_dict["isEntryNode"] = value
        value = self.is_exit_node
        if value is not None:
            field_dict["isExitNode"] = value
        value = self.x_coordinate
        if value is not None:
            field_dict["xCoordinate"] = value
        value = self.y_coordinate
        if value is not None:
            field_dict["yCoordinate"] = value
        value = self.tool_configuration
        if value is not None:
            field_dict["toolConfiguration"] = value.to_dict()
        value = self.child_edges
        if value is not None:
            field_dict["childEdges"] = value
        value = self.parent_edges
        if value is not None:
            field_dict["parentEdges"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.id = get("id")
        self.custom_id = get("customId")
        self.objective = get("objective")
        self.evaluation_criteria = get("evaluationCriteria")
        self.is_entry_node = get("isEntryNode")
        self.is_exit_node = get("isExitNode")
        self.x_coordinate = get("xCoordinate")
        self.y_coordinate = get("yCoordinate")
        value = get("toolConfiguration")
        self.tool_configuration = None if value is None else _models.ToolConfiguration.from_dict(value)
        self.child_edges = get("childEdges")
        self.parent_edges = get("parentEdges")
        if not _KNOWN_MinimalAgentGraphNode.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_MinimalAgentGraphNode
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
