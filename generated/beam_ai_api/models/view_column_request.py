from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ViewColumnRequest: tuple[str, ...] = (
    "name",
    "dataType",
)
_KNOWN_ViewColumnRequest = frozenset(
    (
        "name",
        "dataType",
        "agentGraphNodeId",
        "paramType",
        "paramName",
        "linkedAgentViewId",
    )
)
_FIELDS_ViewColumnRequest: tuple[str, ...] = (
    "name",
    "data_type",
    "agent_graph_node_id",
    "param_type",
    "param_name",
    "linked_agent_view_id",
)


@_attrs_define(repr=False)
class ViewColumnRequest:
    """Body of addViewColumn. Fields from Beam's tooling (copilot prompt; CLI passes payload file verbatim), not a
    published contract.

        Attributes:
            name (str): Letters, numbers, underscore; max 60
            data_type (str):
            agent_graph_node_id (str | None): Required for non-LINK columns
            param_type (str | None): Required for non-LINK columns
            param_name (str | None): Required for non-LINK columns
            linked_agent_view_id (str | None): Required for LINK columns (plus link settings)
    """

    name: str
    data_type: str
    agent_graph_node_id: str | None = None
    param_type: str | None = None
    param_name: str | None = None
    linked_agent_view_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ViewColumnRequest)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["dataType"] = self.data_type
        value = self.agent_graph_node_id
        if value is not None:
            field_dict["agentGraphNodeId"] = value
        value = self.param_type
        if value is not None:
            field_dict["paramType"] = value
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.linked_agent_view_id
        if value is not None:
            field_dict["linkedAgentViewId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["name"]
            if value is None:
                raise KeyError("name")
            self.name = value
            value = src_dict["dataType"]
            if value is None:
                raise KeyError("dataType")
            self.data_type = value
        except KeyError as error:
            raise missing_field("ViewColumnRequest", error, src_dict, _REQUIRED_ViewColumnRequest) from None
        self.agent_graph_node_id = get("agentGraphNodeId")
        self.param_type = get("paramType")
        self.param_name = get("paramName")
        self.linked_agent_view_id = get("linkedAgentViewId")
        if not _KNOWN_ViewColumnRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ViewColumnRequest
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
