"""The in-memory workspace: agents, graphs (nodes + edges), tasks, files, views, setup sessions."""

from __future__ import annotations

import itertools
import threading
import uuid
from typing import Any

from ._errors import not_found
from ._seed import (
    CONSENT_WAITING_TASK_ID,
    FAKE_WORKSPACE_ID,
    INPUT_WAITING_TASK_ID,
    INVOICE_AGENT_ID,
    SEED_TIME,
    SEEDED_CONTEXT_FILE_KEY,
    SEEDED_TASK_IDS,
    SEEDED_THREAD_ID,
    SUPPORT_AGENT_ID,
    seed_agents,
    seed_context_files,
    seed_graphs,
    seed_user,
    seed_views,
)
from ._tasks import TaskRecord

JSON = dict[str, Any]


class Store:
    """All mutable state. Guard every access with ``lock``; handlers hold it only briefly."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.user: JSON = seed_user()
            self.agents: dict[str, JSON] = seed_agents()
            self.graphs: dict[str, JSON] = seed_graphs()
            self.views: dict[str, JSON] = seed_views()
            self.tasks: dict[str, TaskRecord] = {}
            self.context_files: dict[str, JSON] = seed_context_files()
            self.file_contents: dict[str, bytes] = {SEEDED_CONTEXT_FILE_KEY: b"%PDF-1.4 fake refund policy"}
            self.chat_files: dict[str, JSON] = {}
            #: What the spec-built routes store (``_routes_spec``): concrete collection path -> id -> item.
            self.collections: dict[str, dict[str, JSON]] = {}
            self.setup_sessions: dict[str, JSON] = {
                agent_id: {
                    "agentIntroMessage": f"Hi, I am {agent['name']}.",
                    "processInstructions": agent["description"],
                    "agentSop": "1. Read the input. 2. Do the work. 3. Report.",
                    "status": "completed",
                    "step": "CREATE_TASK",
                }
                for agent_id, agent in self.agents.items()
            }
            self.optimization_threads: dict[str, JSON] = {
                SEEDED_THREAD_ID: {"threadId": SEEDED_THREAD_ID, "toolFunctionName": "draft_reply"}
            }
            # Beam's tooling routes (`_routes_triggers`): triggers by id, a webhook per agent, inbox marks.
            self.triggers: dict[str, JSON] = {}
            self.webhooks: dict[str, JSON] = {}
            self.notification_marks: dict[str, dict[str, bool]] = {}
            self._counter = itertools.count(1)
            self._seed_tasks()

    def new_id(self) -> str:
        return str(uuid.uuid4())

    def next_number(self) -> int:
        return next(self._counter)

    # -- agents and graphs -------------------------------------------------------------------------

    def agent(self, agent_id: str) -> JSON:
        agent = self.agents.get(agent_id)
        if agent is None or agent["workspaceId"] != FAKE_WORKSPACE_ID:
            raise not_found("Agent", agent_id)
        return agent

    def graph_for_agent(self, agent_id: str, graph_id: str | None = None) -> JSON:
        self.agent(agent_id)
        for graph in self.graphs.values():
            if graph["agentId"] == agent_id and (graph_id is None or graph["id"] == graph_id):
                return graph
        raise not_found("Agent graph", graph_id or agent_id)

    def graph(self, graph_id: str) -> JSON:
        graph = self.graphs.get(graph_id)
        if graph is None:
            raise not_found("Agent graph", graph_id)
        return graph

    def find_node(self, node_id: str) -> tuple[JSON, JSON]:
        for graph in self.graphs.values():
            for node in graph["nodes"]:
                if node["id"] == node_id:
                    return graph, node
        raise not_found("Agent graph node", node_id)

    def node_in_graph(self, graph: JSON, node_id: str) -> JSON:
        for node in graph["nodes"]:
            if node["id"] == node_id:
                return node  # type: ignore[no-any-return]
        raise not_found("Agent graph node", node_id)

    def find_edge(self, edge_id: str) -> tuple[JSON, JSON]:
        for graph in self.graphs.values():
            if edge_id in graph["edges"]:
                return graph, graph["edges"][edge_id]
        raise not_found("Agent graph edge", edge_id)

    # Renderings share the store's values, not copies: an answer is served through its schema (new
    # objects) and rendered under ``lock`` (``_serving``), so nothing the store changes later shows.

    def render_node(self, graph: JSON, node: JSON) -> JSON:
        edges = graph["edges"].values()
        return {
            **node,
            "childEdges": [e for e in edges if e["sourceAgentGraphNodeId"] == node["id"]],
            "parentEdges": [e for e in edges if e["targetAgentGraphNodeId"] == node["id"]],
        }

    def render_graph(self, graph: JSON) -> JSON:
        body = {k: v for k, v in graph.items() if k != "edges"}
        body["nodes"] = [self.render_node(graph, node) for node in graph["nodes"]]
        return body

    def rendered_nodes(self, graph_id: str) -> dict[str, JSON]:
        graph = self.graphs.get(graph_id)
        if graph is None:
            return {}
        return {node["id"]: self.render_node(graph, node) for node in graph["nodes"]}

    # -- tasks ---------------------------------------------------------------------------------------

    def task(self, task_id: str) -> TaskRecord:
        task = self.tasks.get(task_id)
        if task is None:
            raise not_found("Agent task", task_id)
        return task

    def create_task(
        self, agent_id: str, query: str, additional_info: str, now: float, task_id: str | None = None
    ) -> TaskRecord:
        from ._tasks import outcome_for

        graph = self.graph_for_agent(agent_id)
        number = self.next_number()
        task = TaskRecord(
            id=task_id or self.new_id(),
            custom_id=f"TASK-{number:04d}",
            agent_id=agent_id,
            graph_id=graph["id"],
            query=query,
            additional_info=additional_info,
            node_ids=[n["id"] for n in graph["nodes"]],
            created_at=now,
            outcome=outcome_for(query),
            phase_start=now,
            updated_at=now,
        )
        task.set_status("QUEUED", now)
        self.tasks[task.id] = task
        return task

    def _seed_tasks(self) -> None:
        queries = ("Customer asks about a refund", "Customer reports a login problem")
        for i, (task_id, query) in enumerate(zip(SEEDED_TASK_IDS, queries, strict=True)):
            start = SEED_TIME + 3600 * (i + 1)
            task = self.create_task(SUPPORT_AGENT_ID, query, "", start, task_id)
            task.advance(start + 60, 1.0, 2.0)
        waiting = (
            (INPUT_WAITING_TASK_ID, "[input] Invoice INV-1006 has no PO number"),
            (CONSENT_WAITING_TASK_ID, "[consent] Record invoice INV-1007 above the approval limit"),
        )
        for i, (task_id, query) in enumerate(waiting):
            start = SEED_TIME + 600 * (i + 1)
            task = self.create_task(INVOICE_AGENT_ID, query, "", start, task_id)
            task.advance(start + 60, 1.0, 2.0)
