from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ContextFeedbackRequest: tuple[str, ...] = (
    "query",
    "threadId",
)
_KNOWN_ContextFeedbackRequest = frozenset(
    (
        "query",
        "threadId",
    )
)
_FIELDS_ContextFeedbackRequest: tuple[str, ...] = (
    "query",
    "thread_id",
)


@_attrs_define(repr=False)
class ContextFeedbackRequest:
    """
    Attributes:
        query (str): Feedback text / description of the agent wanted
        thread_id (str): Conversation thread to continue (a UUID)
    """

    query: str
    thread_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ContextFeedbackRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["query"] = self.query
        field_dict["threadId"] = self.thread_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["query"]
            if value is None:
                raise KeyError("query")
            self.query = value
            value = src_dict["threadId"]
            if value is None:
                raise KeyError("threadId")
            self.thread_id = value
        except KeyError as error:
            raise missing_field("ContextFeedbackRequest", error, src_dict, _REQUIRED_ContextFeedbackRequest) from None
        if not _KNOWN_ContextFeedbackRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ContextFeedbackRequest
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
