from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_graph import GeneratedGraph


T = TypeVar("T", bound="SetupSession")


@_attrs_define
class SetupSession:
    """
    Attributes:
        agent_intro_message (str | Unset): Intro message describing the agent
        process_instructions (str | Unset): Process/workflow instructions
        agent_sop (str | Unset):
        status (str | Unset):  Example: in_progress.
        step (str | Unset):  Example: GRAPH_GENERATION.
        generated_graph (GeneratedGraph | Unset):
    """

    agent_intro_message: str | Unset = UNSET
    process_instructions: str | Unset = UNSET
    agent_sop: str | Unset = UNSET
    status: str | Unset = UNSET
    step: str | Unset = UNSET
    generated_graph: GeneratedGraph | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_intro_message = self.agent_intro_message

        process_instructions = self.process_instructions

        agent_sop = self.agent_sop

        status = self.status

        step = self.step

        generated_graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generated_graph, Unset):
            generated_graph = self.generated_graph.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_intro_message is not UNSET:
            field_dict["agentIntroMessage"] = agent_intro_message
        if process_instructions is not UNSET:
            field_dict["processInstructions"] = process_instructions
        if agent_sop is not UNSET:
            field_dict["agentSop"] = agent_sop
        if status is not UNSET:
            field_dict["status"] = status
        if step is not UNSET:
            field_dict["step"] = step
        if generated_graph is not UNSET:
            field_dict["generatedGraph"] = generated_graph

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generated_graph import GeneratedGraph

        d = dict(src_dict)
        agent_intro_message = d.pop("agentIntroMessage", UNSET)

        process_instructions = d.pop("processInstructions", UNSET)

        agent_sop = d.pop("agentSop", UNSET)

        status = d.pop("status", UNSET)

        step = d.pop("step", UNSET)

        _generated_graph = d.pop("generatedGraph", UNSET)
        generated_graph: GeneratedGraph | Unset
        if isinstance(_generated_graph, Unset):
            generated_graph = UNSET
        else:
            generated_graph = GeneratedGraph.from_dict(_generated_graph)

        setup_session = cls(
            agent_intro_message=agent_intro_message,
            process_instructions=process_instructions,
            agent_sop=agent_sop,
            status=status,
            step=step,
            generated_graph=generated_graph,
        )

        setup_session.additional_properties = d
        return setup_session

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
