from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_condition_group import NodeConditionGroup


T = TypeVar("T", bound="NodeConfigurations")


@_attrs_define
class NodeConfigurations:
    """
    Attributes:
        condition_type (str | Unset):  Example: llm_based.
        llm_model (str | Unset):
        fallback_models (str | Unset):
        wait_type (str | Unset):  Example: time_based.
        time_to_wait_value (float | Unset):
        time_to_wait_unit (str | Unset):  Example: minutes.
        linked_agent_graph_node_id (str | Unset):
        rule (str | Unset):
        conditions (list[NodeConditionGroup] | Unset):
        timeout_type (str | Unset):  Example: no_timeout.
        timeout_value (float | Unset):
        timeout_unit (str | Unset):  Example: minutes.
        on_timeout (str | Unset):  Example: continue.
    """

    condition_type: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    fallback_models: str | Unset = UNSET
    wait_type: str | Unset = UNSET
    time_to_wait_value: float | Unset = UNSET
    time_to_wait_unit: str | Unset = UNSET
    linked_agent_graph_node_id: str | Unset = UNSET
    rule: str | Unset = UNSET
    conditions: list[NodeConditionGroup] | Unset = UNSET
    timeout_type: str | Unset = UNSET
    timeout_value: float | Unset = UNSET
    timeout_unit: str | Unset = UNSET
    on_timeout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type = self.condition_type

        llm_model = self.llm_model

        fallback_models = self.fallback_models

        wait_type = self.wait_type

        time_to_wait_value = self.time_to_wait_value

        time_to_wait_unit = self.time_to_wait_unit

        linked_agent_graph_node_id = self.linked_agent_graph_node_id

        rule = self.rule

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        timeout_type = self.timeout_type

        timeout_value = self.timeout_value

        timeout_unit = self.timeout_unit

        on_timeout = self.on_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type
        if llm_model is not UNSET:
            field_dict["llmModel"] = llm_model
        if fallback_models is not UNSET:
            field_dict["fallbackModels"] = fallback_models
        if wait_type is not UNSET:
            field_dict["waitType"] = wait_type
        if time_to_wait_value is not UNSET:
            field_dict["timeToWaitValue"] = time_to_wait_value
        if time_to_wait_unit is not UNSET:
            field_dict["timeToWaitUnit"] = time_to_wait_unit
        if linked_agent_graph_node_id is not UNSET:
            field_dict["linkedAgentGraphNodeId"] = linked_agent_graph_node_id
        if rule is not UNSET:
            field_dict["rule"] = rule
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if timeout_type is not UNSET:
            field_dict["timeoutType"] = timeout_type
        if timeout_value is not UNSET:
            field_dict["timeoutValue"] = timeout_value
        if timeout_unit is not UNSET:
            field_dict["timeoutUnit"] = timeout_unit
        if on_timeout is not UNSET:
            field_dict["onTimeout"] = on_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_condition_group import NodeConditionGroup

        d = dict(src_dict)
        condition_type = d.pop("conditionType", UNSET)

        llm_model = d.pop("llmModel", UNSET)

        fallback_models = d.pop("fallbackModels", UNSET)

        wait_type = d.pop("waitType", UNSET)

        time_to_wait_value = d.pop("timeToWaitValue", UNSET)

        time_to_wait_unit = d.pop("timeToWaitUnit", UNSET)

        linked_agent_graph_node_id = d.pop("linkedAgentGraphNodeId", UNSET)

        rule = d.pop("rule", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[NodeConditionGroup] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = NodeConditionGroup.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        timeout_type = d.pop("timeoutType", UNSET)

        timeout_value = d.pop("timeoutValue", UNSET)

        timeout_unit = d.pop("timeoutUnit", UNSET)

        on_timeout = d.pop("onTimeout", UNSET)

        node_configurations = cls(
            condition_type=condition_type,
            llm_model=llm_model,
            fallback_models=fallback_models,
            wait_type=wait_type,
            time_to_wait_value=time_to_wait_value,
            time_to_wait_unit=time_to_wait_unit,
            linked_agent_graph_node_id=linked_agent_graph_node_id,
            rule=rule,
            conditions=conditions,
            timeout_type=timeout_type,
            timeout_value=timeout_value,
            timeout_unit=timeout_unit,
            on_timeout=on_timeout,
        )

        node_configurations.additional_properties = d
        return node_configurations

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
