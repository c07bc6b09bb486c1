from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_suggestion import AgentSuggestion


T = TypeVar("T", bound="AgentContextFeedbackResult")


@_attrs_define
class AgentContextFeedbackResult:
    """
    Attributes:
        thread_id (str): Thread id to reuse in later setup calls (a UUID)
        response (AgentSuggestion | Unset): Generated agent suggestions (name, description, welcome message, ...)
    """

    thread_id: str
    response: AgentSuggestion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threadId": thread_id,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_suggestion import AgentSuggestion

        d = dict(src_dict)
        thread_id = d.pop("threadId")

        _response = d.pop("response", UNSET)
        response: AgentSuggestion | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = AgentSuggestion.from_dict(_response)

        agent_context_feedback_result = cls(
            thread_id=thread_id,
            response=response,
        )

        agent_context_feedback_result.additional_properties = d
        return agent_context_feedback_result

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
