from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_group_list import TaskGroupList
from ...models.task_grouping import TaskGrouping
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    agent_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["agentId"] = agent_id

    params["statuses"] = statuses

    params["searchQuery"] = search_query

    params["ordering"] = ordering

    params["startDate"] = start_date

    params["endDate"] = end_date

    json_grouping: str | Unset = UNSET
    if not isinstance(grouping, Unset):
        json_grouping = grouping.value

    params["grouping"] = json_grouping

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskGroupList | None:
    if response.status_code == 200:
        response_200 = TaskGroupList.from_dict(response.json())

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
) -> Response[ErrorResponse | TaskGroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    agent_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskGroupList]:
    """List Agent Tasks

     Paginated list of agent tasks with filtering and grouping.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        agent_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskGroupList]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        start_date=start_date,
        end_date=end_date,
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
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    agent_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskGroupList | None:
    """List Agent Tasks

     Paginated list of agent tasks with filtering and grouping.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        agent_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskGroupList
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        start_date=start_date,
        end_date=end_date,
        grouping=grouping,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    agent_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskGroupList]:
    """List Agent Tasks

     Paginated list of agent tasks with filtering and grouping.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        agent_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskGroupList]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        statuses=statuses,
        search_query=search_query,
        ordering=ordering,
        start_date=start_date,
        end_date=end_date,
        grouping=grouping,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    agent_id: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    search_query: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    grouping: TaskGrouping | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskGroupList | None:
    """List Agent Tasks

     Paginated list of agent tasks with filtering and grouping.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        agent_id (str | Unset):
        statuses (str | Unset):
        search_query (str | Unset):
        ordering (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        grouping (TaskGrouping | Unset): How task lists are grouped.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskGroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            agent_id=agent_id,
            statuses=statuses,
            search_query=search_query,
            ordering=ordering,
            start_date=start_date,
            end_date=end_date,
            grouping=grouping,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
