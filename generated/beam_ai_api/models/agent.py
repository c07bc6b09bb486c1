from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):  Example: beam-os.
        creator_id (str | Unset):
        order (int | Unset):
        description (str | Unset):
        theme_icon_url (str | Unset):
        agent_category_id (str | Unset):
        category (AgentCategory | Unset):
        workspace_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    order: int | Unset = UNSET
    description: str | Unset = UNSET
    theme_icon_url: str | Unset = UNSET
    agent_category_id: str | Unset = UNSET
    category: AgentCategory | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        creator_id = self.creator_id

        order = self.order

        description = self.description

        theme_icon_url = self.theme_icon_url

        agent_category_id = self.agent_category_id

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if order is not UNSET:
            field_dict["order"] = order
        if description is not UNSET:
            field_dict["description"] = description
        if theme_icon_url is not UNSET:
            field_dict["themeIconUrl"] = theme_icon_url
        if agent_category_id is not UNSET:
            field_dict["agentCategoryId"] = agent_category_id
        if category is not UNSET:
            field_dict["category"] = category
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_category import AgentCategory

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        creator_id = d.pop("creatorId", UNSET)

        order = d.pop("order", UNSET)

        description = d.pop("description", UNSET)

        theme_icon_url = d.pop("themeIconUrl", UNSET)

        agent_category_id = d.pop("agentCategoryId", UNSET)

        _category = d.pop("category", UNSET)
        category: AgentCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = AgentCategory.from_dict(_category)

        workspace_id = d.pop("workspaceId", UNSET)

        agent = cls(
            id=id,
            name=name,
            type_=type_,
            creator_id=creator_id,
            order=order,
            description=description,
            theme_icon_url=theme_icon_url,
            agent_category_id=agent_category_id,
            category=category,
            workspace_id=workspace_id,
        )

        agent.additional_properties = d
        return agent

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
