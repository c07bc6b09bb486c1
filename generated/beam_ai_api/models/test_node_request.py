from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestNodeRequest")


@_attrs_define
class TestNodeRequest:
    """
    Attributes:
        agent_id (str | Unset):
        node_id (str | Unset):
        graph_id (str | Unset): from example
        params (Any | Unset): free-form test parameters (example {input, config{timeout}}) Free-form JSON object.
    """

    agent_id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    graph_id: str | Unset = UNSET
    params: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        node_id = self.node_id

        graph_id = self.graph_id

        params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if graph_id is not UNSET:
            field_dict["graphId"] = graph_id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId", UNSET)

        node_id = d.pop("nodeId", UNSET)

        graph_id = d.pop("graphId", UNSET)

        params = d.pop("params", UNSET)

        test_node_request = cls(
            agent_id=agent_id,
            node_id=node_id,
            graph_id=graph_id,
            params=params,
        )

        test_node_request.additional_properties = d
        return test_node_request

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
