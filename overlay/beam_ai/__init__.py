"""Python client for the Beam AI API.

`Beam` / `AsyncBeam` own one configured httpx client (base URL, timeout, user-agent, auth by token
exchange or API key, retries, typed errors) and wire the generated low-level package `beam_ai_api`
to it. Every exception raised on purpose derives from `BeamError`.
"""

from typing import TYPE_CHECKING

from ._api_key_auth import ApiKeyAuth
from ._app_urls import AppUrl, parse_app_url
from ._client import AsyncBeam, Beam
from ._config import API_KEY_ENV, BASE_URL_ENV, ENVIRONMENT_ENV, WORKSPACE_ENV
from ._constants import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, USER_AGENT
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BeamConfigError,
    BeamError,
    BeamValidationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._observe import Attempt
from ._retry import RetryPolicy
from ._token_auth import TokenExchangeAuth
from ._token_cache import CachedToken, FileTokenCache, TokenCache
from ._types import NOT_GIVEN, NotGiven, RawResponse
from ._version import __version__

# Loaded on first use, so `import beam_ai` stays cheap for code that never follows a task.
_LAZY = {
    "TaskEvent": "._task_events",
    "TaskTimeoutError": "._task_events",
    "TERMINAL_STATUSES": "._task_events",
    "WAITING_STATUSES": "._task_events",
    "run_task": "._task_follow",
    "wait_for_task": "._task_follow",
    "stream_task_events": "._task_follow",
    "arun_task": "._task_follow",
    "await_task": "._task_follow",
    "astream_task_events": "._task_follow",
    "pending_questions": "._task_questions",
    "Paginator": "._pagination",
    "AsyncPaginator": "._pagination",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'beam_ai' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, Paginator
    from ._task_events import TERMINAL_STATUSES, WAITING_STATUSES, TaskEvent, TaskTimeoutError
    from ._task_follow import (
        arun_task,
        astream_task_events,
        await_task,
        run_task,
        stream_task_events,
        wait_for_task,
    )
    from ._task_questions import pending_questions

__all__ = [  # noqa: RUF022 (grouped: eager names, then the lazily loaded ones)
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "ENVIRONMENT_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "USER_AGENT",
    "WORKSPACE_ENV",
    "APIConnectionError",
    "APIResponseError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeyAuth",
    "AppUrl",
    "AsyncBeam",
    "Attempt",
    "AuthenticationError",
    "BadRequestError",
    "Beam",
    "BeamConfigError",
    "BeamError",
    "BeamValidationError",
    "CachedToken",
    "ConflictError",
    "FileTokenCache",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "TokenCache",
    "TokenExchangeAuth",
    "UnprocessableEntityError",
    "__version__",
    "parse_app_url",
    "AsyncPaginator",
    "Paginator",
    "TERMINAL_STATUSES",
    "TaskEvent",
    "TaskTimeoutError",
    "WAITING_STATUSES",
    "arun_task",
    "astream_task_events",
    "await_task",
    "pending_questions",
    "run_task",
    "stream_task_events",
    "wait_for_task",
]
