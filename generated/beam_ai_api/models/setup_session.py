from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.generated_graph import GeneratedGraph


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_SetupSession: tuple[str, ...] = ()
_KNOWN_SetupSession = frozenset(
    (
        "agentIntroMessage",
        "processInstructions",
        "agentSop",
        "status",
        "step",
        "generatedGraph",
    )
)
_FIELDS_SetupSession: tuple[str, ...] = (
    "agent_intro_message",
    "process_instructions",
    "agent_sop",
    "status",
    "step",
    "generated_graph",
)


@_attrs_define(repr=False)
class SetupSession:
    """
    Attributes:
        agent_intro_message (str | None): Intro message describing the agent
        process_instructions (str | None): Process/workflow instructions
        agent_sop (str | None):
        status (str | None):
        step (str | None):
        generated_graph (GeneratedGraph | None):
    """

    agent_intro_message: str | None = None
    process_instructions: str | None = None
    agent_sop: str | None = None
    status: str | None = None
    step: str | None = None
    generated_graph: GeneratedGraph | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_SetupSession)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_intro_message
        if value is not None:
            field_dict["agentIntroMessage"] = value
        value = self.process_instructions
        if value is not None:
            field_dict["processInstructions"] = value
        value = self.agent_sop
        if value is not None:
            field_dict["agentSop"] = value
        value = self.status
        if value is not None:
            field_dict["status"] = value
        value = self.step
        if value is not None:
            field_dict["step"] = value
        value = self.generated_graph
        if value is not None:
            field_dict["generatedGraph"] = value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.agent_intro_message = get("agentIntroMessage")
        self.process_instructions = get("processInstructions")
        self.agent_sop = get("agentSop")
        self.status = get("status")
        self.step = get("step")
        value = get("generatedGraph")
        self.generated_graph = None if value is None else _models.GeneratedGraph.from_dict(value)
        if not _KNOWN_SetupSession.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_SetupSession}
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
