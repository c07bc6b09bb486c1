"""`client.tools`: tool optimisation, active tools and preferred models."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from beam_ai_api.api.tools import (
    get_tool_optimization_status,
    list_active_tools,
    list_preferred_models,
    optimize_tool,
)
from beam_ai_api.models import (
    ActiveToolList,
    OptimizeToolRequest,
    PreferredModel,
    TaskNodeFeedback,
    ToolOptimizationThread,
)

from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource, body, given

_OPTIMIZE: Endpoint[ToolOptimizationThread] = Endpoint(optimize_tool)
_OPTIMIZATION_STATUS: Endpoint[ToolOptimizationThread] = Endpoint(get_tool_optimization_status)
_LIST_ACTIVE: Endpoint[ActiveToolList] = Endpoint(list_active_tools)
_LIST_PREFERRED_MODELS: Endpoint[list[PreferredModel]] = Endpoint(list_preferred_models)

TaskNodesInput = Sequence[TaskNodeFeedback | Mapping[str, Any]]


def _optimize_arguments(
    tool_function_name: str, agent_id: str, task_nodes: TaskNodesInput | None, auto_update_tool: bool | None
) -> dict[str, Any]:
    values = {"agent_id": agent_id, "task_nodes": task_nodes, "auto_update_tool": auto_update_tool}
    request = body(OptimizeToolRequest, values, task_nodes=[TaskNodeFeedback])
    return {"tool_function_name": tool_function_name, "body": request}


def _active_arguments(type: str | None, search_keyword: str | None) -> dict[str, Any]:
    return given(type_=type, search_keyword=search_keyword)


class ToolsResource(SyncResource):
    """`/tool/...` and `/custom-tool/...`."""

    def optimize(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        task_nodes: TaskNodesInput | None = None,
        auto_update_tool: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ToolOptimizationThread:
        """Start optimising a tool from rated task nodes; returns the optimisation thread."""
        arguments = _optimize_arguments(tool_function_name, agent_id, task_nodes, auto_update_tool)
        return self._call(_OPTIMIZE, arguments, timeout, max_retries)

    def get_optimization_status(
        self, thread_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> ToolOptimizationThread:
        """The status of a tool optimisation thread."""
        return self._call(_OPTIMIZATION_STATUS, {"thread_id": thread_id}, timeout, max_retries)

    def list_active(
        self,
        *,
        type: str | None = None,
        search_keyword: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ActiveToolList:
        """The tools active in the workspace, optionally of one type or matching a keyword."""
        return self._call(_LIST_ACTIVE, _active_arguments(type, search_keyword), timeout, max_retries)

    def list_preferred_models(
        self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> list[PreferredModel]:
        """The language models tools can use, with their costs."""
        return self._call(_LIST_PREFERRED_MODELS, {}, timeout, max_retries)


class AsyncToolsResource(AsyncResource):
    """Async twin of `ToolsResource`."""

    async def optimize(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        task_nodes: TaskNodesInput | None = None,
        auto_update_tool: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ToolOptimizationThread:
        """Start optimising a tool from rated task nodes; returns the optimisation thread."""
        arguments = _optimize_arguments(tool_function_name, agent_id, task_nodes, auto_update_tool)
        return await self._call(_OPTIMIZE, arguments, timeout, max_retries)

    async def get_optimization_status(
        self, thread_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> ToolOptimizationThread:
        """The status of a tool optimisation thread."""
        return await self._call(_OPTIMIZATION_STATUS, {"thread_id": thread_id}, timeout, max_retries)

    async def list_active(
        self,
        *,
        type: str | None = None,
        search_keyword: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ActiveToolList:
        """The tools active in the workspace, optionally of one type or matching a keyword."""
        return await self._call(_LIST_ACTIVE, _active_arguments(type, search_keyword), timeout, max_retries)

    async def list_preferred_models(
        self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> list[PreferredModel]:
        """The language models tools can use, with their costs."""
        return await self._call(_LIST_PREFERRED_MODELS, {}, timeout, max_retries)
