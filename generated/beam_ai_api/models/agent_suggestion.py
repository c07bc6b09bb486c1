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
_KNOWN_AgentSuggestion = frozenset(
    (
        "name",
        "description",
        "agentWelcomeMessage",
        "agentSetupMessage",
        "agentPersonality",
        "agentCategory",
        "themeIconUrl",
    )
)
_FIELDS_AgentSuggestion: tuple[str, ...] = (
    "name",
    "description",
    "agent_welcome_message",
    "agent_setup_message",
    "agent_personality",
    "agent_category",
    "theme_icon_url",
)


@_attrs_define(repr=False)
class AgentSuggestion(ResponseModel):
    """Generated agent suggestions (name, description, welcome message, ...)

    Attributes:
        name (str | None):
        description (str | None):
        agent_welcome_message (str | None):
        agent_setup_message (str | None):
        agent_personality (str | None):
        agent_category (AgentCategory | None):
        theme_icon_url (str | None):
    """

    name: str | None = None
    description: str | None = None
    agent_welcome_message: str | None = None
    agent_setup_message: str | None = None
    agent_personality: str | None = None
    agent_category: AgentCategory | None = None
    theme_icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentSuggestion)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.description
        if value is not None:
            field_dict["description"] = value
        value = self.agent_welcome_message
        if value is not None:
            field_dict["agentWelcomeMessage"] = value
        value = self.agent_setup_message
        if value is not None:
            field_dict["agentSetupMessage"] = value
        value = self.agent_personality
        if value is not None:
            field_dict["agentPersonality"] = value
        value = self.agent_category
        if value is not None:
            field_dict["agentCategory"] = value.to_dict()
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str and value is not None:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("description")
            if value.__class__ is not str and value is not None:
                raise TypeError("description")
            self.description = value
            value = src_dict.get("agentWelcomeMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentWelcomeMessage")
            self.agent_welcome_message = value
            value = src_dict.get("agentSetupMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSetupMessage")
            self.agent_setup_message = value
            value = src_dict.get("agentPersonality")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentPersonality")
            self.agent_personality = value
            value = src_dict.get("agentCategory")
            self.agent_category = None if value is None else _models.AgentCategory.from_dict(value)
            value = src_dict.get("themeIconUrl")
            if value.__class__ is not str and value is not None:
                raise TypeError("themeIconUrl")
            self.theme_icon_url = value
            if not _KNOWN_AgentSuggestion.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentSuggestion
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentSuggestion, _KNOWN_AgentSuggestion)
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


_SPEC_AgentSuggestion: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", False, False, False, ""),
    FieldSpec("description", "description", as_str, "str", False, False, False, ""),
    FieldSpec("agentWelcomeMessage", "agent_welcome_message", as_str, "str", False, False, False, ""),
    FieldSpec("agentSetupMessage", "agent_setup_message", as_str, "str", False, False, False, ""),
    FieldSpec("agentPersonality", "agent_personality", as_str, "str", False, False, False, ""),
    FieldSpec(
        "agentCategory",
        "agent_category",
        as_model("AgentCategory"),
        "AgentCategory",
        False,
        False,
        False,
        "AgentCategory",
    ),
    FieldSpec("themeIconUrl", "theme_icon_url", as_str, "str", False, False, False, ""),
)
