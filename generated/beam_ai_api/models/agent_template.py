from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentTemplate: tuple[str, ...] = ()
_KNOWN_AgentTemplate = frozenset(
    (
        "template",
        "id",
        "title",
        "name",
        "shortDescription",
        "longDescription",
        "description",
        "agentCategoryId",
        "themeIconUrl",
        "defaultTaskId",
        "graph",
        "tools",
    )
)
_FIELDS_AgentTemplate: tuple[str, ...] = (
    "template",
    "id",
    "title",
    "name",
    "short_description",
    "long_description",
    "description",
    "agent_category_id",
    "theme_icon_url",
    "default_task_id",
    "graph",
    "tools",
)


@_attrs_define(repr=False)
class AgentTemplate:
    """Answer of getTemplate; every field optional. Fields from Beam's tooling (beam-run CLI + copilot prompt), not a
    published contract.

        Attributes:
            template (Any | None): Optional wrapper; free-form JSON object
            id (str | None):
            title (str | None):
            name (str | None):
            short_description (str | None):
            long_description (str | None):
            description (str | None):
            agent_category_id (str | None):
            theme_icon_url (str | None):
            default_task_id (str | None):
            graph (Any | None): Nested {graph, tools}; pass verbatim to POST /agent/character; free-form JSON object
            tools (list[Any] | None):
    """

    template: Any | None = None
    id: str | None = None
    title: str | None = None
    name: str | None = None
    short_description: str | None = None
    long_description: str | None = None
    description: str | None = None
    agent_category_id: str | None = None
    theme_icon_url: str | None = None
    default_task_id: str | None = None
    graph: Any | None = None
    tools: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentTemplate)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.template
        if value is not None:
            field_dict["template"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.title
        if value is not None:
            field_dict["title"] = value
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.short_description
        if value is not None:
            field_dict["shortDescription"] = value
        value = self.long_description
        if value is not None:
            field_dict["longDescription"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.agent_category_id
        if value is not None:
            field_dict["agentCategoryId"] = value
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        value = self.default_task_id
        if value is not None:
            field_dict["defaultTaskId"] = value
        value = self.graph
        if value is not None:
            field_dict["graph"] = value
        value = self.tools
        if value is not None:
            field_dict["tools"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.template = get("template")
        self.id = get("id")
        self.title = get("title")
        self.name = get("name")
        self.short_description = get("shortDescription")
        self.long_description = get("longDescription")
        self.description = get("description")
        self.agent_category_id = get("agentCategoryId")
        self.theme_icon_url = get("themeIconUrl")
        self.default_task_id = get("defaultTaskId")
        self.graph = get("graph")
        self.tools = get("tools")
        if not _KNOWN_AgentTemplate.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTemplate
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
