from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_setup_step import AgentSetupStep
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetupStepRequest")


@_attrs_define
class SetupStepRequest:
    """Decision: agentId and agentSetupStep required (third-party); every step needs them per the description.

    Attributes:
        agent_id (str): Agent UUID; needed for all steps (a UUID)
        agent_setup_step (AgentSetupStep): Setup step to run (POST /agent-setup).
        query (str | Unset): User input/instructions for the step; needed for GENERATE_SOP
        context_file_ids (list[str] | Unset): Context file UUIDs to attach
    """

    agent_id: str
    agent_setup_step: AgentSetupStep
    query: str | Unset = UNSET
    context_file_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_setup_step = self.agent_setup_step.value

        query = self.query

        context_file_ids: list[str] | Unset = UNSET
        if not isinstance(self.context_file_ids, Unset):
            context_file_ids = self.context_file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "agentSetupStep": agent_setup_step,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if context_file_ids is not UNSET:
            field_dict["contextFileIds"] = context_file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId")

        agent_setup_step = AgentSetupStep(d.pop("agentSetupStep"))

        query = d.pop("query", UNSET)

        context_file_ids = cast(list[str], d.pop("contextFileIds", UNSET))

        setup_step_request = cls(
            agent_id=agent_id,
            agent_setup_step=agent_setup_step,
            query=query,
            context_file_ids=context_file_ids,
        )

        setup_step_request.additional_properties = d
        return setup_step_request

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
