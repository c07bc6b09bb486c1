from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    issue_id: str,
    *,
    agent_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/optimize/issues/{issue_id}/pending".format(
            issue_id=quote(str(issue_id), safe=""),
        ),
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
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Feedbacks in an issue

     Paginated feedbacks clustered into the issue. Note the paging names: page/pageSize (not pageNum).

    Args:
        issue_id (str):
        agent_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        agent_id=agent_id,
        page=page,
        page_size=page_size,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Feedbacks in an issue

     Paginated feedbacks clustered into the issue. Note the paging names: page/pageSize (not pageNum).

    Args:
        issue_id (str):
        agent_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        issue_id=issue_id,
        client=client,
        agent_id=agent_id,
        page=page,
        page_size=page_size,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Feedbacks in an issue

     Paginated feedbacks clustered into the issue. Note the paging names: page/pageSize (not pageNum).

    Args:
        issue_id (str):
        agent_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        agent_id=agent_id,
        page=page,
        page_size=page_size,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Feedbacks in an issue

     Paginated feedbacks clustered into the issue. Note the paging names: page/pageSize (not pageNum).

    Args:
        issue_id (str):
        agent_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            issue_id=issue_id,
            client=client,
            agent_id=agent_id,
            page=page,
            page_size=page_size,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
