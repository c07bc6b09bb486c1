from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_template import TaskTemplate


T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """
    Attributes:
        restrictions (str | Unset):
        task_templates (list[TaskTemplate] | Unset):
        tools (list[str] | Unset):
        llm_tools (list[Any] | Unset):
        sop (Any | Unset): Free-form JSON object.
        default_task_id (str | Unset):
        workspace_id (str | Unset):
    """

    restrictions: str | Unset = UNSET
    task_templates: list[TaskTemplate] | Unset = UNSET
    tools: list[str] | Unset = UNSET
    llm_tools: list[Any] | Unset = UNSET
    sop: Any | Unset = UNSET
    default_task_id: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restrictions = self.restrictions

        task_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_templates, Unset):
            task_templates = []
            for task_templates_item_data in self.task_templates:
                task_templates_item = task_templates_item_data.to_dict()
                task_templates.append(task_templates_item)

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        llm_tools: list[Any] | Unset = UNSET
        if not isinstance(self.llm_tools, Unset):
            llm_tools = self.llm_tools

        sop = self.sop

        default_task_id = self.default_task_id

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if task_templates is not UNSET:
            field_dict["taskTemplates"] = task_templates
        if tools is not UNSET:
            field_dict["tools"] = tools
        if llm_tools is not UNSET:
            field_dict["llmTools"] = llm_tools
        if sop is not UNSET:
            field_dict["sop"] = sop
        if default_task_id is not UNSET:
            field_dict["defaultTaskId"] = default_task_id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_template import TaskTemplate

        d = dict(src_dict)
        restrictions = d.pop("restrictions", UNSET)

        _task_templates = d.pop("taskTemplates", UNSET)
        task_templates: list[TaskTemplate] | Unset = UNSET
        if _task_templates is not UNSET:
            task_templates = []
            for task_templates_item_data in _task_templates:
                task_templates_item = TaskTemplate.from_dict(task_templates_item_data)

                task_templates.append(task_templates_item)

        tools = cast(list[str], d.pop("tools", UNSET))

        llm_tools = cast(list[Any], d.pop("llmTools", UNSET))

        sop = d.pop("sop", UNSET)

        default_task_id = d.pop("defaultTaskId", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        agent_config = cls(
            restrictions=restrictions,
            task_templates=task_templates,
            tools=tools,
            llm_tools=llm_tools,
            sop=sop,
            default_task_id=default_task_id,
            workspace_id=workspace_id,
        )

        agent_config.additional_properties = d
        return agent_config

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
