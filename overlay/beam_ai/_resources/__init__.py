"""Resource namespaces (`client.agents`, `client.agent_tasks`, ...): wiring only.

The namespace classes are generated from openapi/beam.yaml (`beam_ai_api.surface.<tag>`); three are
extended here with what the spec cannot say (`agent_tasks`: run/follow/answer, uploads in
`agent_setup` and `context_files`). Each namespace is created on first use and cached on its client, so a client derived with
`with_workspace()` / `with_options()` gets its own namespaces, bound to its own workspace and options.
Its module (and the generated operations and models it needs) is imported on first use too, which
keeps `import beam_ai` cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from beam_ai_api.surface.agent_graphs import AgentGraphsResource, AsyncAgentGraphsResource
    from beam_ai_api.surface.agent_views import AgentViewsResource, AsyncAgentViewsResource
    from beam_ai_api.surface.auth import AsyncAuthResource, AuthResource
    from beam_ai_api.surface.integrations import AsyncIntegrationsResource, IntegrationsResource
    from beam_ai_api.surface.learning_hub import AsyncLearningHubResource, LearningHubResource
    from beam_ai_api.surface.notifications import AsyncNotificationsResource, NotificationsResource
    from beam_ai_api.surface.templates import AsyncTemplatesResource, TemplatesResource
    from beam_ai_api.surface.tools import AsyncToolsResource, ToolsResource
    from beam_ai_api.surface.triggers import AsyncTriggersResource, TriggersResource
    from beam_ai_api.surface.user import AsyncUserResource, UserResource
    from beam_ai_api.surface.webhooks import AsyncWebhooksResource, WebhooksResource

    from .._client import AsyncBeam, Beam
    from .agent_setup import AgentSetupResource, AsyncAgentSetupResource
    from .agent_tasks import AgentTasksResource, AsyncAgentTasksResource
    from .agents import AgentsResource, AsyncAgentsResource
    from .context_files import AsyncContextFilesResource, ContextFilesResource

__all__ = ["AsyncNamespaces", "SyncNamespaces"]


class SyncNamespaces:
    """Mixed into `Beam`: one cached property per API namespace."""

    def _self(self) -> Beam:
        return cast("Beam", self)

    @cached_property
    def auth(self) -> AuthResource:
        """Token exchange and refresh (`/auth/...`)."""
        from beam_ai_api.surface.auth import AuthResource

        return AuthResource(self._self())

    @cached_property
    def user(self) -> UserResource:
        """The authenticated user (`/v2/user/me`)."""
        from beam_ai_api.surface.user import UserResource

        return UserResource(self._self())

    @cached_property
    def agents(self) -> AgentsResource:
        """Agents: list, update (`/agent`)."""
        from .agents import AgentsResource

        return AgentsResource(self._self())

    @cached_property
    def agent_graphs(self) -> AgentGraphsResource:
        """Agent workflow graphs, nodes and edges (`/agent-graphs`)."""
        from beam_ai_api.surface.agent_graphs import AgentGraphsResource

        return AgentGraphsResource(self._self())

    @cached_property
    def agent_tasks(self) -> AgentTasksResource:
        """Agent tasks: create, list, follow, act on (`/agent-tasks`)."""
        from .agent_tasks import AgentTasksResource

        return AgentTasksResource(self._self())

    @cached_property
    def agent_setup(self) -> AgentSetupResource:
        """Guided agent setup (`/agent-setup`)."""
        from .agent_setup import AgentSetupResource

        return AgentSetupResource(self._self())

    @cached_property
    def context_files(self) -> ContextFilesResource:
        """An agent's context files (`/context/agent/...`)."""
        from .context_files import ContextFilesResource

        return ContextFilesResource(self._self())

    @cached_property
    def agent_views(self) -> AgentViewsResource:
        """Views and their records (`/agent-views`)."""
        from beam_ai_api.surface.agent_views import AgentViewsResource

        return AgentViewsResource(self._self())

    @cached_property
    def tools(self) -> ToolsResource:
        """Tool optimisation, active tools, preferred models (`/tool`, `/custom-tool`)."""
        from beam_ai_api.surface.tools import ToolsResource

        return ToolsResource(self._self())

    @cached_property
    def triggers(self) -> TriggersResource:
        """Agent triggers: integration events and schedules that start tasks (`/agent-trigger`)."""
        from beam_ai_api.surface.triggers import TriggersResource

        return TriggersResource(self._self())

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """An agent's inbound webhook (`/{agentId}/webhook`)."""
        from beam_ai_api.surface.webhooks import WebhooksResource

        return WebhooksResource(self._self())

    @cached_property
    def notifications(self) -> NotificationsResource:
        """The task notification inbox (`/agent-task-notification`)."""
        from beam_ai_api.surface.notifications import NotificationsResource

        return NotificationsResource(self._self())

    @cached_property
    def integrations(self) -> IntegrationsResource:
        """Integrations, their connections, custom integrations (`/integration...`)."""
        from beam_ai_api.surface.integrations import IntegrationsResource

        return IntegrationsResource(self._self())

    @cached_property
    def templates(self) -> TemplatesResource:
        """Agent templates and their categories (`/agent/templates`)."""
        from beam_ai_api.surface.templates import TemplatesResource

        return TemplatesResource(self._self())

    @cached_property
    def learning_hub(self) -> LearningHubResource:
        """The Learning Hub: issues, feedback and optimisation jobs (`/tool/optimize`)."""
        from beam_ai_api.surface.learning_hub import LearningHubResource

        return LearningHubResource(self._self())


