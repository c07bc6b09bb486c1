from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_int,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_category import AgentCategory


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class Agent(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("type")
            if value.__class__ is not str and value is not None:
                raise TypeError("type")
            self.type_ = value
            value = src_dict.get("creatorId")
            if value.__class__ is not str and value is not None:
                raise TypeError("creatorId")
            self.creator_id = value
            value = src_dict.get("order")
            if value.__class__ is not int and value is not None:
                raise TypeError("order")
            self.order = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("themeIconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("themeIconUrl")
            self.theme_icon_url = value
            value = src_dict.get("agentCategoryId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentCategoryId")
            self.agent_category_id = value
            value = src_dict.get("category")
            self.category = None if value is None else _models.AgentCategory.from_dict(value)
            value = src_dict.get("workspaceId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceId")
            self.workspace_id = value
            if not _KNOWN_Agent.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_Agent}
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_Agent, _KNOWN_Agent)
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


_SPEC_Agent: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("type", "type_", as_str, "str", False, False, False, ""),
    FieldSpec("creatorId", "creator_id", as_str, "str", False, False, False, ""),
    FieldSpec("order", "order", as_int, "int", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("themeIconUrl", "theme_icon_url", as_str, "str", False, False, False, ""),
    FieldSpec("agentCategoryId", "agent_category_id", as_str, "str", False, False, False, ""),
    FieldSpec("category", "category", as_model("AgentCategory"), "AgentCategory", False, False, False, "AgentCategory"),
    FieldSpec("workspaceId", "workspace_id", as_str, "str", False, False, False, ""),
)
