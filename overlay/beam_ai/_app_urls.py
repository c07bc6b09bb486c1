"""Links users paste from the Beam app, read as ids: `https://app.beam.ai/{workspace}/{agent}/tasks/{task}`.

The formats come from Beam's own tooling (beam-next-skills; see the README, "App URLs"): the first
path segment after the host is the workspace, the second the agent, the segment after `tasks/` the
task; `app.beam.ai/tasks/{task}` (a legacy link) and `app.enterprise.beam.ai/agent/{agent}` carry no
workspace. The app's host names the environment: `enterprise.beam` is enterprise, `bid.beam` or
`staging` is staging, anything else on `beam.ai` is production. A link is never fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from ._errors import BeamValidationError, mask_url_passwords

Environment = Literal["production", "enterprise", "staging"]

#: API host of each environment (the README's "Environments"; the spec's `servers`).
API_HOSTS: dict[str, str] = {
    "production": "https://api.beamstudio.ai",
    "enterprise": "https://api.enterprise.beamstudio.ai",
    "staging": "https://api.bid.beamstudio.ai",
}
# Second path segments that are app pages, not agent ids (`/{workspace}/{agent}/flow`).
_PAGES = frozenset({"flow", "tasks", "settings", "analytics", "interface", "tools", "memory"})


@dataclass(frozen=True, slots=True)
class AppUrl:
    """What a pasted app link names; absent parts are None."""

    environment: Environment
    workspace_id: str | None = None
    agent_id: str | None = None
    task_id: str | None = None


def is_app_url(value: str) -> bool:
    """Whether `value` looks like a link rather than an id (ids never contain `://`)."""
    return "://" in value


def _environment(host: str) -> Environment:
    if "enterprise.beam" in host:
        return "enterprise"
    if "bid.beam" in host or "staging" in host:
        return "staging"
    return "production"


def parse_app_url(url: str) -> AppUrl:
    """The environment, workspace, agent and task a Beam app link names.

    Raises `BeamValidationError` (field `url`) for a link that is not a Beam app page.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not (host == "beam.ai" or host.endswith(".beam.ai")):
        raise BeamValidationError(
            "url", f"not a Beam app link (https://app.beam.ai/...): {mask_url_passwords(url)!r}"
        )
    segments = [s for s in parts.path.split("/") if s]
    environment = _environment(host)
    if segments[:1] == ["tasks"] and len(segments) >= 2:
        return AppUrl(environment, task_id=segments[1])
    if segments[:1] == ["agent"] and len(segments) >= 2:
        return AppUrl(environment, agent_id=segments[1])
    if segments[:1] == ["workspace"]:
        segments = segments[1:]  # app.beam.ai/workspace/{workspaceId}/...
    workspace = segments[0] if segments else None
    agent = segments[1] if len(segments) > 1 and segments[1] not in _PAGES else None
    task = None
    if "tasks" in segments:
        index = segments.index("tasks")
        task = segments[index + 1] if len(segments) > index + 1 else None
    if workspace is None:
        raise BeamValidationError(
            "url", f"the link names no workspace, agent or task: {mask_url_passwords(url)!r}"
        )
    return AppUrl(environment, workspace, agent, task)


def app_url_id(value: str, kind: str, field: str, *, workspace_id: str, api_host: str | None) -> str:
    """The id of `kind` (`task`, `agent`) a link names, checked against the client it is used with.

    A link into another workspace or another environment (whose ids name other objects) is refused
    before anything is sent; `api_host` None skips the environment check (a custom base URL).
    """
    link = parse_app_url(value)
    found = {"task": link.task_id, "agent": link.agent_id}.get(kind)
    if not found:
        raise BeamValidationError(field, f"the link names no {kind}: {mask_url_passwords(value)!r}")
    if link.workspace_id is not None and link.workspace_id != workspace_id:
        raise BeamValidationError(
            field,
            f"the link is for workspace {link.workspace_id!r}, this client for {workspace_id!r};"
            f" use client.with_workspace({link.workspace_id!r})",
        )
    if api_host is not None and API_HOSTS[link.environment] != api_host:
        raise BeamValidationError(
            field,
            f"the link is for Beam's {link.environment} environment, this client calls {api_host};"
            f' use environment="{link.environment}"',
        )
    return found
