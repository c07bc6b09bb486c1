from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


T = TypeVar("T", bound="AgentGraph")


@_attrs_define
class AgentGraph:
    """
    Attributes:
        id (str | Unset):
        agent_id (str | Unset):
        is_active (bool | Unset):
        is_draft (bool | Unset):
        is_published (bool | Unset):
        published_at (datetime.datetime | None | Unset):
        is_edited (bool | Unset):
        is_ever_executed (bool | Unset):
        is_ever_used_for_template (bool | Unset):
        nodes (list[AgentGraphNode] | Unset):
    """

    id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_published: bool | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    is_edited: bool | Unset = UNSET
    is_ever_executed: bool | Unset = UNSET
    is_ever_used_for_template: bool | Unset = UNSET
    nodes: list[AgentGraphNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        is_active = self.is_active

        is_draft = self.is_draft

        is_published = self.is_published

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        is_edited = self.is_edited

        is_ever_executed = self.is_ever_executed

        is_ever_used_for_template = self.is_ever_used_for_template

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_draft is not UNSET:
            field_dict["isDraft"] = is_draft
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited
        if is_ever_executed is not UNSET:
            field_dict["isEverExecuted"] = is_ever_executed
        if is_ever_used_for_template is not UNSET:
            field_dict["isEverUsedForTemplate"] = is_ever_used_for_template
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_graph_node import AgentGraphNode

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        agent_id = d.pop("agentId", UNSET)

        is_active = d.pop("isActive", UNSET)

        is_draft = d.pop("isDraft", UNSET)

        is_published = d.pop("isPublished", UNSET)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("publishedAt", UNSET))

        is_edited = d.pop("isEdited", UNSET)

        is_ever_executed = d.pop("isEverExecuted", UNSET)

        is_ever_used_for_template = d.pop("isEverUsedForTemplate", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[AgentGraphNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = AgentGraphNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        agent_graph = cls(
            id=id,
            agent_id=agent_id,
            is_active=is_active,
            is_draft=is_draft,
            is_published=is_published,
            published_at=published_at,
            is_edited=is_edited,
            is_ever_executed=is_ever_executed,
            is_ever_used_for_template=is_ever_used_for_template,
            nodes=nodes,
        )

        agent_graph.additional_properties = d
        return agent_graph

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
