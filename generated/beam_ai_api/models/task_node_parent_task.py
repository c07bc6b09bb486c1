from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskNodeParentTask")


@_attrs_define
class TaskNodeParentTask:
    """
    Attributes:
        agent_graph_id (str | Unset):
        manual_retry_count (int | Unset):
        is_success (bool | Unset):
        is_viewed (bool | Unset):
        can_rerun_task_node (bool | Unset):
        mode (str | Unset):  Example: AUTO.
        status (str | Unset):
        task_receive_at (float | Unset):
        id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        custom_id (str | Unset):
        original_task_query (str | Unset):
        task_objective (str | Unset):
    """

    agent_graph_id: str | Unset = UNSET
    manual_retry_count: int | Unset = UNSET
    is_success: bool | Unset = UNSET
    is_viewed: bool | Unset = UNSET
    can_rerun_task_node: bool | Unset = UNSET
    mode: str | Unset = UNSET
    status: str | Unset = UNSET
    task_receive_at: float | Unset = UNSET
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    custom_id: str | Unset = UNSET
    original_task_query: str | Unset = UNSET
    task_objective: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_graph_id = self.agent_graph_id

        manual_retry_count = self.manual_retry_count

        is_success = self.is_success

        is_viewed = self.is_viewed

        can_rerun_task_node = self.can_rerun_task_node

        mode = self.mode

        status = self.status

        task_receive_at = self.task_receive_at

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        custom_id = self.custom_id

        original_task_query = self.original_task_query

        task_objective = self.task_objective

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_graph_id is not UNSET:
            field_dict["agentGraphId"] = agent_graph_id
        if manual_retry_count is not UNSET:
            field_dict["manualRetryCount"] = manual_retry_count
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success
        if is_viewed is not UNSET:
            field_dict["isViewed"] = is_viewed
        if can_rerun_task_node is not UNSET:
            field_dict["canRerunTaskNode"] = can_rerun_task_node
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if task_receive_at is not UNSET:
            field_dict["taskReceiveAt"] = task_receive_at
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if original_task_query is not UNSET:
            field_dict["originalTaskQuery"] = original_task_query
        if task_objective is not UNSET:
            field_dict["taskObjective"] = task_objective

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_graph_id = d.pop("agentGraphId", UNSET)

        manual_retry_count = d.pop("manualRetryCount", UNSET)

        is_success = d.pop("isSuccess", UNSET)

        is_viewed = d.pop("isViewed", UNSET)

        can_rerun_task_node = d.pop("canRerunTaskNode", UNSET)

        mode = d.pop("mode", UNSET)

        status = d.pop("status", UNSET)

        task_receive_at = d.pop("taskReceiveAt", UNSET)

        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        custom_id = d.pop("customId", UNSET)

        original_task_query = d.pop("originalTaskQuery", UNSET)

        task_objective = d.pop("taskObjective", UNSET)

        task_node_parent_task = cls(
            agent_graph_id=agent_graph_id,
            manual_retry_count=manual_retry_count,
            is_success=is_success,
            is_viewed=is_viewed,
            can_rerun_task_node=can_rerun_task_node,
            mode=mode,
            status=status,
            task_receive_at=task_receive_at,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            custom_id=custom_id,
            original_task_query=original_task_query,
            task_objective=task_objective,
        )

        task_node_parent_task.additional_properties = d
        return task_node_parent_task

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
