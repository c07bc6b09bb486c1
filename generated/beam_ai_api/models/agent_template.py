from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_any,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class AgentTemplate(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentTemplate)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

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
        try:
            self = _new(cls)
            self.template = src_dict.get("template")
            value = src_dict.get("id")
            if value.__class__ is not str and value is not None:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("title")
            if value.__class__ is not str and value is not None:
                raise TypeError("title")
            self.title = value
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("shortDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("shortDescription")
            self.short_description = value
            value = src_dict.get("longDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("longDescription")
            self.long_description = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("agentCategoryId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentCategoryId")
            self.agent_category_id = value
            value = src_dict.get("themeIconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("themeIconUrl")
            self.theme_icon_url = value
            value = src_dict.get("defaultTaskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("defaultTaskId")
            self.default_task_id = value
            self.graph = src_dict.get("graph")
            value = src_dict.get("tools")
            if value is not None and value.__class__ is not list:
                raise TypeError("tools")
            self.tools = value
            if not _KNOWN_AgentTemplate.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTemplate
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentTemplate, _KNOWN_AgentTemplate)
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


_SPEC_AgentTemplate: tuple[FieldSpec, ...] = (
    FieldSpec("template", "template", as_any, "Any", False, False, False, ""),
    FieldSpec("id", "id", as_str, "str", False, False, False, ""),
    FieldSpec("title", "title", as_str, "str", False, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("shortDescription", "short_description", as_str, "str", False, False, False, ""),
    FieldSpec("longDescription", "long_description", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("agentCategoryId", "agent_category_id", as_str, "str", False, False, False, ""),
    FieldSpec("themeIconUrl", "theme_icon_url", as_str, "str", False, False, False, ""),
    FieldSpec("defaultTaskId", "default_task_id", as_str, "str", False, False, False, ""),
    FieldSpec("graph", "graph", as_any, "Any", False, False, False, ""),
    FieldSpec("tools", "tools", as_list(as_any), "list[Any]", False, False, False, ""),
)
