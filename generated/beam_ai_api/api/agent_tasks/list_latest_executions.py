from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.latest_executions import LatestExecutions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str,
    page_num: int | Unset = 1,
    page_size: int | Unset = 5,
    included_statuses: str | Unset = "completed",
    search_query: str | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["includedStatuses"] = included_statuses

    params["searchQuery"] = search_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-tasks/latest-executions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LatestExecutions | None:
    if response.status_code == 200:
        response_200 = LatestExecutions.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | LatestExecutions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page_num: int | Unset = 1,
    page_size: int | Unset = 5,
    included_statuses: str | Unset = "completed",
    search_query: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | LatestExecutions]:
    """Get Latest Task Executions

     Most recent task executions for monitoring and debugging.

    Args:
        agent_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 5.
        included_statuses (str | Unset):  Default: 'completed'.
        search_query (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LatestExecutions]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_num=page_num,
        page_size=page_size,
        included_statuses=included_statuses,
        search_query=search_query,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page_num: int | Unset = 1,
    page_size: int | Unset = 5,
    included_statuses: str | Unset = "completed",
    search_query: str | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | LatestExecutions | None:
    """Get Latest Task Executions

     Most recent task executions for monitoring and debugging.

    Args:
        agent_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 5.
        included_statuses (str | Unset):  Default: 'completed'.
        search_query (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LatestExecutions
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        page_num=page_num,
        page_size=page_size,
        included_statuses=included_statuses,
        search_query=search_query,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page_num: int | Unset = 1,
    page_size: int | Unset = 5,
    included_statuses: str | Unset = "completed",
    search_query: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | LatestExecutions]:
    """Get Latest Task Executions

     Most recent task executions for monitoring and debugging.

    Args:
        agent_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 5.
        included_statuses (str | Unset):  Default: 'completed'.
        search_query (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LatestExecutions]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_num=page_num,
        page_size=page_size,
        included_statuses=included_statuses,
        search_query=search_query,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page_num: int | Unset = 1,
    page_size: int | Unset = 5,
    included_statuses: str | Unset = "completed",
    search_query: str | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | LatestExecutions | None:
    """Get Latest Task Executions

     Most recent task executions for monitoring and debugging.

    Args:
        agent_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 5.
        included_statuses (str | Unset):  Default: 'completed'.
        search_query (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LatestExecutions
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            page_num=page_num,
            page_size=page_size,
            included_statuses=included_statuses,
            search_query=search_query,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
