from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.view_list import ViewList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["search"] = search

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-views",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ViewList | None:
    if response.status_code == 200:
        response_200 = ViewList.from_dict(response.json())

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
) -> Response[ErrorResponse | ViewList]:
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
    search: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | ViewList]:
    """List all views

     List views, optionally filtered by agent or search text.

    Args:
        agent_id (str | Unset):
        search (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViewList]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        search=search,
        page_num=page_num,
        page_size=page_size,
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
    search: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | ViewList | None:
    """List all views

     List views, optionally filtered by agent or search text.

    Args:
        agent_id (str | Unset):
        search (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViewList
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        search=search,
        page_num=page_num,
        page_size=page_size,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | ViewList]:
    """List all views

     List views, optionally filtered by agent or search text.

    Args:
        agent_id (str | Unset):
        search (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViewList]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        search=search,
        page_num=page_num,
        page_size=page_size,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | ViewList | None:
    """List all views

     List views, optionally filtered by agent or search text.

    Args:
        agent_id (str | Unset):
        search (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViewList
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            search=search,
            page_num=page_num,
            page_size=page_size,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
