from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_suggestion import AgentSuggestion


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentContextFeedbackResult: tuple[str, ...] = ("threadId",)
_KNOWN_AgentContextFeedbackResult = frozenset(
    (
        "threadId",
        "response",
    )
)
_FIELDS_AgentContextFeedbackResult: tuple[str, ...] = (
    "thread_id",
    "response",
)


@_attrs_define(repr=False)
class AgentContextFeedbackResult:
    """
    Attributes:
        thread_id (str): Thread id to reuse in later setup calls (a UUID)
        response (AgentSuggestion | None): Generated agent suggestions (name, description, welcome message, ...)
    """

    thread_id: str
    response: AgentSuggestion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentContextFeedbackResult)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["threadId"] = self.thread_id
        value = self.response
        if value is not None:
            field_dict["response"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["threadId"]
            if value is None:
                raise KeyError("threadId")
            self.thread_id = value
        except KeyError as error:
            raise missing_field(
                "AgentContextFeedbackResult", error, src_dict, _REQUIRED_AgentContextFeedbackResult
            ) from None
        value = get("response")
        self.response = None if value is None else _models.AgentSuggestion.from_dict(value)
        if not _KNOWN_AgentContextFeedbackResult.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentContextFeedbackResult
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
