from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_configuration import ToolConfiguration


T = TypeVar("T", bound="MinimalAgentGraphNode")


@_attrs_define
class MinimalAgentGraphNode:
    """
    Attributes:
        id (str | Unset):
        custom_id (str | Unset):
        objective (str | Unset):
        evaluation_criteria (list[str] | Unset):
        is_entry_node (bool | Unset):
        is_exit_node (bool | Unset):
        x_coordinate (float | Unset):
        y_coordinate (float | Unset):
        tool_configuration (ToolConfiguration | Unset):
        child_edges (list[Any] | Unset):
        parent_edges (list[Any] | Unset):
    """

    id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    objective: str | Unset = UNSET
    evaluation_criteria: list[str] | Unset = UNSET
    is_entry_node: bool | Unset = UNSET
    is_exit_node: bool | Unset = UNSET
    x_coordinate: float | Unset = UNSET
    y_coordinate: float | Unset = UNSET
    tool_configuration: ToolConfiguration | Unset = UNSET
    child_edges: list[Any] | Unset = UNSET
    parent_edges: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_id = self.custom_id

        objective = self.objective

        evaluation_criteria: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = self.evaluation_criteria

        is_entry_node = self.is_entry_node

        is_exit_node = self.is_exit_node

        x_coordinate = self.x_coordinate

        y_coordinate = self.y_coordinate

        tool_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_configuration, Unset):
            tool_configuration = self.tool_configuration.to_dict()

        child_edges: list[Any] | Unset = UNSET
        if not isinstance(self.child_edges, Unset):
            child_edges = self.child_edges

        parent_edges: list[Any] | Unset = UNSET
        if not isinstance(self.parent_edges, Unset):
            parent_edges = self.parent_edges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if objective is not UNSET:
            field_dict["objective"] = objective
        if evaluation_criteria is not UNSET:
            field_dict["evaluationCriteria"] = evaluation_criteria
        if is_entry_node is not UNSET:
            field_dict["isEntryNode"] = is_entry_node
        if is_exit_node is not UNSET:
            field_dict["isExitNode"] = is_exit_node
        if x_coordinate is not UNSET:
            field_dict["xCoordinate"] = x_coordinate
        if y_coordinate is not UNSET:
            field_dict["yCoordinate"] = y_coordinate
        if tool_configuration is not UNSET:
            field_dict["toolConfiguration"] = tool_configuration
        if child_edges is not UNSET:
            field_dict["childEdges"] = child_edges
        if parent_edges is not UNSET:
            field_dict["parentEdges"] = parent_edges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_configuration import ToolConfiguration

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        custom_id = d.pop("customId", UNSET)

        objective = d.pop("objective", UNSET)

        evaluation_criteria = cast(list[str], d.pop("evaluationCriteria", UNSET))

        is_entry_node = d.pop("isEntryNode", UNSET)

        is_exit_node = d.pop("isExitNode", UNSET)

        x_coordinate = d.pop("xCoordinate", UNSET)

        y_coordinate = d.pop("yCoordinate", UNSET)

        _tool_configuration = d.pop("toolConfiguration", UNSET)
        tool_configuration: ToolConfiguration | Unset
        if isinstance(_tool_configuration, Unset):
            tool_configuration = UNSET
        else:
            tool_configuration = ToolConfiguration.from_dict(_tool_configuration)

        child_edges = cast(list[Any], d.pop("childEdges", UNSET))

        parent_edges = cast(list[Any], d.pop("parentEdges", UNSET))

        minimal_agent_graph_node = cls(
            id=id,
            custom_id=custom_id,
            objective=objective,
            evaluation_criteria=evaluation_criteria,
            is_entry_node=is_entry_node,
            is_exit_node=is_exit_node,
            x_coordinate=x_coordinate,
            y_coordinate=y_coordinate,
            tool_configuration=tool_configuration,
            child_edges=child_edges,
            parent_edges=parent_edges,
        )

        minimal_agent_graph_node.additional_properties = d
        return minimal_agent_graph_node

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
