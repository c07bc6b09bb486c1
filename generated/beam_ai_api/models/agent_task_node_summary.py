from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_AgentTaskNodeSummary: tuple[str, ...] = ("id",)
_KNOWN_AgentTaskNodeSummary = frozenset(
    (
        "id",
        "agentGraphNodeId",
        "status",
        "retriedCountWhenFailure",
        "retriedCountWhenAccuracyIsLow",
        "manualRetryCount",
        "isEverConsentRequired",
        "agentGraphNode",
    )
)
_FIELDS_AgentTaskNodeSummary: tuple[str, ...] = (
    "id",
    "agent_graph_node_id",
    "status",
    "retried_count_when_failure",
    "retried_count_when_accuracy_is_low",
    "manual_retry_count",
    "is_ever_consent_required",
    "agent_graph_node",
)


@_attrs_define(repr=False)
class AgentTaskNodeSummary:
    """
    Attributes:
        id (str):
        agent_graph_node_id (str | None):
        status (str | None):
        retried_count_when_failure (int | None):
        retried_count_when_accuracy_is_low (int | None):
        manual_retry_count (int | None):
        is_ever_consent_required (bool | None):
        agent_graph_node (AgentGraphNode | None):
    """

    id: str
    agent_graph_node_id: str | None = None
    status: str | None = None
    retried_count_when_failure: int | None = None
    retried_count_when_accuracy_is_low: int | None = None
    manual_retry_count: int | None = None
    is_ever_consent_required: bool | None = None
    agent_graph_node: AgentGraphNode | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_AgentTaskNodeSummary)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        value = self.agent_graph_node_id
        if value is not None:
            field_dict["agentGraphNodeId"] = value
        value = self.status
        if value is not None:
            field_dict["status"] = value
        value = self.retried_count_when_failure
        if value is not None:
            field_dict["retriedCountWhenFailure"] = value
        value = self.retried_count_when_accuracy_is_low
        if value is not None:
            field_dict["retriedCountWhenAccuracyIsLow"] = value
        value = self.manual_retry_count
        if value is not None:
            field_dict["manualRetryCount"] = value
        value = self.is_ever_consent_required
        if value is not None:
            field_dict["isEverConsentRequired"] = value
        value = self.agent_graph_node
        if value is not None:
            field_dict["agentGraphNode"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["id"]
            if value is None:
                raise KeyError("id")
            self.id = value
        except KeyError as error:
            raise missing_field("AgentTaskNodeSummary", error, src_dict, _REQUIRED_AgentTaskNodeSummary) from None
        self.agent_graph_node_id = get("agentGraphNodeId")
        self.status = get("status")
        self.retried_count_when_failure = get("retriedCountWhenFailure")
        self.retried_count_when_accuracy_is_low = get("retriedCountWhenAccuracyIsLow")
        self.manual_retry_count = get("manualRetryCount")
        self.is_ever_consent_required = get("isEverConsentRequired")
        value = get("agentGraphNode")
        self.agent_graph_node = None if value is None else _models.AgentGraphNode.from_dict(value)
        if not _KNOWN_AgentTaskNodeSummary.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTaskNodeSummary
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
