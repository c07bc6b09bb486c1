from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskNodeFeedbackPerKey: tuple[str, ...] = (
    "outputKey",
    "description",
)
_KNOWN_TaskNodeFeedbackPerKey = frozenset(
    (
        "outputKey",
        "description",
    )
)
_FIELDS_TaskNodeFeedbackPerKey: tuple[str, ...] = (
    "output_key",
    "description",
)


@_attrs_define(repr=False)
class TaskNodeFeedbackPerKey:
    """
    Attributes:
        output_key (str):
        description (str):
    """

    output_key: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskNodeFeedbackPerKey)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["outputKey"] = self.output_key
        field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["outputKey"]
            if value is None:
                raise KeyError("outputKey")
            self.output_key = value
            value = src_dict["description"]
            if value is None:
                raise KeyError("description")
            self.description = value
        except KeyError as error:
            raise missing_field("TaskNodeFeedbackPerKey", error, src_dict, _REQUIRED_TaskNodeFeedbackPerKey) from None
        if not _KNOWN_TaskNodeFeedbackPerKey.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeFeedbackPerKey
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
