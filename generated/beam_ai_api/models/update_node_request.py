from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_graph_node_input import AgentGraphNodeInput


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_UpdateNodeRequest: tuple[str, ...] = (
    "node",
    "agentId",
    "graphId",
)
_KNOWN_UpdateNodeRequest = frozenset(
    (
        "node",
        "agentId",
        "graphId",
    )
)
_FIELDS_UpdateNodeRequest: tuple[str, ...] = (
    "node",
    "agent_id",
    "graph_id",
)


@_attrs_define(repr=False)
class UpdateNodeRequest:
    """
    Attributes:
        node (AgentGraphNodeInput):
        agent_id (str):
        graph_id (str):
    """

    node: AgentGraphNodeInput
    agent_id: str
    graph_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UpdateNodeRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.node
        field_dict["node"] = value.to_dict()
        field_dict["agentId"] = self.agent_id
        field_dict["graphId"] = self.graph_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        try:
            value = src_dict["node"]
            if value is None:
                raise KeyError("node")
            self.node = _models.AgentGraphNodeInput.from_dict(value)
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["graphId"]
            if value is None:
                raise KeyError("graphId")
            self.graph_id = value
        except KeyError as error:
            raise missing_field("UpdateNodeRequest", error, src_dict, _REQUIRED_UpdateNodeRequest) from None
        if not _KNOWN_UpdateNodeRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_UpdateNodeRequest
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
