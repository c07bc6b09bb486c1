from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.output_param import OutputParam
from ...types import Response


def _get_kwargs(
    graph_node_id: str,
    *,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-tasks/tool-output-schema/{graph_node_id}".format(
            graph_node_id=quote(str(graph_node_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[OutputParam] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OutputParam.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[OutputParam]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    graph_node_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> Response[ErrorResponse | list[OutputParam]]:
    """Get Tool Output Schema

     Expected output schema (output params) of the tool used by a graph node.

    Args:
        graph_node_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[OutputParam]]
    """

    kwargs = _get_kwargs(
        graph_node_id=graph_node_id,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    graph_node_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> ErrorResponse | list[OutputParam] | None:
    """Get Tool Output Schema

     Expected output schema (output params) of the tool used by a graph node.

    Args:
        graph_node_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[OutputParam]
    """

    return sync_detailed(
        graph_node_id=graph_node_id,
        client=client,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    graph_node_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> Response[ErrorResponse | list[OutputParam]]:
    """Get Tool Output Schema

     Expected output schema (output params) of the tool used by a graph node.

    Args:
        graph_node_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[OutputParam]]
    """

    kwargs = _get_kwargs(
        graph_node_id=graph_node_id,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    graph_node_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> ErrorResponse | list[OutputParam] | None:
    """Get Tool Output Schema

     Expected output schema (output params) of the tool used by a graph node.

    Args:
        graph_node_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[OutputParam]
    """

    return (
        await asyncio_detailed(
            graph_node_id=graph_node_id,
            client=client,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
