from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, request_id_of

_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
# Spec names of the required fields, in order: which one is missing is looked up only on failure.
_REQUIRED_CompleteInputParam: tuple[str, ...] = ()
_KNOWN_CompleteInputParam = frozenset(
    (
        "paramName",
        "paramDescription",
        "fillType",
        "position",
        "required",
        "dataType",
        "question",
        "staticValue",
        "paramTip",
        "outputExample",
        "reloadProps",
        "remoteOptions",
        "linkedOutputParamNodeId",
        "linkedOutputParamName",
    )
)
_FIELDS_CompleteInputParam: tuple[str, ...] = (
    "param_name",
    "param_description",
    "fill_type",
    "position",
    "required",
    "data_type",
    "question",
    "static_value",
    "param_tip",
    "output_example",
    "reload_props",
    "remote_options",
    "linked_output_param_node_id",
    "linked_output_param_name",
)


@_attrs_define(repr=False)
class CompleteInputParam:
    """
    Attributes:
        param_name (str | None):
        param_description (str | None):
        fill_type (str | None):
        position (int | None):
        required (bool | None):
        data_type (str | None):
        question (str | None):
        static_value (str | None):
        param_tip (str | None):
        output_example (str | None):
        reload_props (bool | None): Always false.
        remote_options (bool | None): Always false.
        linked_output_param_node_id (str | None): The source node id when fillType is linked.
        linked_output_param_name (str | None): The source output param name when fillType is linked.
    """

    param_name: str | None = None
    param_description: str | None = None
    fill_type: str | None = None
    position: int | None = None
    required: bool | None = None
    data_type: str | None = None
    question: str | None = None
    static_value: str | None = None
    param_tip: str | None = None
    output_example: str | None = None
    reload_props: bool | None = None
    remote_options: bool | None = None
    linked_output_param_node_id: str | None = None
    linked_output_param_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_CompleteInputParam)

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
        value = self.fill_type
        if value is not None:
            field_dict["fillType"] = value
        value = self.position
        if value is not None:
            field_dict["position"] = value
        value = self.required
        if value is not None:
            field_dict["required"] = value
        value = self.data_type
        if value is not None:
            field_dict["dataType"] = value
        value = self.question
        if value is not None:
            field_dict["question"] = value
        value = self.static_value
        if value is not None:
            field_dict["staticValue"] = value
        value = self.param_tip
        if value is not None:
            field_dict["paramTip"] = value
        value = self.output_example
        if value is not None:
            field_dict["outputExample"] = value
        value = self.reload_props
        if value is not None:
            field_dict["reloadProps"] = value
        value = self.remote_options
        if value is not None:
            field_dict["remoteOptions"] = value
        value = self.linked_output_param_node_id
        if value is not None:
            field_dict["linkedOutputParamNodeId"] = value
        value = self.linked_output_param_name
        if value is not None:
            field_dict["linkedOutputParamName"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = _new(cls)
        get = src_dict.get
        self.param_name = get("paramName")
        self.param_description = get("paramDescription")
        self.fill_type = get("fillType")
        self.position = get("position")
        self.required = get("required")
        self.data_type = get("dataType")
        self.question = get("question")
        self.static_value = get("staticValue")
        self.param_tip = get("paramTip")
        self.output_example = get("outputExample")
        self.reload_props = get("reloadProps")
        self.remote_options = get("remoteOptions")
        self.linked_output_param_node_id = get("linkedOutputParamNodeId")
        self.linked_output_param_name = get("linkedOutputParamName")
        if not _KNOWN_CompleteInputParam.issuperset(src_dict):
            self.additional_properties = {
                key: item for key, item in src_dict.items() if key not in _KNOWN_CompleteInputParam
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