class AsyncNamespaces:
    """Mixed into `AsyncBeam`: one cached property per API namespace."""

    def _self(self) -> AsyncBeam:
        return cast("AsyncBeam", self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Token exchange and refresh (`/auth/...`)."""
        from beam_ai_api.surface.auth import AsyncAuthResource

        return AsyncAuthResource(self._self())

    @cached_property
    def user(self) -> AsyncUserResource:
        """The authenticated user (`/v2/user/me`)."""
        from beam_ai_api.surface.user import AsyncUserResource

        return AsyncUserResource(self._self())

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """Agents: list, update (`/agent`)."""
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self._self())

    @cached_property
    def agent_graphs(self) -> AsyncAgentGraphsResource:
        """Agent workflow graphs, nodes and edges (`/agent-graphs`)."""
        from beam_ai_api.surface.agent_graphs import AsyncAgentGraphsResource

        return AsyncAgentGraphsResource(self._self())

    @cached_property
    def agent_tasks(self) -> AsyncAgentTasksResource:
        """Agent tasks: create, list, follow, act on (`/agent-tasks`)."""
        from .agent_tasks import AsyncAgentTasksResource

        return AsyncAgentTasksResource(self._self())

    @cached_property
    def agent_setup(self) -> AsyncAgentSetupResource:
        """Guided agent setup (`/agent-setup`)."""
        from .agent_setup import AsyncAgentSetupResource

        return AsyncAgentSetupResource(self._self())

    @cached_property
    def context_files(self) -> AsyncContextFilesResource:
        """An agent's context files (`/context/agent/...`)."""
        from .context_files import AsyncContextFilesResource

        return AsyncContextFilesResource(self._self())

    @cached_property
    def agent_views(self) -> AsyncAgentViewsResource:
        """Views and their records (`/agent-views`)."""
        from beam_ai_api.surface.agent_views import AsyncAgentViewsResource

        return AsyncAgentViewsResource(self._self())

    @cached_property
    def tools(self) -> AsyncToolsResource:
        """Tool optimisation, active tools, preferred models (`/tool`, `/custom-tool`)."""
        from beam_ai_api.surface.tools import AsyncToolsResource

        return AsyncToolsResource(self._self())

    @cached_property
    def triggers(self) -> AsyncTriggersResource:
        """Agent triggers: integration events and schedules that start tasks (`/agent-trigger`)."""
        from beam_ai_api.surface.triggers import AsyncTriggersResource

        return AsyncTriggersResource(self._self())

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """An agent's inbound webhook (`/{agentId}/webhook`)."""
        from beam_ai_api.surface.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._self())

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        """The task notification inbox (`/agent-task-notification`)."""
        from beam_ai_api.surface.notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._self())

    @cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        """Integrations, their connections, custom integrations (`/integration...`)."""
        from beam_ai_api.surface.integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self._self())

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """Agent templates and their categories (`/agent/templates`)."""
        from beam_ai_api.surface.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self._self())

    @cached_property
    def learning_hub(self) -> AsyncLearningHubResource:
        """The Learning Hub: issues, feedback and optimisation jobs (`/tool/optimize`)."""
        from beam_ai_api.surface.learning_hub import AsyncLearningHubResource

        return AsyncLearningHubResource(self._self())
