"""`client.agent_graphs`: graphs, nodes, edges, publishing, node tests and the task nodes of a tool."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

from beam_ai_api.api.agent_graphs import (
    add_edge,
    add_node,
    create_complete_graph,
    get_agent_graph,
    get_agent_graph_nodes,
    get_graph_node,
    list_task_nodes_by_tool,
    publish_graph,
    test_node,
    update_complete_graph,
    update_edge,
    update_graph_node,
    update_node_params,
    update_node_prompt,
)
from beam_ai_api.models import (
    AddEdgeRequest,
    AddNodeRequest,
    AgentGraphEdge,
    AgentGraphLite,
    AgentGraphNode,
    AgentGraphNodeInput,
    AgentGraphResponse,
    AgentTaskNode,
    CompleteAgentGraphNode,
    CompleteAgentGraphRequest,
    CompleteAgentGraphSettings,
    ConditionGroupUpdate,
    CreatedAgentGraph,
    InputParamWrite,
    MinimalAgentGraphNode,
    OutputParamWrite,
    TaskNodeList,
    TestNodeRequest,
    UpdatedAgentGraph,
    UpdateEdgeRequest,
    UpdateNodeParamsRequest,
    UpdateNodePromptRequest,
    UpdateNodeRequest,
)

from .._pagination import AsyncPaginator, PageReader, Paginator
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource, body, given, only_keys

DEFAULT_PAGE_SIZE = 100  # the documented maximum

NodeInput = AgentGraphNodeInput | Mapping[str, Any]
GroupsInput = Sequence[ConditionGroupUpdate | Mapping[str, Any]]

_GET: Endpoint[AgentGraphResponse] = Endpoint(get_agent_graph)
_GET_NODES: Endpoint[AgentGraphLite] = Endpoint(get_agent_graph_nodes)
_GET_NODE: Endpoint[AgentGraphNode] = Endpoint(get_graph_node)
_CREATE: Endpoint[CreatedAgentGraph] = Endpoint(create_complete_graph)
_UPDATE: Endpoint[UpdatedAgentGraph] = Endpoint(update_complete_graph)
_UPDATE_NODE: Endpoint[MinimalAgentGraphNode] = Endpoint(update_graph_node)
_UPDATE_NODE_PROMPT: Endpoint[AgentGraphNode] = Endpoint(update_node_prompt)
_UPDATE_NODE_PARAMS: Endpoint[AgentGraphNode] = Endpoint(update_node_params)
_UPDATE_EDGE: Endpoint[AgentGraphEdge] = Endpoint(update_edge)
_ADD_NODE: Endpoint[AgentGraphNode] = Endpoint(add_node)
_ADD_EDGE: Endpoint[AgentGraphEdge] = Endpoint(add_edge)
_PUBLISH: Endpoint[AgentGraphResponse] = Endpoint(publish_graph)
_TEST_NODE: Endpoint[Any] = Endpoint(test_node)
_LIST_TASK_NODES: Endpoint[TaskNodeList] = Endpoint(list_task_nodes_by_tool)

#: `GET /agent-graphs/agent-task-nodes/{tool}` answers `{agentTaskNodes, count}` (count may be absent).
TASK_NODE_PAGES: PageReader[TaskNodeList, AgentTaskNode] = PageReader(
    items=lambda page: page.agent_task_nodes or [],
    total=lambda page: page.count if isinstance(page.count, int) else None,
)


class GraphFields(TypedDict, total=False):
    """The agent and graph of `agent_graphs.create` / `.update` (nodes replace the draft's nodes and edges)."""

    agent_name: str
    agent_description: str
    settings: CompleteAgentGraphSettings | Mapping[str, Any]
    nodes: Sequence[CompleteAgentGraphNode | Mapping[str, Any]]


def _graph_body(fields: Mapping[str, Any], method: str) -> CompleteAgentGraphRequest:
    values = only_keys(fields, GraphFields, method)
    return body(
        CompleteAgentGraphRequest, values, settings=CompleteAgentGraphSettings, nodes=[CompleteAgentGraphNode]
    )


def _update_arguments(
    agent_id: str, save_and_publish: bool | None, fields: Mapping[str, Any]
) -> dict[str, Any]:
    return {
        "agent_id": agent_id,
        "body": _graph_body(fields, "update"),
        **given(save_and_publish=save_and_publish),
    }


def _update_node_arguments(agent_id: str, graph_id: str, node: NodeInput) -> dict[str, Any]:
    values = {"agent_id": agent_id, "graph_id": graph_id, "node": node}
    return {"body": body(UpdateNodeRequest, values, node=AgentGraphNodeInput)}


def _prompt_arguments(agent_id: str, node_id: str, prompt: str) -> dict[str, Any]:
    return {
        "agent_id": agent_id,
        "node_id": node_id,
        "body": body(UpdateNodePromptRequest, {"prompt": prompt}),
    }


def _node_params_arguments(
    agent_id: str,
    node_id: str,
    input_params: Sequence[InputParamWrite | Mapping[str, Any]] | None,
    output_params: Sequence[OutputParamWrite | Mapping[str, Any]] | None,
) -> dict[str, Any]:
    values = {"input_params": input_params, "output_params": output_params}
    request = body(
        UpdateNodeParamsRequest, values, input_params=[InputParamWrite], output_params=[OutputParamWrite]
    )
    return {"agent_id": agent_id, "node_id": node_id, "body": request}


def _update_edge_arguments(
    edge_id: str, is_attachment_data_pulled_in: bool, condition: str | None, groups: GroupsInput | None
) -> dict[str, Any]:
    values = {
        "is_attachment_data_pulled_in": is_attachment_data_pulled_in,
        "condition": condition,
        "groups": groups,
    }
    return {"edge_id": edge_id, "body": body(UpdateEdgeRequest, values, groups=[ConditionGroupUpdate])}


def _add_node_arguments(agent_id: str, graph_id: str, node: NodeInput) -> dict[str, Any]:
    values = {"agent_id": agent_id, "graph_id": graph_id, "node": node}
    return {"body": body(AddNodeRequest, values, node=AgentGraphNodeInput)}


def _add_edge_arguments(values: Mapping[str, Any]) -> dict[str, Any]:
    return {"body": body(AddEdgeRequest, values, groups=[ConditionGroupUpdate])}


def _test_node_arguments(agent_id: str, node_id: str, graph_id: str | None, params: Any) -> dict[str, Any]:
    values = {"agent_id": agent_id, "node_id": node_id, "graph_id": graph_id, "params": params}
    return {"body": body(TestNodeRequest, values)}


def _task_nodes_arguments(tool_function_name: str, agent_id: str, is_rated: bool | None) -> dict[str, Any]:
    return {"tool_function_name": tool_function_name, "agent_id": agent_id, **given(is_rated=is_rated)}


class AgentGraphsResource(SyncResource):
    """`/agent-graphs/...`: an agent's workflow graph."""

    def get(
        self,
        agent_id: str,
        *,
        graph_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphResponse:
        """An agent's graph with its nodes, tool configurations and edges."""
        arguments = {"agent_id": agent_id, **given(graph_id=graph_id)}
        return self._call(_GET, arguments, timeout, max_retries)

    def get_nodes(
        self,
        agent_id: str,
        *,
        graph_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphLite:
        """An agent's graph with its nodes' ids and objectives only."""
        arguments = {"agent_id": agent_id, **given(graph_id=graph_id)}
        return self._call(_GET_NODES, arguments, timeout, max_retries)

    def get_node(
        self,
        agent_id: str,
        node_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """One node with its tool configuration and input/output parameters."""
        return self._call(_GET_NODE, {"agent_id": agent_id, "node_id": node_id}, timeout, max_retries)

    def create(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[GraphFields],
    ) -> CreatedAgentGraph:
        """Create an agent with its complete graph (nodes, edges, tool configurations)."""
        return self._call(_CREATE, {"body": _graph_body(fields, "create")}, timeout, max_retries)

    def update(
        self,
        agent_id: str,
        *,
        save_and_publish: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[GraphFields],
    ) -> UpdatedAgentGraph:
        """Update an agent and replace all nodes and edges of its draft graph (optionally publish it)."""
        return self._call(
            _UPDATE, _update_arguments(agent_id, save_and_publish, fields), timeout, max_retries
        )

    def update_node(
        self,
        *,
        agent_id: str,
        graph_id: str,
        node: NodeInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentGraphNode:
        """Update a node of a (draft) graph; `node` carries its id."""
        return self._call(
            _UPDATE_NODE, _update_node_arguments(agent_id, graph_id, node), timeout, max_retries
        )

    def update_node_prompt(
        self,
        agent_id: str,
        node_id: str,
        *,
        prompt: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Replace the prompt of the tool a node uses."""
        arguments = _prompt_arguments(agent_id, node_id, prompt)
        return self._call(_UPDATE_NODE_PROMPT, arguments, timeout, max_retries)

    def update_node_params(
        self,
        agent_id: str,
        node_id: str,
        *,
        input_params: Sequence[InputParamWrite | Mapping[str, Any]] | None = None,
        output_params: Sequence[OutputParamWrite | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Replace a node tool's input and/or output parameters."""
        arguments = _node_params_arguments(agent_id, node_id, input_params, output_params)
        return self._call(_UPDATE_NODE_PARAMS, arguments, timeout, max_retries)

    def update_edge(
        self,
        edge_id: str,
        *,
        is_attachment_data_pulled_in: bool,
        condition: str | None = None,
        groups: GroupsInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphEdge:
        """Update an edge's condition and condition groups."""
        arguments = _update_edge_arguments(edge_id, is_attachment_data_pulled_in, condition, groups)
        return self._call(_UPDATE_EDGE, arguments, timeout, max_retries)

    def add_node(
        self,
        *,
        agent_id: str,
        graph_id: str,
        node: NodeInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Add a node to an agent's (draft) graph."""
        return self._call(_ADD_NODE, _add_node_arguments(agent_id, graph_id, node), timeout, max_retries)

    def add_edge(
        self,
        *,
        source_node_id: str,
        target_node_id: str,
        agent_id: str,
        agent_graph_id: str | None = None,
        is_attachment_data_pulled_in: bool | None = None,
        condition: str | None = None,
        groups: GroupsInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphEdge:
        """Connect two nodes of an agent's (draft) graph; an empty condition means unconditional."""
        values = dict(
            source_node_id=source_node_id,
            target_node_id=target_node_id,
            agent_id=agent_id,
            agent_graph_id=agent_graph_id,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            condition=condition,
            groups=groups,
        )
        return self._call(_ADD_EDGE, _add_edge_arguments(values), timeout, max_retries)

    def publish(
        self, graph_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> AgentGraphResponse:
        """Publish a draft graph (node ids may change: fetch the graph again afterwards)."""
        return self._call(_PUBLISH, {"graph_id": graph_id}, timeout, max_retries)

    def test_node(
        self,
        *,
        agent_id: str,
        node_id: str,
        graph_id: str | None = None,
        params: Any = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Run one node as a test; returns the server's JSON body (its shape is undocumented)."""
        arguments = _test_node_arguments(agent_id, node_id, graph_id, params)
        return self._call(_TEST_NODE, arguments, timeout, max_retries)

    def list_task_nodes_by_tool(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        is_rated: bool | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TaskNodeList:
        """One page of the task nodes that ran a tool function for an agent."""
        arguments = {
            **_task_nodes_arguments(tool_function_name, agent_id, is_rated),
            **given(page_num=page_num, page_size=page_size),
        }
        return self._call(_LIST_TASK_NODES, arguments, timeout, max_retries)

    def list_all_task_nodes_by_tool(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        is_rated: bool | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Paginator[TaskNodeList, AgentTaskNode]:
        """Every task node that ran a tool function, fetched lazily page by page."""
        arguments = _task_nodes_arguments(tool_function_name, agent_id, is_rated)
        return self._paginate(_LIST_TASK_NODES, arguments, TASK_NODE_PAGES, page_size, timeout, max_retries)


class AsyncAgentGraphsResource(AsyncResource):
    """Async twin of `AgentGraphsResource`."""

    async def get(
        self,
        agent_id: str,
        *,
        graph_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphResponse:
        """An agent's graph with its nodes, tool configurations and edges."""
        arguments = {"agent_id": agent_id, **given(graph_id=graph_id)}
        return await self._call(_GET, arguments, timeout, max_retries)

    async def get_nodes(
        self,
        agent_id: str,
        *,
        graph_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphLite:
        """An agent's graph with its nodes' ids and objectives only."""
        arguments = {"agent_id": agent_id, **given(graph_id=graph_id)}
        return await self._call(_GET_NODES, arguments, timeout, max_retries)

    async def get_node(
        self,
        agent_id: str,
        node_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """One node with its tool configuration and input/output parameters."""
        return await self._call(_GET_NODE, {"agent_id": agent_id, "node_id": node_id}, timeout, max_retries)

    async def create(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[GraphFields],
    ) -> CreatedAgentGraph:
        """Create an agent with its complete graph (nodes, edges, tool configurations)."""
        return await self._call(_CREATE, {"body": _graph_body(fields, "create")}, timeout, max_retries)

    async def update(
        self,
        agent_id: str,
        *,
        save_and_publish: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[GraphFields],
    ) -> UpdatedAgentGraph:
        """Update an agent and replace all nodes and edges of its draft graph (optionally publish it)."""
        arguments = _update_arguments(agent_id, save_and_publish, fields)
        return await self._call(_UPDATE, arguments, timeout, max_retries)

    async def update_node(
        self,
        *,
        agent_id: str,
        graph_id: str,
        node: NodeInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentGraphNode:
        """Update a node of a (draft) graph; `node` carries its id."""
        arguments = _update_node_arguments(agent_id, graph_id, node)
        return await self._call(_UPDATE_NODE, arguments, timeout, max_retries)

    async def update_node_prompt(
        self,
        agent_id: str,
        node_id: str,
        *,
        prompt: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Replace the prompt of the tool a node uses."""
        arguments = _prompt_arguments(agent_id, node_id, prompt)
        return await self._call(_UPDATE_NODE_PROMPT, arguments, timeout, max_retries)

    async def update_node_params(
        self,
        agent_id: str,
        node_id: str,
        *,
        input_params: Sequence[InputParamWrite | Mapping[str, Any]] | None = None,
        output_params: Sequence[OutputParamWrite | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Replace a node tool's input and/or output parameters."""
        arguments = _node_params_arguments(agent_id, node_id, input_params, output_params)
        return await self._call(_UPDATE_NODE_PARAMS, arguments, timeout, max_retries)

    async def update_edge(
        self,
        edge_id: str,
        *,
        is_attachment_data_pulled_in: bool,
        condition: str | None = None,
        groups: GroupsInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphEdge:
        """Update an edge's condition and condition groups."""
        arguments = _update_edge_arguments(edge_id, is_attachment_data_pulled_in, condition, groups)
        return await self._call(_UPDATE_EDGE, arguments, timeout, max_retries)

    async def add_node(
        self,
        *,
        agent_id: str,
        graph_id: str,
        node: NodeInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphNode:
        """Add a node to an agent's (draft) graph."""
        return await self._call(
            _ADD_NODE, _add_node_arguments(agent_id, graph_id, node), timeout, max_retries
        )

    async def add_edge(
        self,
        *,
        source_node_id: str,
        target_node_id: str,
        agent_id: str,
        agent_graph_id: str | None = None,
        is_attachment_data_pulled_in: bool | None = None,
        condition: str | None = None,
        groups: GroupsInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentGraphEdge:
        """Connect two nodes of an agent's (draft) graph; an empty condition means unconditional."""
        values = dict(
            source_node_id=source_node_id,
            target_node_id=target_node_id,
            agent_id=agent_id,
            agent_graph_id=agent_graph_id,
            is_attachment_data_pulled_in=is_attachment_data_pulled_in,
            condition=condition,
            groups=groups,
        )
        return await self._call(_ADD_EDGE, _add_edge_arguments(values), timeout, max_retries)

    async def publish(
        self, graph_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> AgentGraphResponse:
        """Publish a draft graph (node ids may change: fetch the graph again afterwards)."""
        return await self._call(_PUBLISH, {"graph_id": graph_id}, timeout, max_retries)

    async def test_node(
        self,
        *,
        agent_id: str,
        node_id: str,
        graph_id: str | None = None,
        params: Any = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Run one node as a test; returns the server's JSON body (its shape is undocumented)."""
        arguments = _test_node_arguments(agent_id, node_id, graph_id, params)
        return await self._call(_TEST_NODE, arguments, timeout, max_retries)

    async def list_task_nodes_by_tool(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        is_rated: bool | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TaskNodeList:
        """One page of the task nodes that ran a tool function for an agent."""
        arguments = {
            **_task_nodes_arguments(tool_function_name, agent_id, is_rated),
            **given(page_num=page_num, page_size=page_size),
        }
        return await self._call(_LIST_TASK_NODES, arguments, timeout, max_retries)

    def list_all_task_nodes_by_tool(
        self,
        tool_function_name: str,
        *,
        agent_id: str,
        is_rated: bool | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncPaginator[TaskNodeList, AgentTaskNode]:
        """Every task node that ran a tool function, fetched lazily page by page (`async for`)."""
        arguments = _task_nodes_arguments(tool_function_name, agent_id, is_rated)
        return self._paginate(_LIST_TASK_NODES, arguments, TASK_NODE_PAGES, page_size, timeout, max_retries)
