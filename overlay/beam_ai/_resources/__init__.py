"""The hook for hand-written namespace methods: the overlays of generated namespaces.

Every namespace is generated from openapi/beam.yaml, class and client property alike
(`beam_ai_api.client_namespaces`), so a new tag needs no line here. A namespace that needs what the
spec cannot say (`agent_tasks`: run/follow/answer; uploads in `agent_setup`, `context_files` and
`agents`)
gets a subclass of its generated class in `_resources/<tag>.py` and overrides its property below,
typed with the subclass: that override is the whole hook (`tests/test_generated_surface.py` checks
that each overlay module's classes are the ones the clients and `beam_ai.resources` use).
Each namespace is created on first use and cached on its client, and its module is imported then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from beam_ai_api import client_namespaces as generated

if TYPE_CHECKING:
    from .agent_setup import AgentSetupResource, AsyncAgentSetupResource
    from .agent_tasks import AgentTasksResource, AsyncAgentTasksResource
    from .agents import AgentsResource, AsyncAgentsResource
    from .context_files import AsyncContextFilesResource, ContextFilesResource

__all__ = ["AsyncNamespaces", "SyncNamespaces"]


class SyncNamespaces(generated.Namespaces):
    """Mixed into `Beam`: the generated namespaces, with the overlays below."""

    @cached_property
    def agent_tasks(self) -> AgentTasksResource:
        """Agent tasks: create, list, follow, act on (`/agent-tasks`)."""
        from .agent_tasks import AgentTasksResource

        return AgentTasksResource(self._requester)

    @cached_property
    def agent_setup(self) -> AgentSetupResource:
        """Guided agent setup (`/agent-setup`)."""
        from .agent_setup import AgentSetupResource

        return AgentSetupResource(self._requester)

    @cached_property
    def context_files(self) -> ContextFilesResource:
        """An agent's context files (`/context/agent/...`)."""
        from .context_files import ContextFilesResource

        return ContextFilesResource(self._requester)

    @cached_property
    def agents(self) -> AgentsResource:
        """Agents: list, get, update, delete, tools, audio transcription (`/agent`)."""
        from .agents import AgentsResource

        return AgentsResource(self._requester)


class AsyncNamespaces(generated.AsyncNamespaces):
    """Mixed into `AsyncBeam`: the generated namespaces, with the overlays below."""

    @cached_property
    def agent_tasks(self) -> AsyncAgentTasksResource:
        """Agent tasks: create, list, follow, act on (`/agent-tasks`)."""
        from .agent_tasks import AsyncAgentTasksResource

        return AsyncAgentTasksResource(self._requester)

    @cached_property
    def agent_setup(self) -> AsyncAgentSetupResource:
        """Guided agent setup (`/agent-setup`)."""
        from .agent_setup import AsyncAgentSetupResource

        return AsyncAgentSetupResource(self._requester)

    @cached_property
    def context_files(self) -> AsyncContextFilesResource:
        """An agent's context files (`/context/agent/...`)."""
        from .context_files import AsyncContextFilesResource

        return AsyncContextFilesResource(self._requester)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """Agents: list, get, update, delete, tools, audio transcription (`/agent`)."""
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self._requester)
