"""Turn client-written node/edge shapes into the stored (read-side) shapes.

Only fields of the documented type are copied, so whatever a client sends, what we answer still matches
the read schemas.
"""

from __future__ import annotations

from typing import Any

from ._seed import iso

JSON = dict[str, Any]

NODE_BOOLS = (
    "isEntryNode",
    "isExitNode",
    "isEvaluationEnabled",
    "enableAutoRetryWhenAccuracyIsLow",
    "enableAutoRetryWhenFailure",
    "enableAutoRetryDescription",
    "isAttachmentDataPulledIn",
)
NODE_INTS = (
    "autoRetryLimitWhenAccuracyIsLow",
    "autoRetryCountWhenFailure",
    "autoRetryWaitTimeWhenFailureInMs",
)
TOOL_BOOLS = (
    "requiresConsent",
    "isMemoryTool",
    "isBackgroundTool",
    "isBatchExecutionEnabled",
    "isCodeExecutionEnabled",
)
INPUT_STRS = (
    "paramName",
    "fillType",
    "question",
    "linkParamOutputId",
    "paramDescription",
    "paramTip",
    "staticValue",
    "dataType",
    "outputExample",
)
OUTPUT_STRS = ("paramName", "dataType", "paramDescription", "parentId", "paramPath", "outputExample")


def _typed(source: JSON, target: JSON, names: tuple[str, ...], kind: type | tuple[type, ...]) -> None:
    for name in names:
        value = source.get(name)
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            target[name] = value


def _ints(source: JSON, target: JSON, names: tuple[str, ...]) -> None:
    for name in names:
        value = source.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            target[name] = value


def _numbers(source: JSON, target: JSON, names: tuple[str, ...]) -> None:
    for name in names:
        value = source.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            target[name] = float(value)


def _objects(value: Any) -> list[JSON]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def build_input_param(spec: JSON, param_id: str, config_id: str, now: float, position: int) -> JSON:
    param: JSON = {
        "id": param_id,
        "agentToolConfigurationId": config_id,
        "createdAt": iso(now),
        "updatedAt": iso(now),
        "position": position,
        "paramName": f"param_{position}",
        "required": False,
        "options": [],
    }
    _typed(spec, param, INPUT_STRS, str)
    _typed(spec, param, ("required",), bool)
    _ints(spec, param, ("position",))
    for name in ("reloadProps", "remoteOptions"):
        if name in spec:
            param[name] = spec[name]
    param["options"] = [
        {k: o[k] for k in ("label", "value") if isinstance(o.get(k), str)}
        for o in _objects(spec.get("options"))
    ]
    return param


def build_output_param(spec: JSON, param_id: str, config_id: str, now: float, position: int) -> JSON:
    param: JSON = {
        "id": param_id,
        "agentToolConfigurationId": config_id,
        "createdAt": iso(now),
        "updatedAt": iso(now),
        "position": position,
        "paramName": f"output_{position}",
        "dataType": "string",
        "isArray": False,
    }
    _typed(spec, param, OUTPUT_STRS, str)
    _typed(spec, param, ("isArray",), bool)
    _ints(spec, param, ("position",))
    options = spec.get("typeOptions")
    if isinstance(options, dict) and isinstance(options.get("enumValues"), list):
        param["typeOptions"] = {"enumValues": [v for v in options["enumValues"] if isinstance(v, str)]}
    return param


def build_params(spec: JSON, config_id: str, now: float, new_id: Any) -> tuple[list[JSON], list[JSON]]:
    inputs = [
        build_input_param(p, new_id(), config_id, now, i + 1)
        for i, p in enumerate(_objects(spec.get("inputParams")))
    ]
    outputs = [
        build_output_param(p, new_id(), config_id, now, i + 1)
        for i, p in enumerate(_objects(spec.get("outputParams")))
    ]
    return inputs, outputs


def build_tool(spec: JSON, config_id: str, now: float, new_id: Any) -> JSON:
    tool: JSON = {
        "id": config_id,
        "toolFunctionName": "custom_tool",
        "toolName": "Custom tool",
        "requiresConsent": False,
        "isMemoryTool": False,
        "isBackgroundTool": False,
        "isBatchExecutionEnabled": False,
        "isCodeExecutionEnabled": False,
    }
    _typed(spec, tool, ("toolFunctionName", "toolName"), str)
    _typed(spec, tool, TOOL_BOOLS, bool)
    tool["inputParams"], tool["outputParams"] = build_params(spec, config_id, now, new_id)
    tool["originalTool"] = {
        k: spec[k]
        for k in ("prompt", "preferredModel", "fallbackModels", "description")
        if isinstance(spec.get(k), str)
    }
    return tool


