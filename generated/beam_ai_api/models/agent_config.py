from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.task_template import TaskTemplate


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentConfig: tuple[str, ...] = ()
_KNOWN_AgentConfig = frozenset(
    (
        "restrictions",
        "taskTemplates",
        "tools",
        "llmTools",
        "sop",
        "defaultTaskId",
        "workspaceId",
    )
)
_FIELDS_AgentConfig: tuple[str, ...] = (
    "restrictions",
    "task_templates",
    "tools",
    "llm_tools",
    "sop",
    "default_task_id",
    "workspace_id",
)


@_attrs_define(repr=False)
class AgentConfig:
    """
    Attributes:
        restrictions (str | None):
        task_templates (list[TaskTemplate] | None):
        tools (list[str] | None):
        llm_tools (list[Any] | None):
        sop (Any | None): Free-form JSON object.
        default_task_id (str | None):
        workspace_id (str | None):
    """

    restrictions: str | None = None
    task_templates: list[TaskTemplate] | None = None
    tools: list[str] | None = None
    llm_tools: list[Any] | None = None
    sop: Any | None = None
    default_task_id: str | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentConfig)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.restrictions
        if value is not None:
            field_dict["restrictions"] = value
        value = self.task_templates
        if value is not None:
            field_dict["taskTemplates"] = [value_item.to_dict() for value_item in value]
        value = self.tools
        if value is not None:
            field_dict["tools"] = value
        value = self.llm_tools
        if value is not None:
            field_dict["llmTools"] = value
        value = self.sop
        if value is not None:
            field_dict["sop"] = value
        value = self.default_task_id
        if value is not None:
            field_dict["defaultTaskId"] = value
        value = self.workspace_id
        if value is not None:
            field_dict["workspaceId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.restrictions = get("restrictions")
        value = get("taskTemplates")
        self.task_templates = None if value is None else list(map(_models.TaskTemplate.from_dict, value))
        self.tools = get("tools")
        self.llm_tools = get("llmTools")
        self.sop = get("sop")
        self.default_task_id = get("defaultTaskId")
        self.workspace_id = get("workspaceId")
        if not _KNOWN_AgentConfig.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_AgentConfig}
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
