from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_feedback_request import TaskFeedbackRequest
from ...models.task_feedback_result import TaskFeedbackResult
from ...types import Response


def _get_kwargs(
    *,
    body: TaskFeedbackRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/optimize/feedbacks/task-feedback",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskFeedbackResult | None:
    if response.status_code == 201:
        response_201 = TaskFeedbackResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskFeedbackResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskFeedbackRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskFeedbackResult]:
    """Submit task-level feedback

     Additive write: feedback on a whole task response; the server maps it to nodes and may answer
    isAmbiguous:true.

    Args:
        current_workspace_id (str):
        body (TaskFeedbackRequest): Body of submitTaskFeedback. Fields from Beam's tooling
            (payload file;

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskFeedbackResult]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TaskFeedbackRequest,
    current_workspace_id: str,
) -> ErrorResponse | TaskFeedbackResult | None:
    """Submit task-level feedback

     Additive write: feedback on a whole task response; the server maps it to nodes and may answer
    isAmbiguous:true.

    Args:
        current_workspace_id (str):
        body (TaskFeedbackRequest): Body of submitTaskFeedback. Fields from Beam's tooling
            (payload file;

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskFeedbackResult
    """

    return sync_detailed(
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskFeedbackRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskFeedbackResult]:
    """Submit task-level feedback

     Additive write: feedback on a whole task response; the server maps it to nodes and may answer
    isAmbiguous:true.

    Args:
        current_workspace_id (str):
        body (TaskFeedbackRequest): Body of submitTaskFeedback. Fields from Beam's tooling
            (payload file;

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskFeedbackResult]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskFeedbackRequest,
    current_workspace_id: str,
) -> ErrorResponse | TaskFeedbackResult | None:
    """Submit task-level feedback

     Additive write: feedback on a whole task response; the server maps it to nodes and may answer
    isAmbiguous:true.

    Args:
        current_workspace_id (str):
        body (TaskFeedbackRequest): Body of submitTaskFeedback. Fields from Beam's tooling
            (payload file;

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskFeedbackResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
