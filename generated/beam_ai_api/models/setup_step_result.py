from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setup_agent_response import SetupAgentResponse


T = TypeVar("T", bound="SetupStepResult")


@_attrs_define
class SetupStepResult:
    """
    Attributes:
        next_step (str | Unset):  Example: SOP_GENERATION.
        agent_response (SetupAgentResponse | Unset):
    """

    next_step: str | Unset = UNSET
    agent_response: SetupAgentResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_step = self.next_step

        agent_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_response, Unset):
            agent_response = self.agent_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_step is not UNSET:
            field_dict["nextStep"] = next_step
        if agent_response is not UNSET:
            field_dict["agentResponse"] = agent_response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.setup_agent_response import SetupAgentResponse

        d = dict(src_dict)
        next_step = d.pop("nextStep", UNSET)

        _agent_response = d.pop("agentResponse", UNSET)
        agent_response: SetupAgentResponse | Unset
        if isinstance(_agent_response, Unset):
            agent_response = UNSET
        else:
            agent_response = SetupAgentResponse.from_dict(_agent_response)

        setup_step_result = cls(
            next_step=next_step,
            agent_response=agent_response,
        )

        setup_step_result.additional_properties = d
        return setup_step_result

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
