from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_OutputParamWrite: tuple[str, ...] = ()
_KNOWN_OutputParamWrite = frozenset(
    (
        "paramName",
        "paramDescription",
        "position",
        "dataType",
        "isArray",
        "paramPath",
        "outputExample",
        "parentId",
        "typeOptions",
        "id",
        "agentToolConfigurationId",
    )
)
_FIELDS_OutputParamWrite: tuple[str, ...] = (
    "param_name",
    "param_description",
    "position",
    "data_type",
    "is_array",
    "param_path",
    "output_example",
    "parent_id",
    "type_options",
    "id",
    "agent_tool_configuration_id",
)


@_attrs_define(repr=False)
class OutputParamWrite:
    """
    Attributes:
        param_name (str | None):
        param_description (str | None):
        position (int | None):
        data_type (str | None):
        is_array (bool | None):
        param_path (str | None):
        output_example (str | None):
        parent_id (str | None):
        type_options (Any | None): Free-form JSON object.
        id (str | None):
        agent_tool_configuration_id (str | None):
    """

    param_name: str | None = None
    param_description: str | None = None
    position: int | None = None
    data_type: str | None = None
    is_array: bool | None = None
    param_path: str | None = None
    output_example: str | None = None
    parent_id: str | None = None
    type_options: Any | None = None
    id: str | None = None
    agent_tool_configuration_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_OutputParamWrite)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.param_name
        if value is not None:
            field_dict["paramName"] = value
        value = self.param_description
        if value is not None:
            field_dict["paramDescription"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.is_array
        if value is not None:
            field_dict["isArray"] = value
        value = self.param_path
        if value is not None:
            field_dict["paramPath"] = value
        value = self.output_example
        if value is not None:
            field_dict["outputExample"] = value
        value = self.parent_id
        if value is not None:
            field_dict["parentId"] = value
        value = self.type_options
        if value is not None:
            field_dict["typeOptions"] = value
        value = self.id
        if value is not None:
            field_dict["id"] = value
        value = self.agent_tool_configuration_id
        if value is not None:
            field_dict["agentToolConfigurationId"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.param_name = get("paramName")
        self.param_description = get("paramDescription")
        self.position = get("position")
        self.data_type = get("dataType")
        self.is_array = get("isArray")
        self.param_path = get("paramPath")
        self.output_example = get("outputExample")
        self.parent_id = get("parentId")
        self.type_options = get("typeOptions")
        self.id = get("id")
        self.agent_tool_configuration_id = get("agentToolConfigurationId")
        if not _KNOWN_OutputParamWrite.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_OutputParamWrite
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
