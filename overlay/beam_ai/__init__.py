"""Python client for the Beam AI API.

`Beam` / `AsyncBeam` own one configured httpx client (base URL, timeout, user-agent, auth by token
exchange or API key, retries, typed errors) and wire the generated low-level package `beam_ai_api`
to it. Every exception raised on purpose derives from `BeamError`.
"""

from ._api_key_auth import ApiKeyAuth
from ._client import AsyncBeam, Beam
from ._config import API_KEY_ENV, BASE_URL_ENV, WORKSPACE_ENV
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
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._retry import RetryPolicy
from ._token_auth import TokenExchangeAuth
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
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
    "AsyncBeam",
    "AuthenticationError",
    "BadRequestError",
    "Beam",
    "BeamConfigError",
    "BeamError",
    "BeamValidationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "TokenExchangeAuth",
    "UnprocessableEntityError",
    "__version__",
]
