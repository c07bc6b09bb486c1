from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ExportAnalyticsRequest: tuple[str, ...] = (
    "agentId",
    "startDate",
    "endDate",
)
_KNOWN_ExportAnalyticsRequest = frozenset(
    (
        "agentId",
        "startDate",
        "endDate",
    )
)
_FIELDS_ExportAnalyticsRequest: tuple[str, ...] = (
    "agent_id",
    "start_date",
    "end_date",
)


@_attrs_define(repr=False)
class ExportAnalyticsRequest:
    """Body of exportAgentAnalytics. Fields from Beam's tooling (beam-run CLI), not a published contract.

    Attributes:
        agent_id (str):
        start_date (str): ISO date
        end_date (str):
    """

    agent_id: str
    start_date: str
    end_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ExportAnalyticsRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["agentId"] = self.agent_id
        field_dict["startDate"] = self.start_date
        field_dict["endDate"] = self.end_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["startDate"]
            if value is None:
                raise KeyError("startDate")
            self.start_date = value
            value = src_dict["endDate"]
            if value is None:
                raise KeyError("endDate")
            self.end_date = value
        except KeyError as error:
            raise missing_field("ExportAnalyticsRequest", error, src_dict, _REQUIRED_ExportAnalyticsRequest) from None
        if not _KNOWN_ExportAnalyticsRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ExportAnalyticsRequest
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
