from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_ViewColumnUpdate: tuple[str, ...] = ()
_KNOWN_ViewColumnUpdate = frozenset(
    (
        "name",
        "dataType",
        "agentGraphNodeId",
        "paramType",
        "paramName",
        "linkedAgentViewId",
    )
)
_FIELDS_ViewColumnUpdate: tuple[str, ...] = (
    "name",
    "data_type",
    "agent_graph_node_id",
    "param_type",
    "param_name",
    "linked_agent_view_id",
)


@_attrs_define(repr=False)
class ViewColumnUpdate:
    """Body of updateViewColumn. Fields from Beam's tooling (legacy views skill + copilot prompt; CLI passes payload file
    verbatim), not a published contract.

        Attributes:
            name (str | None): Letters, numbers, underscore; max 60
            data_type (str | None):
            agent_graph_node_id (str | None): Required for non-LINK columns
            param_type (str | None): Required for non-LINK columns
            param_name (str | None): Required for non-LINK columns
            linked_agent_view_id (str | None): Required for LINK columns (plus link settings)
    """

    name: str | None = None
    data_type: str | None = None
    agent_graph_node_id: str | None = None
    param_type: str | None = None
    param_name: str | None = None
    linked_agent_view_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ViewColumnUpdate)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not None:
            field_dict["name"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
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
        self.name = get("name")
        self.data_type = get("dataType")
        self.agent_graph_node_id = get("agentGraphNodeId")
        self.param_type = get("paramType")
        self.param_name = get("paramName")
        self.linked_agent_view_id = get("linkedAgentViewId")
        if not _KNOWN_ViewColumnUpdate.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_ViewColumnUpdate
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
