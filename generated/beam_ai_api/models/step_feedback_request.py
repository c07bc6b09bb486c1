from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepFeedbackRequest")


@_attrs_define
class StepFeedbackRequest:
    """
    Attributes:
        query (str): Feedback, question or modification instructions for the current step
        context_file_ids (list[str] | Unset): Context file UUIDs to include
    """

    query: str
    context_file_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        context_file_ids: list[str] | Unset = UNSET
        if not isinstance(self.context_file_ids, Unset):
            context_file_ids = self.context_file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if context_file_ids is not UNSET:
            field_dict["contextFileIds"] = context_file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        context_file_ids = cast(list[str], d.pop("contextFileIds", UNSET))

        step_feedback_request = cls(
            query=query,
            context_file_ids=context_file_ids,
        )

        step_feedback_request.additional_properties = d
        return step_feedback_request

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
