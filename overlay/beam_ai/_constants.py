"""Defaults shared by the sync and async clients."""

from __future__ import annotations

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.beamstudio.ai"

# The raw generated client has no timeout at all; a hung connection would block forever.
# Connect fast, allow slow agent operations to answer.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

USER_AGENT = f"beam-ai-python/{__version__} httpx/{httpx.__version__}"

WORKSPACE_HEADER = "current-workspace-id"
API_KEY_HEADER = "x-api-key"
