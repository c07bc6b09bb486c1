from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_bool,
    as_int,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_graph_node import AgentGraphNode


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class AgentTaskNodeSummary(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("id")
            if value.__class__ is not str:
                raise TypeError("id")
            self.id = value
            value = src_dict.get("agentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphNodeId")
            self.agent_graph_node_id = value
            value = src_dict.get("status")
            if value.__class__ is not str and value is not None:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("retriedCountWhenFailure")
            if value.__class__ is not int and value is not None:
                raise TypeError("retriedCountWhenFailure")
            self.retried_count_when_failure = value
            value = src_dict.get("retriedCountWhenAccuracyIsLow")
            if value.__class__ is not int and value is not None:
                raise TypeError("retriedCountWhenAccuracyIsLow")
            self.retried_count_when_accuracy_is_low = value
            value = src_dict.get("manualRetryCount")
            if value.__class__ is not int and value is not None:
                raise TypeError("manualRetryCount")
            self.manual_retry_count = value
            value = src_dict.get("isEverConsentRequired")
            if value.__class__ is not bool and value is not None:
                raise TypeError("isEverConsentRequired")
            self.is_ever_consent_required = value
            value = src_dict.get("agentGraphNode")
            self.agent_graph_node = None if value is None else _models.AgentGraphNode.from_dict(value)
            if not _KNOWN_AgentTaskNodeSummary.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_AgentTaskNodeSummary
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_AgentTaskNodeSummary, _KNOWN_AgentTaskNodeSummary)
        return parsed

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


_SPEC_AgentTaskNodeSummary: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", as_str, "str", True, False, False, ""),
    FieldSpec("agentGraphNodeId", "agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("status", "status", as_str, "str", False, False, False, ""),
    FieldSpec("retriedCountWhenFailure", "retried_count_when_failure", as_int, "int", False, False, False, ""),
    FieldSpec(
        "retriedCountWhenAccuracyIsLow", "retried_count_when_accuracy_is_low", as_int, "int", False, False, False, ""
    ),
    FieldSpec("manualRetryCount", "manual_retry_count", as_int, "int", False, False, False, ""),
    FieldSpec("isEverConsentRequired", "is_ever_consent_required", as_bool, "bool", False, False, False, ""),
    FieldSpec(
        "agentGraphNode",
        "agent_graph_node",
        as_model("AgentGraphNode"),
        "AgentGraphNode",
        False,
        False,
        False,
        "AgentGraphNode",
    ),
)
