"""Client-side checks of the constraints `openapi/beam.yaml` documents, before any request is sent.

The rules are data: `OPERATION_RULES` (per operationId, per query/path parameter) and `SCHEMA_RULES`
(per request-body schema and the schemas nested in one, per property), keyed by the spec's own
names. tests/test_validation.py extracts the same tables from the spec and fails when they differ,
so a spec change cannot drift silently. A broken rule raises `BeamValidationError` naming the
argument as the caller spelled it (`page_size`, `name`, `settings.prompts`, `nodes[2].objective`).

Absent means None or `UNSET`. Enum values may be given as the generated enum member or its string.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import attrs

from beam_ai_api.types import Unset

from ._errors import BeamValidationError

EnumT = TypeVar("EnumT", bound=enum.Enum)


@dataclass(frozen=True, slots=True)
class Rule:
    """The documented constraints of one parameter or property (JSON Schema keywords, snake_case)."""

    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    enum: tuple[str, ...] | None = None


_PAGE_NUM = Rule(minimum=1)
_PAGE_SIZE = Rule(minimum=1, maximum=100)
_REQUIRED = Rule(required=True)
_AGENT_TYPES = ("beam-os", "user-agent", "pre-configured-agent")
_TASK_GROUPINGS = ("status", "agent")

#: operationId -> parameter name (as in the spec) -> rule. Header parameters are the client's job.
OPERATION_RULES: Final[Mapping[str, Mapping[str, Rule]]] = {
    "listAgents": {"pageNum": _PAGE_NUM, "pageSize": _PAGE_SIZE, "type": Rule(enum=_AGENT_TYPES)},
    "updateAgent": {"agentId": _REQUIRED},
    "getAgentGraph": {"agentId": _REQUIRED},
    "updateCompleteGraph": {"agentId": _REQUIRED},
    "getAgentGraphNodes": {"agentId": _REQUIRED},
    "getGraphNode": {"agentId": _REQUIRED, "nodeId": _REQUIRED},
    "updateNodePrompt": {"agentId": _REQUIRED, "nodeId": _REQUIRED},
    "updateNodeParams": {"agentId": _REQUIRED, "nodeId": _REQUIRED},
    "updateEdge": {"edgeId": _REQUIRED},
    "publishGraph": {"graphId": _REQUIRED},
    "listTaskNodesByTool": {
        "toolFunctionName": _REQUIRED,
        "pageNum": _PAGE_NUM,
        "pageSize": _PAGE_SIZE,
        "agentId": _REQUIRED,
    },
    "listTasks": {"pageNum": _PAGE_NUM, "pageSize": _PAGE_SIZE, "grouping": Rule(enum=_TASK_GROUPINGS)},
    "getTask": {"taskId": _REQUIRED},
    "getTaskUpdates": {"taskId": _REQUIRED},
    "iterateTasks": {"ordering": Rule(enum=("asc", "desc")), "grouping": Rule(enum=_TASK_GROUPINGS)},
    "listLatestExecutions": {"agentId": _REQUIRED, "pageNum": _PAGE_NUM, "pageSize": Rule(minimum=1)},
    "getToolOutputSchema": {"graphNodeId": _REQUIRED},
    "getAgentAnalytics": {"startDate": _REQUIRED, "endDate": _REQUIRED, "agentId": _REQUIRED},
    "submitUserInput": {"taskId": _REQUIRED},
    "approveTask": {"taskId": _REQUIRED},
    "rejectTask": {"taskId": _REQUIRED},
    "rateTaskOutput": {"taskId": _REQUIRED},
    "triggerWebhook": {"agentId": _REQUIRED, "webhookId": _REQUIRED},
    "getSetupSession": {"agentId": _REQUIRED},
    "addContextFiles": {"agentId": _REQUIRED},
    "submitStepFeedback": {
        "agentId": _REQUIRED,
        "setupStep": Rule(
            required=True,
            enum=(
                "SOP_GENERATION",
                "GRAPH_GENERATION",
                "TOOL_MATCHING",
                "TOOL_GENERATION",
                "CONNECT_INTEGRATIONS",
            ),
        ),
    },
    "uploadContextFile": {"agentId": _REQUIRED, "uploadSource": _REQUIRED, "taskId": _REQUIRED},
    "getContextFileDownloadUrl": {"agentId": _REQUIRED, "fileId": _REQUIRED},
    "deleteContextFile": {"agentId": _REQUIRED, "fileKey": _REQUIRED},
    "listViews": {"pageNum": _PAGE_NUM, "pageSize": _PAGE_SIZE},
    "getView": {"viewId": _REQUIRED},
    "listViewRecords": {"viewId": _REQUIRED, "pageNum": _PAGE_NUM, "pageSize": _PAGE_SIZE},
    "listLinkedRecords": {
        "viewId": _REQUIRED,
        "columnId": _REQUIRED,
        "recordId": _REQUIRED,
        "pageNum": _PAGE_NUM,
        "pageSize": _PAGE_SIZE,
    },
    "optimizeTool": {"toolFunctionName": _REQUIRED},
    "getToolOptimizationStatus": {"threadId": _REQUIRED},
}

#: schema name -> property name (as in the spec) -> rule, for every schema a request body can hold.
SCHEMA_RULES: Final[Mapping[str, Mapping[str, Rule]]] = {
    "AccessTokenRequest": {"apiKey": _REQUIRED},
    "RefreshTokenRequest": {"refreshToken": _REQUIRED},
    "UpdateAgentRequest": {
        "name": Rule(max_length=100),
        "description": Rule(max_length=500),
        "type": Rule(enum=_AGENT_TYPES),
    },
    "UpdateNodeRequest": {"node": _REQUIRED, "agentId": _REQUIRED, "graphId": _REQUIRED},
    "UpdateEdgeRequest": {"isAttachmentDataPulledIn": _REQUIRED},
    "TaskNodeFeedbackPerKey": {"outputKey": _REQUIRED, "description": _REQUIRED},
    "SubmitUserInputRequest": {"taskNodeId": _REQUIRED, "userInputs": _REQUIRED},
    "RateTaskOutputRequest": {"rating": _REQUIRED},
    "SetupStepRequest": {
        "agentId": _REQUIRED,
        "agentSetupStep": Rule(
            required=True,
            enum=(
                "GENERATE_SOP",
                "GRAPH_GENERATION",
                "TOOL_MATCHING",
                "TOOL_GENERATION",
                "TOOL_INTEGRATION",
                "UPDATE_AGENT",
                "AGENT_UPDATED",
                "CREATE_TASK",
            ),
        ),
    },
    "UploadSetupFilesForm": {"threadId": _REQUIRED, "files": Rule(required=True, max_items=10)},
    "AddContextFilesForm": {"files": Rule(required=True, max_items=10)},
    "ContextFeedbackRequest": {"query": _REQUIRED, "threadId": _REQUIRED},
    "StepFeedbackRequest": {"query": _REQUIRED},
    "OptimizeToolRequest": {"agentId": _REQUIRED},
}


@functools.cache
def _norm(name: str) -> str:
    """Spec names (`pageSize`) and generated Python names (`page_size`, `type_`) compare equal."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _snake(name: str) -> str:
    """The argument name a caller uses for a spec name: `pageSize` -> `page_size`."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


_OPERATIONS = {
    op: {_norm(name): (_snake(name), rule) for name, rule in rules.items()}
    for op, rules in OPERATION_RULES.items()
}
_SCHEMAS = {
    schema: {_norm(name): rule for name, rule in rules.items()} for schema, rules in SCHEMA_RULES.items()
}


def is_absent(value: object) -> bool:
    return value is None or isinstance(value, Unset)


def check_value(field: str, value: object, rule: Rule) -> None:
    """Raise `BeamValidationError(field, ...)` if `value` breaks `rule`."""
    if is_absent(value):
        if rule.required:
            raise BeamValidationError(field, "is required")
        return
    if isinstance(value, enum.Enum):
        value = value.value
    if rule.required and isinstance(value, str) and not value:
        raise BeamValidationError(field, "must not be empty")
    if rule.enum is not None and value not in rule.enum:
        raise BeamValidationError(field, f"must be one of {', '.join(rule.enum)}; got {value!r}")
    if rule.min_length is not None or rule.max_length is not None:
        _check_length(field, value, rule)
    if rule.minimum is not None or rule.maximum is not None:
        _check_range(field, value, rule)
    if rule.min_items is not None or rule.max_items is not None:
        _check_items(field, value, rule)


def _check_length(field: str, value: object, rule: Rule) -> None:
    if not isinstance(value, str):
        raise BeamValidationError(field, f"must be a string, got {type(value).__name__}")
    if rule.min_length is not None and len(value) < rule.min_length:
        raise BeamValidationError(field, f"must be at least {rule.min_length} characters, got {len(value)}")
    if rule.max_length is not None and len(value) > rule.max_length:
        raise BeamValidationError(field, f"must be at most {rule.max_length} characters, got {len(value)}")


def _check_range(field: str, value: object, rule: Rule) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BeamValidationError(field, f"must be a number, got {type(value).__name__}")
    if rule.minimum is not None and value < rule.minimum:
        raise BeamValidationError(field, f"must be >= {rule.minimum}, got {value}")
    if rule.maximum is not None and value > rule.maximum:
        raise BeamValidationError(field, f"must be <= {rule.maximum}, got {value}")


def _check_items(field: str, value: object, rule: Rule) -> None:
    if not isinstance(value, list | tuple):
        raise BeamValidationError(field, f"must be a list, got {type(value).__name__}")
    if rule.min_items is not None and len(value) < rule.min_items:
        raise BeamValidationError(field, f"must have at least {rule.min_items} items, got {len(value)}")
    if rule.max_items is not None and len(value) > rule.max_items:
        raise BeamValidationError(field, f"must have at most {rule.max_items} items, got {len(value)}")


def check_operation(operation_id: str, arguments: Mapping[str, Any]) -> None:
    """Check an operation's parameters, given as the generated function's keyword arguments."""
    present = {_norm(name): value for name, value in arguments.items()}
    for norm, (field, rule) in _OPERATIONS.get(operation_id, {}).items():
        check_value(field, present.get(norm), rule)


def check_model(model: object, prefix: str = "") -> None:
    """Check a request-body model (generated attrs class) and the models nested in it, at any depth."""
    cls = type(model)
    if not attrs.has(cls):
        return
    rules = _SCHEMAS.get(cls.__name__, {})
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties":
            continue
        value = getattr(model, attribute.name)
        field = prefix + attribute.name.rstrip("_")
        rule = rules.get(_norm(attribute.name))
        if rule is not None:
            check_value(field, value, rule)
        if attrs.has(type(value)):
            check_model(value, field + ".")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check_model(item, f"{field}[{index}].")


def enum_value(cls: type[EnumT], value: EnumT | str, field: str) -> EnumT:
    """The member of `cls` for `value` (a member or its string value)."""
    if isinstance(value, cls):
        return value
    try:
        return cls(value.value if isinstance(value, enum.Enum) else value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise BeamValidationError(field, f"must be one of {allowed}; got {value!r}") from None