def build_node(spec: JSON, node_id: str, now: float, position: int, new_id: Any) -> JSON:
    node: JSON = {
        "id": node_id,
        "customId": f"node-{position}",
        "objective": "",
        "evaluationCriteria": [],
        "isEntryNode": position == 1,
        "isExitNode": False,
        "isEvaluationEnabled": False,
        "autoRetryWhenAccuracyLessThan": 80,
        "autoRetryLimitWhenAccuracyIsLow": 1,
        "enableAutoRetryWhenAccuracyIsLow": False,
        "enableAutoRetryWhenFailure": False,
        "autoRetryDescription": None,
        "enableAutoRetryDescription": False,
        "autoRetryCountWhenFailure": 1,
        "autoRetryWaitTimeWhenFailureInMs": 1000,
        "isAttachmentDataPulledIn": False,
        "isEdited": False,
        "createdAt": iso(now),
        "xCoordinate": 100.0 * position,
        "yCoordinate": 200.0,
    }
    apply_node_fields(spec, node)
    tool_spec = spec.get("toolConfiguration")
    node["toolConfiguration"] = build_tool(
        tool_spec if isinstance(tool_spec, dict) else {}, new_id(), now, new_id
    )
    return node


def apply_node_fields(spec: JSON, node: JSON) -> None:
    """Copy writable scalar fields of a node spec onto a stored node."""
    _typed(spec, node, ("customId", "objective"), str)
    _typed(spec, node, NODE_BOOLS, bool)
    _ints(spec, node, NODE_INTS)
    _numbers(spec, node, ("xCoordinate", "yCoordinate", "autoRetryWhenAccuracyLessThan"))
    if "autoRetryDescription" in spec and (
        spec["autoRetryDescription"] is None or isinstance(spec["autoRetryDescription"], str)
    ):
        node["autoRetryDescription"] = spec["autoRetryDescription"]
    criteria = spec.get("evaluationCriteria")
    if isinstance(criteria, list):
        node["evaluationCriteria"] = [c for c in criteria if isinstance(c, str)]


def build_edge(source: str, target: str, spec: JSON, edge_id: str, now: float, new_id: Any) -> JSON:
    edge: JSON = {
        "id": edge_id,
        "sourceAgentGraphNodeId": source,
        "targetAgentGraphNodeId": target,
        "condition": spec["condition"] if isinstance(spec.get("condition"), str) else "",
        "isAttachmentDataPulledIn": spec.get("isAttachmentDataPulledIn") is True,
        "createdAt": iso(now),
        "updatedAt": iso(now),
    }
    groups = spec.get("conditionGroups", spec.get("groups"))
    edge["conditionGroups"] = build_groups(groups, edge_id, now, new_id)
    return edge


def build_groups(groups: Any, edge_id: str, now: float, new_id: Any) -> list[JSON]:
    built = []
    for group in _objects(groups):
        group_id = group["id"] if isinstance(group.get("id"), str) else new_id()
        stored: JSON = {"id": group_id, "agentGraphEdgeId": edge_id, "rules": []}
        _typed(group, stored, ("nextGroupOperator",), str)
        for rule in _objects(group.get("rules")):
            stored_rule: JSON = {
                "id": rule["id"] if isinstance(rule.get("id"), str) else new_id(),
                "agentGraphEdgeConditionGroupId": group_id,
                "createdAt": iso(now),
                "updatedAt": iso(now),
            }
            _typed(
                rule,
                stored_rule,
                (
                    "sourceAgentToolConfigurationOutputParamsId",
                    "operator",
                    "comparisonValueType",
                    "comparisonValue",
                    "comparisonAgentToolConfigurationOutputParamsId",
                    "nextRuleOperator",
                ),
                str,
            )
            stored["rules"].append(stored_rule)
        built.append(stored)
    return built


def clean_settings(spec: Any) -> JSON:
    """Keep only AgentSettings fields of the right type."""
    if not isinstance(spec, dict):
        return {}
    settings: JSON = {}
    _typed(spec, settings, ("preferredModel", "instructions", "agentPersonality", "agentRestrictions"), str)
    if isinstance(spec.get("prompts"), list):
        settings["prompts"] = [p for p in spec["prompts"] if isinstance(p, str)]
    return settings
