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
    as_bool,
    as_list,
    as_model,
    as_str,
    model_repr,
    parse_fields,
    refusing_unknown_fields,
    request_id_of,
)

if TYPE_CHECKING:
    from ..models.condition_group_update import ConditionGroupUpdate


_datetime_from = datetime.datetime.fromisoformat
_date_from = datetime.date.fromisoformat
_new = object.__new__  # from_dict fills the slots itself: attrs' keyword __init__ costs a third of a parse
_KNOWN_UpdateEdgeRequest = frozenset(
    (
        "isAttachmentDataPulledIn",
        "condition",
        "groups",
    )
)
_FIELDS_UpdateEdgeRequest: tuple[str, ...] = (
    "is_attachment_data_pulled_in",
    "condition",
    "groups",
)


@_attrs_define(repr=False)
class UpdateEdgeRequest(ResponseModel):
    """
    Attributes:
        is_attachment_data_pulled_in (bool):
        condition (str | None):
        groups (list[ConditionGroupUpdate] | None):
    """

    is_attachment_data_pulled_in: bool
    condition: str | None = None
    groups: list[ConditionGroupUpdate] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _gaps: ResponseGaps | None = _attrs_field(init=False, default=None, eq=False, repr=False)  # lenient parsing

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS_UpdateEdgeRequest)

    @property
    def _request_id(self) -> str | None:
        """The server's request id for the response this object was parsed from (None if none)."""
        return request_id_of(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["isAttachmentDataPulledIn"] = self.is_attachment_data_pulled_in
        value = self.condition
        if value is not None:
            field_dict["condition"] = value
        value = self.groups
        if value is not None:
            field_dict["groups"] = [value_item.to_dict() for value_item in value]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            self = _new(cls)
            value = src_dict.get("isAttachmentDataPulledIn")
            if value.__class__ is not bool:
                raise TypeError("isAttachmentDataPulledIn")
            self.is_attachment_data_pulled_in = value
            value = src_dict.get("condition")
            if value.__class__ is not str and value is not None:
                raise TypeError("condition")
            self.condition = value
            value = src_dict.get("groups")
            self.groups = None if value is None else list(map(_models.ConditionGroupUpdate.from_dict, value))
            if not _KNOWN_UpdateEdgeRequest.issuperset(src_dict):
                if refusing_unknown_fields():
                    raise TypeError("unknown field")  # strict: parse_fields names it
                self.additional_properties = {
                    key: item for key, item in src_dict.items() if key not in _KNOWN_UpdateEdgeRequest
                }
            else:
                self.additional_properties = {}
            self._gaps = None
            return self
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a value that does not fit the spec: parse again field by field (lenient, or strict)
        parsed: Self = parse_fields(cls, src_dict, _SPEC_UpdateEdgeRequest, _KNOWN_UpdateEdgeRequest)
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


_SPEC_UpdateEdgeRequest: tuple[FieldSpec, ...] = (
    FieldSpec("isAttachmentDataPulledIn", "is_attachment_data_pulled_in", as_bool, "bool", True, False, False, ""),
    FieldSpec("condition", "condition", as_str, "str", False, False, False, ""),
    FieldSpec(
        "groups",
        "groups",
        as_list(as_model("ConditionGroupUpdate")),
        "list[ConditionGroupUpdate]",
        False,
        False,
        False,
        "ConditionGroupUpdate",
    ),
)
