"""Python client for the Beam AI API.

`Beam` / `AsyncBeam` configure one httpx client (base URL, timeout, user-agent, workspace,
auth) and wire the generated low-level package `beam_ai_api` to it.
"""

from ._api_key_auth import ApiKeyAuth
from ._client import AsyncBeam, Beam
from ._constants import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, USER_AGENT
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "ApiKeyAuth",
    "AsyncBeam",
    "Beam",
    "__version__",
]
