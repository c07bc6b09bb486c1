from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.optimize_tool_request import OptimizeToolRequest
from ...models.tool_optimization_thread import ToolOptimizationThread
from ...types import Response


def _get_kwargs(
    tool_function_name: str,
    *,
    body: OptimizeToolRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/optimize/{tool_function_name}".format(
            tool_function_name=quote(str(tool_function_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ToolOptimizationThread | None:
    if response.status_code == 201:
        response_201 = ToolOptimizationThread.from_dict(response.json())

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
) -> Response[ErrorResponse | ToolOptimizationThread]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptimizeToolRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | ToolOptimizationThread]:
    """Optimize Tool

     Optimise a tool's prompt/configuration from rated task-node examples.

    Args:
        tool_function_name (str):
        current_workspace_id (str):
        body (OptimizeToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolOptimizationThread]
    """

    kwargs = _get_kwargs(
        tool_function_name=tool_function_name,
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptimizeToolRequest,
    current_workspace_id: str,
) -> ErrorResponse | ToolOptimizationThread | None:
    """Optimize Tool

     Optimise a tool's prompt/configuration from rated task-node examples.

    Args:
        tool_function_name (str):
        current_workspace_id (str):
        body (OptimizeToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolOptimizationThread
    """

    return sync_detailed(
        tool_function_name=tool_function_name,
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptimizeToolRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | ToolOptimizationThread]:
    """Optimize Tool

     Optimise a tool's prompt/configuration from rated task-node examples.

    Args:
        tool_function_name (str):
        current_workspace_id (str):
        body (OptimizeToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolOptimizationThread]
    """

    kwargs = _get_kwargs(
        tool_function_name=tool_function_name,
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: OptimizeToolRequest,
    current_workspace_id: str,
) -> ErrorResponse | ToolOptimizationThread | None:
    """Optimize Tool

     Optimise a tool's prompt/configuration from rated task-node examples.

    Args:
        tool_function_name (str):
        current_workspace_id (str):
        body (OptimizeToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolOptimizationThread
    """

    return (
        await asyncio_detailed(
            tool_function_name=tool_function_name,
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
