from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CreateAgentRequest: tuple[str, ...] = (
    "name",
    "agentCategoryId",
    "description",
    "graph",
)
_KNOWN_CreateAgentRequest = frozenset(
    (
        "name",
        "agentCategoryId",
        "description",
        "graph",
        "themeIconUrl",
        "defaultTaskId",
    )
)
_FIELDS_CreateAgentRequest: tuple[str, ...] = (
    "name",
    "agent_category_id",
    "description",
    "graph",
    "theme_icon_url",
    "default_task_id",
)


@_attrs_define(repr=False)
class CreateAgentRequest:
    """Body of createAgentFromTemplate. Fields from Beam's tooling (beam-run CLI + copilot prompt (required per copilot)),
    not a published contract.

        Attributes:
            name (str):
            agent_category_id (str):
            description (str):
            graph (Any): Template graph, verbatim ({graph, tools}); free-form JSON object
            theme_icon_url (str | None):
            default_task_id (str | None):
    """

    name: str
    agent_category_id: str
    description: str
    graph: Any
    theme_icon_url: str | None = None
    default_task_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CreateAgentRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["agentCategoryId"] = self.agent_category_id
        field_dict["description"] = self.description
        field_dict["graph"] = self.graph
        value = self.theme_icon_url
        if value is not None:
            field_dict["themeIconUrl"] = value
        value = self.default_task_id
        if value is not None:
            field_dict["defaultTaskId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
            value = src_dict["agentCategoryId"]
            if value is None:
                raise KeyError("agentCategoryId")
            self.agent_category_id = value
            value = src_dict["description"]
            if value is None:
                raise KeyError("description")
            self.description = value
            value = src_dict["graph"]
            if value is None:
                raise KeyError("graph")
            self.graph = value
        except KeyError as error:
            raise missing_field("CreateAgentRequest", error, src_dict, _REQUIRED_CreateAgentRequest) from None
        self.theme_icon_url = get("themeIconUrl")
        self.default_task_id = get("defaultTaskId")
        if not _KNOWN_CreateAgentRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CreateAgentRequest
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
