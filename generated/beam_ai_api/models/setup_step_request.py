from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (  # lenient parsing (issue 18); ruff drops the names a model does not use
    STR,
    FieldSpec,
    ResponseGaps,
    ResponseModel,
    all_of,
    as_enum,
    as_list,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.agent_setup_step import AgentSetupStep


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_SetupStepRequest = frozenset(
    (
        "agentId",
        "agentSetupStep",
        "query",
        "contextFileIds",
    )
)
_FIELDS_SetupStepRequest: tuple[str, ...] = (
    "agent_id",
    "agent_setup_step",
    "query",
    "context_file_ids",
)


@_attrs_define(repr=False)
class SetupStepRequest(ResponseModel):
    """
    Attributes:
        agent_id (str): Agent UUID; needed for all steps (a UUID)
        agent_setup_step (AgentSetupStep): Setup step to run (POST /agent-setup).
        query (str | None): User input/instructions for the step; needed for GENERATE_SOP
        context_file_ids (list[str] | None): Context file UUIDs to attach
    """

    agent_id: str
    agent_setup_step: AgentSetupStep
    query: str | None = None
    context_file_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_SetupStepRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["agentId"] = self.agent_id
        value = self.agent_setup_step
        field_dict["agentSetupStep"] = None if value is None else value.value
        value = self.query
        if value is not None:
            field_dict["query"] = value
        value = self.context_file_ids
        if value is not None:
            field_dict["contextFileIds"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("agentId")
            if value.__class__ is not str:
                raise TypeError("agentId")
            self.agent_id = value
            value = src_dict.get("agentSetupStep")
            if value is None:
                raise KeyError("agentSetupStep")
            self.agent_setup_step = _models.AgentSetupStep(value)
            value = src_dict.get("query")
            if value.__class__ is not str and value is not None:
                raise TypeError("query")
            self.query = value
            value = src_dict.get("contextFileIds")
            if value is not None and not all_of(value, STR):
                raise TypeError("contextFileIds")
            self.context_file_ids = value
            if not _KNOWN_SetupStepRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_SetupStepRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_SetupStepRequest, _KNOWN_SetupStepRequest)
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


_SPEC_SetupStepRequest: tuple[FieldSpec, ...] = (
    FieldSpec("agentId", "agent_id", as_str, "str", True, False, False, ""),
    FieldSpec(
        "agentSetupStep", "agent_setup_step", as_enum("AgentSetupStep"), "AgentSetupStep", True, False, False, ""
    ),
    FieldSpec("query", "query", as_str, "str", False, False, False, ""),
    FieldSpec("contextFileIds", "context_file_ids", as_list(as_str), "list[str]", False, False, False, ""),
)
