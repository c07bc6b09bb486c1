from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_input_answer import UserInputAnswer


T = TypeVar("T", bound="SubmitUserInputRequest")


@_attrs_define
class SubmitUserInputRequest:
    """
    Attributes:
        task_node_id (str):
        user_inputs (list[UserInputAnswer]):
    """

    task_node_id: str
    user_inputs: list[UserInputAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_node_id = self.task_node_id

        user_inputs = []
        for user_inputs_item_data in self.user_inputs:
            user_inputs_item = user_inputs_item_data.to_dict()
            user_inputs.append(user_inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskNodeId": task_node_id,
                "userInputs": user_inputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_input_answer import UserInputAnswer

        d = dict(src_dict)
        task_node_id = d.pop("taskNodeId")

        user_inputs = []
        _user_inputs = d.pop("userInputs")
        for user_inputs_item_data in _user_inputs:
            user_inputs_item = UserInputAnswer.from_dict(user_inputs_item_data)

            user_inputs.append(user_inputs_item)

        submit_user_input_request = cls(
            task_node_id=task_node_id,
            user_inputs=user_inputs,
        )

        submit_user_input_request.additional_properties = d
        return submit_user_input_request

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
