from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...models.task_grouping import TaskGrouping
from ...models.task_neighbours import TaskNeighbours
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: SortDirection | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["taskId"] = task_id

    params["statuses"] = statuses

    params["searchQuery"] = search_query

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["createdAt"] = created_at

    params["updatedAt"] = updated_at

    json_grouping: str | Unset = UNSET
    if not isinstance(grouping, Unset):
        json_grouping = grouping.value

    params["grouping"] = json_grouping

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-tasks/iterate",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskNeighbours | None:
    if response.status_code == 200:
        response_200 = TaskNeighbours.from_dict(response.json())

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
) -> Response[ErrorResponse | TaskNeighbours]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: SortDirection | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskNeighbours]:
    """Get Next Task

     Iterate through tasks by filter (previous/next relative to a task).

    Args:
        agent_id (str | Unset):
        task_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (SortDirection | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskNeighbours]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        task_id=task_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        created_at=created_at,
        updated_at=updated_at,
        grouping=grouping,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: SortDirection | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskNeighbours | None:
    """Get Next Task

     Iterate through tasks by filter (previous/next relative to a task).

    Args:
        agent_id (str | Unset):
        task_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (SortDirection | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskNeighbours
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        task_id=task_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        created_at=created_at,
        updated_at=updated_at,
        grouping=grouping,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: SortDirection | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskNeighbours]:
    """Get Next Task

     Iterate through tasks by filter (previous/next relative to a task).

    Args:
        agent_id (str | Unset):
        task_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (SortDirection | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskNeighbours]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        task_id=task_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        created_at=created_at,
        updated_at=updated_at,
        grouping=grouping,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: SortDirection | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskNeighbours | None:
    """Get Next Task

     Iterate through tasks by filter (previous/next relative to a task).

    Args:
        agent_id (str | Unset):
        task_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (SortDirection | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskNeighbours
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            task_id=task_id,
            statuses=statuses,
            search_query=search_query,
            ordering=ordering,
            created_at=created_at,
            updated_at=updated_at,
            grouping=grouping,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
