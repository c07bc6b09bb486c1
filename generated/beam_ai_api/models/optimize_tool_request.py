from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_node_feedback import TaskNodeFeedback


T = TypeVar("T", bound="OptimizeToolRequest")


@_attrs_define
class OptimizeToolRequest:
    """third-party also marks taskNodes required

    Attributes:
        agent_id (str): Agent whose tool is optimised
        task_nodes (list[TaskNodeFeedback] | Unset):
        auto_update_tool (bool | Unset):
    """

    agent_id: str
    task_nodes: list[TaskNodeFeedback] | Unset = UNSET
    auto_update_tool: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        task_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_nodes, Unset):
            task_nodes = []
            for task_nodes_item_data in self.task_nodes:
                task_nodes_item = task_nodes_item_data.to_dict()
                task_nodes.append(task_nodes_item)

        auto_update_tool = self.auto_update_tool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
            }
        )
        if task_nodes is not UNSET:
            field_dict["taskNodes"] = task_nodes
        if auto_update_tool is not UNSET:
            field_dict["autoUpdateTool"] = auto_update_tool

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_node_feedback import TaskNodeFeedback

        d = dict(src_dict)
        agent_id = d.pop("agentId")

        _task_nodes = d.pop("taskNodes", UNSET)
        task_nodes: list[TaskNodeFeedback] | Unset = UNSET
        if _task_nodes is not UNSET:
            task_nodes = []
            for task_nodes_item_data in _task_nodes:
                task_nodes_item = TaskNodeFeedback.from_dict(task_nodes_item_data)

                task_nodes.append(task_nodes_item)

        auto_update_tool = d.pop("autoUpdateTool", UNSET)

        optimize_tool_request = cls(
            agent_id=agent_id,
            task_nodes=task_nodes,
            auto_update_tool=auto_update_tool,
        )

        optimize_tool_request.additional_properties = d
        return optimize_tool_request

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
