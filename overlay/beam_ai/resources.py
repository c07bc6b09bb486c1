"""The namespace classes of `Beam` and `AsyncBeam` (`client.agents` is an `AgentsResource`...).

Public so IDEs, type checkers and API-diff tools see the whole surface. Most are generated from
openapi/beam.yaml (`beam_ai_api.surface`); `agent_tasks`, `agent_setup` and `context_files` add
hand-written methods for what the spec cannot say. Importing this module loads every namespace.
"""

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

from ._resources._base import AsyncResource, SyncResource
from ._resources.agent_setup import AgentSetupResource, AsyncAgentSetupResource
from ._resources.agent_tasks import AgentTasksResource, AsyncAgentTasksResource
from ._resources.agents import AgentsResource, AsyncAgentsResource
from ._resources.context_files import AsyncContextFilesResource, ContextFilesResource

__all__ = [
    "AgentGraphsResource",
    "AgentSetupResource",
    "AgentTasksResource",
    "AgentViewsResource",
    "AgentsResource",
    "AsyncAgentGraphsResource",
    "AsyncAgentSetupResource",
    "AsyncAgentTasksResource",
    "AsyncAgentViewsResource",
    "AsyncAgentsResource",
    "AsyncAuthResource",
    "AsyncContextFilesResource",
    "AsyncIntegrationsResource",
    "AsyncLearningHubResource",
    "AsyncNotificationsResource",
    "AsyncResource",
    "AsyncTemplatesResource",
    "AsyncToolsResource",
    "AsyncTriggersResource",
    "AsyncUserResource",
    "AsyncWebhooksResource",
    "AuthResource",
    "ContextFilesResource",
    "IntegrationsResource",
    "LearningHubResource",
    "NotificationsResource",
    "SyncResource",
    "TemplatesResource",
    "ToolsResource",
    "TriggersResource",
    "UserResource",
    "WebhooksResource",
]
