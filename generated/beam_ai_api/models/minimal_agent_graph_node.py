from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    NUMBER_N,
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_any,
    as_bool,
    as_list,
    as_model,
    as_number,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.tool_configuration import ToolConfiguration


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class MinimalAgentGraphNode(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("customId")
            if value.__class__ is not str and value is not None:
                raise TypeError("customId")
            self.custom_id = value
            value = src_dict.get("objective")
            if value.__class__ is not str and value is not None:
                raise TypeError("objective")
            self.objective = value
            value = src_dict.get("evaluationCriteria")
            if value is not None and not all_of(value, STR):
                raise TypeError("evaluationCriteria")
            self.evaluation_criteria = value
            value = src_dict.get("isEntryNode")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEntryNode")
            self.is_entry_node = value
            value = src_dict.get("isExitNode")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isExitNode")
            self.is_exit_node = value
            value = src_dict.get("xCoordinate")
            if value.__class__ not in NUMBER_N:
                raise TypeError("xCoordinate")
            self.x_coordinate = value
            value = src_dict.get("yCoordinate")
            if value.__class__ not in NUMBER_N:
                raise TypeError("yCoordinate")
            self.y_coordinate = value
            value = src_dict.get("toolConfiguration")
            self.tool_configuration = None if value is None else _models.ToolConfiguration.from_dict(value)
            value = src_dict.get("childEdges")
            if value is not None and value.__class__ is not list:
                raise TypeError("childEdges")
            self.child_edges = value
            value = src_dict.get("parentEdges")
            if value is not None and value.__class__ is not list:
                raise TypeError("parentEdges")
            self.parent_edges = value
            if not _KNOWN_MinimalAgentGraphNode.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_MinimalAgentGraphNode
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_MinimalAgentGraphNode, _KNOWN_MinimalAgentGraphNode)
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


_SPEC_MinimalAgentGraphNode: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("customId", "custom_id", as_str, "str", False, False, False, ""),
    FieldSpec("objective", "objective", as_str, "str", False, False, False, ""),
    FieldSpec("evaluationCriteria", "evaluation_criteria", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("isEntryNode", "is_entry_node", as_bool, "bool", False, False, False, ""),
    FieldSpec("isExitNode", "is_exit_node", as_bool, "bool", False, False, False, ""),
    FieldSpec("xCoordinate", "x_coordinate", as_number, "float", False, False, False, ""),
    FieldSpec("yCoordinate", "y_coordinate", as_number, "float", False, False, False, ""),
    FieldSpec(
        "toolConfiguration",
        "tool_configuration",
        as_model("ToolConfiguration"),
        "ToolConfiguration",
        False,
        False,
        False,
        "ToolConfiguration",
    ),
    FieldSpec("childEdges", "child_edges", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("parentEdges", "parent_edges", as_list(as_any), "list[Any]", False, False, False, ""),
)
