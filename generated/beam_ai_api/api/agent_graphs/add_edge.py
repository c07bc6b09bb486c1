from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_edge_request import AddEdgeRequest
from ...models.agent_graph_edge import AgentGraphEdge
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddEdgeRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent-graphs/add-edge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentGraphEdge | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AgentGraphEdge.from_dict(response.json())

        return response_201

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
) -> Response[AgentGraphEdge | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddEdgeRequest,
    current_workspace_id: str,
) -> Response[AgentGraphEdge | ErrorResponse]:
    """Add Edge to Graph

     Add an edge between two nodes of an agent's draft graph.

    Args:
        current_workspace_id (str):
        body (AddEdgeRequest): third-party: agentId, agentGraphId, sourceNodeId, targetNodeId,
            isAttachmentDataPulledIn required

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentGraphEdge | ErrorResponse]
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
    body: AddEdgeRequest,
    current_workspace_id: str,
) -> AgentGraphEdge | ErrorResponse | None:
    """Add Edge to Graph

     Add an edge between two nodes of an agent's draft graph.

    Args:
        current_workspace_id (str):
        body (AddEdgeRequest): third-party: agentId, agentGraphId, sourceNodeId, targetNodeId,
            isAttachmentDataPulledIn required

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentGraphEdge | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddEdgeRequest,
    current_workspace_id: str,
) -> Response[AgentGraphEdge | ErrorResponse]:
    """Add Edge to Graph

     Add an edge between two nodes of an agent's draft graph.

    Args:
        current_workspace_id (str):
        body (AddEdgeRequest): third-party: agentId, agentGraphId, sourceNodeId, targetNodeId,
            isAttachmentDataPulledIn required

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentGraphEdge | ErrorResponse]
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
    body: AddEdgeRequest,
    current_workspace_id: str,
) -> AgentGraphEdge | ErrorResponse | None:
    """Add Edge to Graph

     Add an edge between two nodes of an agent's draft graph.

    Args:
        current_workspace_id (str):
        body (AddEdgeRequest): third-party: agentId, agentGraphId, sourceNodeId, targetNodeId,
            isAttachmentDataPulledIn required

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentGraphEdge | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
