from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str,
    tab: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["tab"] = tab

    params["search"] = search

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/optimize/issues/rows",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    tab: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """List Learning Hub issues

     Landing view: rows of issue-on-tool with bucket and task count. Tabs: issues
    (pending/queued/optimizing/on-hold/failed), review (completed jobs awaiting approve/reject),
    archived (applied or discarded).

    Args:
        agent_id (str):
        tab (str | Unset):
        search (str | Unset):
        status (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tab=tab,
        search=search,
        status=status,
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
    tab: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """List Learning Hub issues

     Landing view: rows of issue-on-tool with bucket and task count. Tabs: issues
    (pending/queued/optimizing/on-hold/failed), review (completed jobs awaiting approve/reject),
    archived (applied or discarded).

    Args:
        agent_id (str):
        tab (str | Unset):
        search (str | Unset):
        status (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        tab=tab,
        search=search,
        status=status,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    tab: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """List Learning Hub issues

     Landing view: rows of issue-on-tool with bucket and task count. Tabs: issues
    (pending/queued/optimizing/on-hold/failed), review (completed jobs awaiting approve/reject),
    archived (applied or discarded).

    Args:
        agent_id (str):
        tab (str | Unset):
        search (str | Unset):
        status (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tab=tab,
        search=search,
        status=status,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    tab: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """List Learning Hub issues

     Landing view: rows of issue-on-tool with bucket and task count. Tabs: issues
    (pending/queued/optimizing/on-hold/failed), review (completed jobs awaiting approve/reject),
    archived (applied or discarded).

    Args:
        agent_id (str):
        tab (str | Unset):
        search (str | Unset):
        status (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            tab=tab,
            search=search,
            status=status,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
