from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class ViewColumnRequest(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_ViewColumnRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

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
        try:
            self = _new(cls)
            value = src_dict.get("name")
            if value.__class__ is not str:
                raise TypeError("name")
            self.name = value
            value = src_dict.get("dataType")
            if value.__class__ is not str:
                raise TypeError("dataType")
            self.data_type = value
            value = src_dict.get("agentGraphNodeId")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentGraphNodeId")
            self.agent_graph_node_id = value
            value = src_dict.get("paramType")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramType")
            self.param_type = value
            value = src_dict.get("paramName")
            if value.__class__ is not str and value is not None:
                raise TypeError("paramName")
            self.param_name = value
            value = src_dict.get("linkedAgentViewId")
            if value.__class__ is not str and value is not None:
                raise TypeError("linkedAgentViewId")
            self.linked_agent_view_id = value
            if not _KNOWN_ViewColumnRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_ViewColumnRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_ViewColumnRequest, _KNOWN_ViewColumnRequest)
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


_SPEC_ViewColumnRequest: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", as_str, "str", True, False, False, ""),
    FieldSpec("dataType", "data_type", as_str, "str", True, False, False, ""),
    FieldSpec("agentGraphNodeId", "agent_graph_node_id", as_str, "str", False, False, False, ""),
    FieldSpec("paramType", "param_type", as_str, "str", False, False, False, ""),
    FieldSpec("paramName", "param_name", as_str, "str", False, False, False, ""),
    FieldSpec("linkedAgentViewId", "linked_agent_view_id", as_str, "str", False, False, False, ""),
)
