from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_any,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.task_template import TaskTemplate


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class AgentConfig(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("restrictions")
            if value.__class__ is not str and value is not None:
                raise TypeError("restrictions")
            self.restrictions = value
            value = src_dict.get("taskTemplates")
            self.task_templates = None if value is None else list(map(_models.TaskTemplate.from_dict, value))
            value = src_dict.get("tools")
            if value is not None and not all_of(value, STR):
                raise TypeError("tools")
            self.tools = value
            value = src_dict.get("llmTools")
            if value is not None and value.__class__ is not list:
                raise TypeError("llmTools")
            self.llm_tools = value
            self.sop = src_dict.get("sop")
            value = src_dict.get("defaultTaskId")
            if value.__class__ is not str and value is not None:
                raise TypeError("defaultTaskId")
            self.default_task_id = value
            value = src_dict.get("workspaceId")
            if value.__class__ is not str and value is not None:
                raise TypeError("workspaceId")
            self.workspace_id = value
            if not _KNOWN_AgentConfig.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentConfig
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentConfig, _KNOWN_AgentConfig)
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


_SPEC_AgentConfig: tuple[FieldSpec, ...] = (
    FieldSpec("restrictions", "restrictions", as_str, "str", False, False, False, ""),
    FieldSpec(
        "taskTemplates",
        "task_templates",
        as_list(as_model("TaskTemplate")),
        "list[TaskTemplate]",
        False,
        False,
        False,
        "TaskTemplate",
    ),
    FieldSpec("tools", "tools", as_list(as_str), "list[str]", False, False, False, ""),
    FieldSpec("llmTools", "llm_tools", as_list(as_any), "list[Any]", False, False, False, ""),
    FieldSpec("sop", "sop", as_any, "Any", False, False, False, ""),
    FieldSpec("defaultTaskId", "default_task_id", as_str, "str", False, False, False, ""),
    FieldSpec("workspaceId", "workspace_id", as_str, "str", False, False, False, ""),
)
