from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_tool_list import ActiveToolList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    search_keyword: str | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["type"] = type_

    params["searchKeyword"] = search_keyword

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/active-tools",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveToolList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActiveToolList.from_dict(response.json())

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
) -> Response[ActiveToolList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    search_keyword: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ActiveToolList | ErrorResponse]:
    """Get Active Tools

     Search tools available in the workspace (e.g. integration tools).

    Args:
        type_ (str | Unset):
        search_keyword (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveToolList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search_keyword=search_keyword,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    search_keyword: str | Unset = UNSET,
    current_workspace_id: str,
) -> ActiveToolList | ErrorResponse | None:
    """Get Active Tools

     Search tools available in the workspace (e.g. integration tools).

    Args:
        type_ (str | Unset):
        search_keyword (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveToolList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        search_keyword=search_keyword,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    search_keyword: str | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ActiveToolList | ErrorResponse]:
    """Get Active Tools

     Search tools available in the workspace (e.g. integration tools).

    Args:
        type_ (str | Unset):
        search_keyword (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveToolList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search_keyword=search_keyword,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    search_keyword: str | Unset = UNSET,
    current_workspace_id: str,
) -> ActiveToolList | ErrorResponse | None:
    """Get Active Tools

     Search tools available in the workspace (e.g. integration tools).

    Args:
        type_ (str | Unset):
        search_keyword (str | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveToolList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            search_keyword=search_keyword,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
