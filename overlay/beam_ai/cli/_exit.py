"""Exit codes, so scripts can tell a typo from a bad key from an outage."""

from __future__ import annotations

import enum

from .._errors import (
    APIConnectionError,
    APIResponseError,
    AuthenticationError,
    BeamConfigError,
    BeamError,
    BeamValidationError,
    PermissionDeniedError,
)


class ExitCode(enum.IntEnum):
    OK = 0
    TASK_NOT_COMPLETED = 1  # the task ended FAILED/ERROR/..., timed out, or waits for an answer
    USAGE = 2  # bad arguments or missing configuration (argparse also exits 2)
    AUTH = 3  # the key or token was refused, or no access to the workspace
    API = 4  # any other API error or malformed response
    CONNECTION = 5  # no response: DNS, refused, reset, timeout


def exit_code_for(error: BeamError) -> ExitCode:
    """The exit code for an error the CLI reports; any other `BeamError` (a `TaskTimeoutError`: the
    task did not finish in time) is TASK_NOT_COMPLETED."""
    if isinstance(error, BeamConfigError | BeamValidationError):
        return ExitCode.USAGE
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ExitCode.AUTH
    if isinstance(error, APIConnectionError):
        return ExitCode.CONNECTION
    if isinstance(error, APIResponseError):
        return ExitCode.API
    return ExitCode.TASK_NOT_COMPLETED
