from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.complete_agent_graph_node import CompleteAgentGraphNode
    from ..models.complete_agent_graph_settings import CompleteAgentGraphSettings


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_CompleteAgentGraphRequest = frozenset(
    (
        "agentName",
        "agentDescription",
        "settings",
        "nodes",
    )
)
_FIELDS_CompleteAgentGraphRequest: tuple[str, ...] = (
    "agent_name",
    "agent_description",
    "settings",
    "nodes",
)


@_attrs_define(repr=False)
class CompleteAgentGraphRequest(ResponseModel):
    """
    Attributes:
        agent_name (str | None):
        agent_description (str | None):
        settings (CompleteAgentGraphSettings | None):
        nodes (list[CompleteAgentGraphNode] | None):
    """

    agent_name: str | None = None
    agent_description: str | None = None
    settings: CompleteAgentGraphSettings | None = None
    nodes: list[CompleteAgentGraphNode] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteAgentGraphRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_name
        if value is not None:
            field_dict["agentName"] = value
        value = self.agent_description
        if value is not None:
            field_dict["agentDescription"] = value
        value = self.settings
        if value is not None:
            field_dict["settings"] = value.to_dict()
        value = self.nodes
        if value is not None:
            field_dict["nodes"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("agentName")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentName")
            self.agent_name = value
            value = src_dict.get("agentDescription")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentDescription")
            self.agent_description = value
            value = src_dict.get("settings")
            self.settings = None if value is None else _models.CompleteAgentGraphSettings.from_dict(value)
            value = src_dict.get("nodes")
            self.nodes = None if value is None else list(map(_models.CompleteAgentGraphNode.from_dict, value))
            if not _KNOWN_CompleteAgentGraphRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteAgentGraphRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_CompleteAgentGraphRequest, _KNOWN_CompleteAgentGraphRequest)
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


_SPEC_CompleteAgentGraphRequest: tuple[FieldSpec, ...] = (
    FieldSpec("agentName", "agent_name", as_str, "str", False, False, False, ""),
    FieldSpec("agentDescription", "agent_description", as_str, "str", False, False, False, ""),
    FieldSpec(
        "settings",
        "settings",
        as_model("CompleteAgentGraphSettings"),
        "CompleteAgentGraphSettings",
        False,
        False,
        False,
        "CompleteAgentGraphSettings",
    ),
    FieldSpec(
        "nodes",
        "nodes",
        as_list(as_model("CompleteAgentGraphNode")),
        "list[CompleteAgentGraphNode]",
        False,
        False,
        False,
        "CompleteAgentGraphNode",
    ),
)
