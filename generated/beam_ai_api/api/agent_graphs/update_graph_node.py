from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.minimal_agent_graph_node import MinimalAgentGraphNode
from ...models.update_node_request import UpdateNodeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateNodeRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/agent-graphs/update-node",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MinimalAgentGraphNode | None:
    if response.status_code == 200:
        response_200 = MinimalAgentGraphNode.from_dict(response.json())

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
) -> Response[ErrorResponse | MinimalAgentGraphNode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNodeRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | MinimalAgentGraphNode]:
    """Update Graph Node

     Update Graph Node

    Args:
        current_workspace_id (str):
        body (UpdateNodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimalAgentGraphNode]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNodeRequest,
    current_workspace_id: str,
) -> ErrorResponse | MinimalAgentGraphNode | None:
    """Update Graph Node

     Update Graph Node

    Args:
        current_workspace_id (str):
        body (UpdateNodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimalAgentGraphNode
    """

    return sync_detailed(
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNodeRequest,
    current_workspace_id: str,
) -> Response[ErrorResponse | MinimalAgentGraphNode]:
    """Update Graph Node

     Update Graph Node

    Args:
        current_workspace_id (str):
        body (UpdateNodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimalAgentGraphNode]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNodeRequest,
    current_workspace_id: str,
) -> ErrorResponse | MinimalAgentGraphNode | None:
    """Update Graph Node

     Update Graph Node

    Args:
        current_workspace_id (str):
        body (UpdateNodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimalAgentGraphNode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
