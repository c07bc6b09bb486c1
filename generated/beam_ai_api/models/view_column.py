from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_match_column import LinkMatchColumn
    from ..models.linked_view import LinkedView


T = TypeVar("T", bound="ViewColumn")


@_attrs_define
class ViewColumn:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        data_type (str | Unset):  Example: string.
        agent_graph_node_id (str | Unset):
        param_type (str | Unset):  Example: input.
        param_name (str | Unset):
        position (int | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        linked_agent_view_id (str | Unset):
        linked_view (LinkedView | Unset):
        link_type (str | Unset):
        link_match_source_column (LinkMatchColumn | Unset):
        link_match_target_column (LinkMatchColumn | Unset):
        reverse_column_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    data_type: str | Unset = UNSET
    agent_graph_node_id: str | Unset = UNSET
    param_type: str | Unset = UNSET
    param_name: str | Unset = UNSET
    position: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    linked_agent_view_id: str | Unset = UNSET
    linked_view: LinkedView | Unset = UNSET
    link_type: str | Unset = UNSET
    link_match_source_column: LinkMatchColumn | Unset = UNSET
    link_match_target_column: LinkMatchColumn | Unset = UNSET
    reverse_column_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_type = self.data_type

        agent_graph_node_id = self.agent_graph_node_id

        param_type = self.param_type

        param_name = self.param_name

        position = self.position

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        linked_agent_view_id = self.linked_agent_view_id

        linked_view: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_view, Unset):
            linked_view = self.linked_view.to_dict()

        link_type = self.link_type

        link_match_source_column: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_match_source_column, Unset):
            link_match_source_column = self.link_match_source_column.to_dict()

        link_match_target_column: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_match_target_column, Unset):
            link_match_target_column = self.link_match_target_column.to_dict()

        reverse_column_id = self.reverse_column_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if agent_graph_node_id is not UNSET:
            field_dict["agentGraphNodeId"] = agent_graph_node_id
        if param_type is not UNSET:
            field_dict["paramType"] = param_type
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if position is not UNSET:
            field_dict["position"] = position
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if linked_agent_view_id is not UNSET:
            field_dict["linkedAgentViewId"] = linked_agent_view_id
        if linked_view is not UNSET:
            field_dict["linkedView"] = linked_view
        if link_type is not UNSET:
            field_dict["linkType"] = link_type
        if link_match_source_column is not UNSET:
            field_dict["linkMatchSourceColumn"] = link_match_source_column
        if link_match_target_column is not UNSET:
            field_dict["linkMatchTargetColumn"] = link_match_target_column
        if reverse_column_id is not UNSET:
            field_dict["reverseColumnId"] = reverse_column_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link_match_column import LinkMatchColumn
        from ..models.linked_view import LinkedView

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        data_type = d.pop("dataType", UNSET)

        agent_graph_node_id = d.pop("agentGraphNodeId", UNSET)

        param_type = d.pop("paramType", UNSET)

        param_name = d.pop("paramName", UNSET)

        position = d.pop("position", UNSET)

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

        linked_agent_view_id = d.pop("linkedAgentViewId", UNSET)

        _linked_view = d.pop("linkedView", UNSET)
        linked_view: LinkedView | Unset
        if isinstance(_linked_view, Unset):
            linked_view = UNSET
        else:
            linked_view = LinkedView.from_dict(_linked_view)

        link_type = d.pop("linkType", UNSET)

        _link_match_source_column = d.pop("linkMatchSourceColumn", UNSET)
        link_match_source_column: LinkMatchColumn | Unset
        if isinstance(_link_match_source_column, Unset):
            link_match_source_column = UNSET
        else:
            link_match_source_column = LinkMatchColumn.from_dict(_link_match_source_column)

        _link_match_target_column = d.pop("linkMatchTargetColumn", UNSET)
        link_match_target_column: LinkMatchColumn | Unset
        if isinstance(_link_match_target_column, Unset):
            link_match_target_column = UNSET
        else:
            link_match_target_column = LinkMatchColumn.from_dict(_link_match_target_column)

        reverse_column_id = d.pop("reverseColumnId", UNSET)

        view_column = cls(
            id=id,
            name=name,
            data_type=data_type,
            agent_graph_node_id=agent_graph_node_id,
            param_type=param_type,
            param_name=param_name,
            position=position,
            created_at=created_at,
            updated_at=updated_at,
            linked_agent_view_id=linked_agent_view_id,
            linked_view=linked_view,
            link_type=link_type,
            link_match_source_column=link_match_source_column,
            link_match_target_column=link_match_target_column,
            reverse_column_id=reverse_column_id,
        )

        view_column.additional_properties = d
        return view_column

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
