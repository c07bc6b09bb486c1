from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_group_update import ConditionGroupUpdate


T = TypeVar("T", bound="UpdateEdgeRequest")


@_attrs_define
class UpdateEdgeRequest:
    """
    Attributes:
        is_attachment_data_pulled_in (bool):
        condition (str | Unset):
        groups (list[ConditionGroupUpdate] | Unset): UpdateConditionGroupDto[] (name from spec); rule fields from
            examples
    """

    is_attachment_data_pulled_in: bool
    condition: str | Unset = UNSET
    groups: list[ConditionGroupUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_attachment_data_pulled_in = self.is_attachment_data_pulled_in

        condition = self.condition

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for componentsschemas_update_condition_group_list_item_data in self.groups:
                componentsschemas_update_condition_group_list_item = (
                    componentsschemas_update_condition_group_list_item_data.to_dict()
                )
                groups.append(componentsschemas_update_condition_group_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAttachmentDataPulledIn": is_attachment_data_pulled_in,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.condition_group_update import ConditionGroupUpdate

        d = dict(src_dict)
        is_attachment_data_pulled_in = d.pop("isAttachmentDataPulledIn")

        condition = d.pop("condition", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[ConditionGroupUpdate] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for componentsschemas_update_condition_group_list_item_data in _groups:
                componentsschemas_update_condition_group_list_item = ConditionGroupUpdate.from_dict(
                    componentsschemas_update_condition_group_list_item_data
                )

                groups.append(componentsschemas_update_condition_group_list_item)

        update_edge_request = cls(
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            condition=condition,
            groups=groups,
        )

        update_edge_request.additional_properties = d
        return update_edge_request

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
