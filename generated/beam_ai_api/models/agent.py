from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_Agent: tuple[str, ...] = ("id",)
_KNOWN_Agent = frozenset(
    (
        "id",
        "name",
        "type",
        "creatorId",
        "order",
        "description",
        "themeIconUrl",
        "agentCategoryId",
        "category",
        "workspaceId",
    )
)
_FIELDS_Agent: tuple[str, ...] = (
    "id",
    "name",
    "type_",
    "creator_id",
    "order",
    "description",
    "theme_icon_url",
    "agent_category_id",
    "category",
    "workspace_id",
)


@_attrs_define(repr=False)
class Agent:
    """
    Attributes:
        id (str):
        name (str | None):
        type_ (str | None):
        creator_id (str | None):
        order (int | None):
        description (str | None):
        theme_icon_url (str | None):
        agent_category_id (str | None):
        category (AgentCategory | None):
        workspace_id (str | None):
    """

    id: str
    name: str | None = None
    type_: str | None = None
    creator_id: str | None = None
    order: int | None = None
    description: str | None = None
    theme_icon_url: str | None = None
    agent_category_id: str | None = None
    category: AgentCategory | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_Agent)

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
        value = self.type_
        if value is not None:
            field_dict["type"] = value
        value = self.creator_id
        if value is not None:
            field_dict["creatorId"] = value
        value = self.order
        if value is not None:
            field_dict["order"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        value = self.agent_category_id
        if value is not None:
            field_dict["agentCategoryId"] = value
        value = self.category
        if value is not None:
            field_dict["category"] = value.to_dict()
        value = self.workspace_id
        if value is not None:
            field_dict["workspaceId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("Agent", error, src_dict, _REQUIRED_Agent) from None
        self.name = get("name")
        self.type_ = get("type")
        self.creator_id = get("creatorId")
        self.order = get("order")
        self.description = get("description")
        self.theme_icon_url = get("themeIconUrl")
        self.agent_category_id = get("agentCategoryId")
        value = get("category")
        self.category = None if value is None else _models.AgentCategory.from_dict(value)
        self.workspace_id = get("workspaceId")
        if not _KNOWN_Agent.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_Agent}
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
