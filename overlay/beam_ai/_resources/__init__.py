"""Resource namespaces (`client.agents`, `client.agent_tasks`, ...) over the generated operations."""

from __future__ import annotations


class SyncNamespaces:
    """Mixed into `Beam`: one cached property per API namespace."""


class AsyncNamespaces:
    """Mixed into `AsyncBeam`: one cached property per API namespace."""
