from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_RateTaskOutputRequest: tuple[str, ...] = ("rating",)
_KNOWN_RateTaskOutputRequest = frozenset(
    (
        "rating",
        "taskNodeId",
        "userFeedback",
        "expectedOutput",
    )
)
_FIELDS_RateTaskOutputRequest: tuple[str, ...] = (
    "rating",
    "task_node_id",
    "user_feedback",
    "expected_output",
)


@_attrs_define(repr=False)
class RateTaskOutputRequest:
    """
    Attributes:
        rating (str): positive or negative.
        task_node_id (str | None):
        user_feedback (str | None):
        expected_output (str | None):
    """

    rating: str
    task_node_id: str | None = None
    user_feedback: str | None = None
    expected_output: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_RateTaskOutputRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["rating"] = self.rating
        value = self.task_node_id
        if value is not None:
            field_dict["taskNodeId"] = value
        value = self.user_feedback
        if value is not None:
            field_dict["userFeedback"] = value
        value = self.expected_output
        if value is not None:
            field_dict["expectedOutput"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["rating"]
            if value is None:
                raise KeyError("rating")
            self.rating = value
        except KeyError as error:
            raise missing_field("RateTaskOutputRequest", error, src_dict, _REQUIRED_RateTaskOutputRequest) from None
        self.task_node_id = get("taskNodeId")
        self.user_feedback = get("userFeedback")
        self.expected_output = get("expectedOutput")
        if not _KNOWN_RateTaskOutputRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_RateTaskOutputRequest
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
