from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.records_page import RecordsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    view_id: str,
    *,
    page_num: int | Unset = 1,
    page_size: int | Unset = 25,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    where: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["fields"] = fields

    params["sort"] = sort

    params["where"] = where

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-views/{view_id}/records".format(
            view_id=quote(str(view_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecordsPage | None:
    if response.status_code == 200:
        response_200 = RecordsPage.from_dict(response.json())

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
) -> Response[ErrorResponse | RecordsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 25,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    where: str | Unset = UNSET,
) -> Response[ErrorResponse | RecordsPage]:
    """List records from a view

     Paginated, filterable, sortable records of a view.

    Args:
        view_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        fields (str | Unset):
        sort (str | Unset):
        where (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecordsPage]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        page_num=page_num,
        page_size=page_size,
        fields=fields,
        sort=sort,
        where=where,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 25,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    where: str | Unset = UNSET,
) -> ErrorResponse | RecordsPage | None:
    """List records from a view

     Paginated, filterable, sortable records of a view.

    Args:
        view_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        fields (str | Unset):
        sort (str | Unset):
        where (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecordsPage
    """

    return sync_detailed(
        view_id=view_id,
        client=client,
        page_num=page_num,
        page_size=page_size,
        fields=fields,
        sort=sort,
        where=where,
    ).parsed


async def asyncio_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 25,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    where: str | Unset = UNSET,
) -> Response[ErrorResponse | RecordsPage]:
    """List records from a view

     Paginated, filterable, sortable records of a view.

    Args:
        view_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        fields (str | Unset):
        sort (str | Unset):
        where (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecordsPage]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        page_num=page_num,
        page_size=page_size,
        fields=fields,
        sort=sort,
        where=where,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = 1,
    page_size: int | Unset = 25,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    where: str | Unset = UNSET,
) -> ErrorResponse | RecordsPage | None:
    """List records from a view

     Paginated, filterable, sortable records of a view.

    Args:
        view_id (str):
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        fields (str | Unset):
        sort (str | Unset):
        where (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecordsPage
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            client=client,
            page_num=page_num,
            page_size=page_size,
            fields=fields,
            sort=sort,
            where=where,
        )
    ).parsed
