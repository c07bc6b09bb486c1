from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_setup_step import AgentSetupStep


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_SetupStepRequest: tuple[str, ...] = (
    "agentId",
    "agentSetupStep",
)
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
class SetupStepRequest:
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
        field_dict["agentSetupStep"] = value.value
        value = self.query
        if value is not None:
            field_dict["query"] = value
        value = self.context_file_ids
        if value is not None:
            field_dict["contextFileIds"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["agentId"]
            if value is None:
                raise KeyError("agentId")
            self.agent_id = value
            value = src_dict["agentSetupStep"]
            if value is None:
                raise KeyError("agentSetupStep")
            self.agent_setup_step = _models.AgentSetupStep(value)
        except KeyError as error:
            raise missing_field("SetupStepRequest", error, src_dict, _REQUIRED_SetupStepRequest) from None
        self.query = get("query")
        self.context_file_ids = get("contextFileIds")
        if not _KNOWN_SetupStepRequest.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_SetupStepRequest
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
