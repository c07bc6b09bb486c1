"""The namespace classes of `Beam` and `AsyncBeam` (`client.agents` is an `AgentsResource`...).

Public so IDEs, type checkers and API-diff tools see the whole surface. The classes are generated
from openapi/beam.yaml (`beam_ai_api.resources` lists them all, so a new tag needs no line here);
the namespaces with hand-written methods (`_resources/`) replace theirs with their subclasses.
Importing this module loads every namespace.
"""

# The overlays come first, so type checkers bind their names to the subclasses (the first binding of a
# name wins there), and again after the generated classes, which they replace at run time.
from ._resources.agent_setup import AgentSetupResource as AgentSetupResource
from ._resources.agent_setup import AsyncAgentSetupResource as AsyncAgentSetupResource
from ._resources.agent_tasks import AgentTasksResource as AgentTasksResource
from ._resources.agent_tasks import AsyncAgentTasksResource as AsyncAgentTasksResource
from ._resources.agents import AgentsResource as AgentsResource
from ._resources.agents import AsyncAgentsResource as AsyncAgentsResource
from ._resources.context_files import AsyncContextFilesResource as AsyncContextFilesResource
from ._resources.context_files import ContextFilesResource as ContextFilesResource

_OVERLAYS = (
    AgentSetupResource,
    AgentTasksResource,
    AgentsResource,
    AsyncAgentSetupResource,
    AsyncAgentTasksResource,
    AsyncAgentsResource,
    AsyncContextFilesResource,
    ContextFilesResource,
)

from beam_ai_api.resources import *  # type: ignore[assignment]  # noqa: E402, F403
from beam_ai_api.resources import __all__ as _generated  # noqa: E402

globals().update({cls.__name__: cls for cls in _OVERLAYS})
__all__ = list(_generated)
