from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import missing_field, model_repr, request_id_of

if TYPE_CHECKING:
    from ..models.agent_task_node import AgentTaskNode


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_TaskNodeList: tuple[str, ...] = ("agentTaskNodes",)
_KNOWN_TaskNodeList = frozenset(
    (
        "agentTaskNodes",
        "count",
    )
)
_FIELDS_TaskNodeList: tuple[str, ...] = (
    "agent_task_nodes",
    "count",
)


@_attrs_define(repr=False)
class TaskNodeList:
    """
    Attributes:
        agent_task_nodes (list[AgentTaskNode]):
        count (int | None):
    """

    agent_task_nodes: list[AgentTaskNode]
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_TaskNodeList)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.agent_task_nodes
        field_dict["agentTaskNodes"] = [value_item.to_dict() for value_item in value]
        value = self.count
        if value is not None:
            field_dict["count"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        try:
            value = src_dict["agentTaskNodes"]
            if value is None:
                raise KeyError("agentTaskNodes")
            self.agent_task_nodes = list(map(_models.AgentTaskNode.from_dict, value))
        except KeyError as error:
            raise missing_field("TaskNodeList", error, src_dict, _REQUIRED_TaskNodeList) from None
        self.count = get("count")
        if not _KNOWN_TaskNodeList.issuperset(src_dict):
            self.additional_properties = {key: item for key, item in src_dict.items() if key not in _KNOWN_TaskNodeList}
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
