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
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.generated_graph import GeneratedGraph


_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
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
class SetupSession(ResponseModel):
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
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

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
        try:
            self = _new(cls)
            value = src_dict.get("agentIntroMessage")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentIntroMessage")
            self.agent_intro_message = value
            value = src_dict.get("processInstructions")
            if value.__class__ is not str and value is not None:
                raise TypeError("processInstructions")
            self.process_instructions = value
            value = src_dict.get("agentSop")
            if value.__class__ is not str and value is not None:
                raise TypeError("agentSop")
            self.agent_sop = value
            value = src_dict.get("status")
            if value.__class__ is not str and value is not None:
                raise TypeError("status")
            self.status = value
            value = src_dict.get("step")
            if value.__class__ is not str and value is not None:
                raise TypeError("step")
            self.step = value
            value = src_dict.get("generatedGraph")
            self.generated_graph = None if value is None else _models.GeneratedGraph.from_dict(value)
            if not _KNOWN_SetupSession.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_SetupSession
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_SetupSession, _KNOWN_SetupSession)
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


_SPEC_SetupSession: tuple[FieldSpec, ...] = (
    FieldSpec("agentIntroMessage", "agent_intro_message", as_str, "str", False, False, False, ""),
    FieldSpec("processInstructions", "process_instructions", as_str, "str", False, False, False, ""),
    FieldSpec("agentSop", "agent_sop", as_str, "str", False, False, False, ""),
    FieldSpec("status", "status", as_str, "str", False, False, False, ""),
    FieldSpec("step", "step", as_str, "str", False, False, False, ""),
    FieldSpec(
        "generatedGraph",
        "generated_graph",
        as_model("GeneratedGraph"),
        "GeneratedGraph",
        False,
        False,
        False,
        "GeneratedGraph",
    ),
)
